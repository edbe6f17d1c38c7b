/**
 * `npm run editor [-- --no-build]`: the web editor on this machine, for
 * communications staff. Builds the site once (`npm run build`, which also
 * writes /admin/), then serves build/ at http://localhost:3000/ and starts
 * decap-server on 127.0.0.1:8081, which writes what staff save in the
 * editor into data/ and blog/ of this folder. To see a change on the site,
 * stop (Ctrl+C) and run the command again: the build checks every file as
 * always. Why a build and not `npm start`: /admin/ is written after the
 * build (src/plugins/editor/), so that no page of the site carries any of it.
 */
import {spawnSync} from 'node:child_process';
import path from 'node:path';
import {LOCAL_PROXY_PORT} from '../editor/backend';
import {startLocalEditor} from '../editor/localServers';

const SITE_PORT = 3000;
const ROOT = path.resolve(__dirname, '../..');

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const unknown = args.filter((a) => a !== '--no-build');
  if (unknown.length > 0) {
    console.error(`Không hiểu tham số "${unknown.join(' ')}". Cách dùng: npm run editor [-- --no-build]`);
    return 2;
  }
  if (!args.includes('--no-build')) {
    console.log('== Dựng trang (npm run build): bản dựng kiểm tra mọi tệp dữ liệu và bài tin như mọi khi.');
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const built = spawnSync(npm, ['run', 'build'], {cwd: ROOT, stdio: 'inherit'});
    if (built.status !== 0) {
      console.error('Bản dựng báo lỗi (xem các dòng ở trên): hãy sửa tệp được nêu rồi chạy lại npm run editor.');
      return 1;
    }
  }
  let editor;
  try {
    editor = await startLocalEditor({
      siteDir: ROOT,
      buildDir: path.join(ROOT, 'build'),
      sitePort: SITE_PORT,
      proxyPort: LOCAL_PROXY_PORT,
      log: (line) => {
        if (/error|warn/i.test(line)) console.error(`decap-server: ${line}`);
      },
    });
  } catch (error) {
    console.error(
      `Không khởi động được trang biên tập: ${error instanceof Error ? error.message : String(error)}\nCổng ${SITE_PORT} (trang) và ${LOCAL_PROXY_PORT} (decap-server) phải đang trống: đóng cửa sổ npm run editor hoặc npm run serve khác rồi thử lại.`,
    );
    return 1;
  }
  const site = `http://localhost:${SITE_PORT}`;
  console.log(
    [
      '',
      `Trang biên tập: ${site}/admin/  (bấm "Đăng nhập", không cần mật khẩu trên máy này)`,
      `Trang web (bản dựng lúc khởi động): ${site}/`,
      `Những gì lưu trong trang biên tập được ghi ngay vào thư mục data/ và blog/ của ${ROOT}.`,
      'Muốn xem thay đổi trên trang web: bấm Ctrl+C rồi chạy lại npm run editor (bản dựng kiểm tra lại mọi tệp).',
      'Dừng: Ctrl+C.',
    ].join('\n'),
  );
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await editor.close();
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);

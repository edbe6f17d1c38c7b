/**
 * Creates a news post from the template:
 *
 *   npm run new-post -- "Hội chợ OCOP Thanh Hóa 2025" [--date 2025-07-06]
 *
 * → blog/2025-07-06-hoi-cho-ocop-thanh-hoa-2025/index.md (a draft). Never
 * overwrites an existing post. `--blog-dir <folder>` writes elsewhere (tests).
 * Messages are in Vietnamese; exit code 0 = created, 1 = refused, 2 = wrong usage.
 */
import fs from 'node:fs';
import path from 'node:path';
import {postFolderName, previewUrl, renderPostTemplate} from '../news/newPost';
import {vietnamDate} from '../news/today';
import {loadVocabulary} from '../plugins/news/vocabulary';

const SITE_BLOG_DIR = path.resolve(__dirname, '..', '..', 'blog');

const USAGE = [
  'Cách dùng:  npm run new-post -- "Tiêu đề bài viết" [--date NĂM-THÁNG-NGÀY]',
  'Ví dụ:      npm run new-post -- "Hội chợ OCOP Thanh Hóa 2025" --date 2025-07-06',
  'Không ghi --date thì lấy ngày hôm nay (giờ Việt Nam).',
].join('\n');

function show(p: string): string {
  return (path.relative(process.cwd(), p) || '.').split(path.sep).join('/');
}

function main(argv: string[]): number {
  const words: string[] = [];
  let date: string | undefined;
  let blogDir = SITE_BLOG_DIR;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      return 0;
    } else if (arg === '--date' || arg === '--blog-dir') {
      const value = argv[i + 1];
      if (value === undefined) {
        console.error(`Thiếu giá trị sau ${arg}.\n\n${USAGE}`);
        return 2;
      }
      if (arg === '--date') {
        date = value;
      } else {
        blogDir = path.resolve(value);
      }
      i += 1;
    } else if (arg.startsWith('--')) {
      console.error(`Không hiểu tùy chọn ${arg}.\n\n${USAGE}`);
      return 2;
    } else {
      words.push(arg);
    }
  }
  const title = words.join(' ').normalize('NFC').trim();
  if (title === '') {
    console.error(`Chưa có tiêu đề bài viết.\n\n${USAGE}`);
    return 2;
  }

  const name = postFolderName(title, date ?? vietnamDate());
  if ('error' in name) {
    console.error(`Không tạo bài viết: ${name.error}`);
    return 2;
  }
  const folder = path.join(blogDir, name.folder);
  const file = path.join(folder, 'index.md');
  if (fs.existsSync(folder)) {
    console.error(
      [
        `Không tạo bài viết: đã có thư mục ${show(folder)}/`,
        'Lệnh này không bao giờ ghi đè bài đã có, để không làm mất nội dung.',
        `- Muốn sửa bài đó: mở tệp ${show(file)}`,
        '- Đây là bài khác: đặt tiêu đề khác, hoặc ghi ngày khác bằng --date NĂM-THÁNG-NGÀY.',
      ].join('\n'),
    );
    return 1;
  }

  const vocabDir = fs.existsSync(path.join(blogDir, 'tags.yml')) ? blogDir : SITE_BLOG_DIR;
  const text = renderPostTemplate(title, name.folder.slice(0, 10), loadVocabulary(vocabDir));
  fs.mkdirSync(folder, {recursive: true});
  // "wx": fail rather than overwrite, even if the file appeared meanwhile.
  fs.writeFileSync(file, text, {encoding: 'utf8', flag: 'wx'});
  console.log(
    [
      'Đã tạo bài viết mới (bản nháp):',
      `  ${show(file)}`,
      '',
      'Việc tiếp theo:',
      '  1. Mở tệp trên, thay mọi chữ trong [[ ]] bằng nội dung thật và chọn thẻ (tags).',
      `  2. Xem trước: chạy npm start rồi mở ${previewUrl(name.folder)}`,
      '  3. Khi bài đã sẵn sàng: xóa dòng draft: true, rồi chạy npm run build để kiểm tra lỗi.',
      'Hướng dẫn đầy đủ: trang "Hướng dẫn biên tập" (/huong-dan-bien-tap/).',
    ].join('\n'),
  );
  return 0;
}

process.exitCode = main(process.argv.slice(2));

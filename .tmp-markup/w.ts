import http from 'node:http';
import handler from 'serve-handler';
import {chromium} from 'playwright-core';
import {measureFirstVisit} from '../src/__tests__/browser/support/weight';
(async () => {
  const browser = await chromium.launch({executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic']});
  for (const dir of ['/tmp/markup-build-before', '/work/wt-markup/build']) {
    const server = http.createServer((q, s) => void handler(q, s, {public: dir, trailingSlash: true}));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const origin = `http://127.0.0.1:${(server.address() as any).port}`;
    for (const p of ['/ke-hoach/noi-dung/', '/dao-tao/chu-the-ocop/ocop-la-gi/']) {
      const w = await measureFirstVisit(browser, origin, p);
      const js = w.downloads.filter((d) => d.kind === 'js');
      console.log(dir.slice(-6), p, js.reduce((a, d) => a + d.gzip, 0), js.map((d) => `${d.url.split('/').pop()}:${d.gzip}`).join(' '));
    }
    server.close();
  }
  await browser.close();
})();

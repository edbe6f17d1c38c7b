/**
 * npm run snapshot:text -- <folder>: what a reader sees on every built page,
 * one text file per route (page title, then the visible text of <main>, one
 * block per line), and the chart SVG downloads, written under <folder>. Run
 * it before and after a change that should not change what readers see, then
 * compare the two folders (`diff -r before after`).
 */
import fs from 'node:fs';
import path from 'node:path';
import {load} from 'cheerio';

const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, dt, dd, th, td, caption, figcaption, summary, pre, blockquote > p';

function htmlFiles(dir: string): string[] {
  return fs.readdirSync(dir, {withFileTypes: true}).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? htmlFiles(full) : e.name === 'index.html' ? [full] : [];
  });
}

export function visibleText(html: string): string {
  const $ = load(html);
  $('script, style, noscript, template, [hidden], [aria-hidden="true"]').remove();
  const lines = [`# ${$('head > title').text().trim()}`];
  $('main')
    .find(BLOCKS)
    .each((_i, el) => {
      if ($(el).parents(BLOCKS).length > 0) return;
      const text = $(el).text().replace(/\s+/g, ' ').trim();
      if (text !== '') lines.push(text);
    });
  return `${lines.join('\n')}\n`;
}

function main(): void {
  const [outArg, buildArg = 'build'] = process.argv.slice(2);
  if (!outArg) {
    console.error('Cách dùng: npm run snapshot:text -- <thư mục đích> [thư mục bản dựng, mặc định build]');
    process.exit(2);
  }
  const build = path.resolve(buildArg);
  const out = path.resolve(outArg);
  fs.rmSync(out, {recursive: true, force: true});
  let pages = 0;
  for (const file of htmlFiles(build)) {
    const route = path.relative(build, path.dirname(file)).split(path.sep).join('/') || 'trang-chu';
    const target = path.join(out, 'pages', `${route.replace(/\//g, '__')}.txt`);
    fs.mkdirSync(path.dirname(target), {recursive: true});
    fs.writeFileSync(target, visibleText(fs.readFileSync(file, 'utf8')));
    pages += 1;
  }
  const charts = path.join(build, 'du-lieu', 'bieu-do');
  if (fs.existsSync(charts)) fs.cpSync(charts, path.join(out, 'bieu-do'), {recursive: true});
  console.log(`Đã ghi nội dung hiển thị của ${pages} trang vào ${out}`);
}

main();

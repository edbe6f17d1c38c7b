import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import yaml from 'js-yaml';
import sharp from 'sharp';
import type {BlogPost} from '@docusaurus/plugin-content-blog';
import {createProcessBlogPosts, findProblems} from '../../plugins/news/processBlogPosts';
import {splitFrontMatter} from '../postFile';

const ROOT = path.resolve(__dirname, '..', '..', '..');
let site: string;

/** Writes a post into the temporary site and returns it as Docusaurus would pass it. */
function write(folder: string, text: string): BlogPost {
  const dir = path.join(site, 'blog', folder);
  fs.mkdirSync(dir, {recursive: true});
  fs.writeFileSync(path.join(dir, 'index.md'), text);
  const fm = yaml.load(splitFrontMatter(text)?.frontMatter ?? '') as Record<string, unknown>;
  return {
    id: folder,
    metadata: {source: `@site/blog/${folder}/index.md`, frontMatter: fm},
    content: '',
  } as unknown as BlogPost;
}

const GOOD = `---
title: "Hội chợ OCOP"
description: "Tóm tắt."
date: 2025-07-06
mdx: {format: md}
authors: [ban-bien-tap]
tags: [so-lieu]
---

Mở đầu.

<!-- truncate -->

![Gian hàng](./gian-hang.jpg)

## Nguồn {#nguon}

- [Kế hoạch](/ke-hoach/)
`;

beforeEach(() => {
  site = fs.mkdtempSync(path.join(os.tmpdir(), 'news-site-'));
  fs.mkdirSync(path.join(site, 'blog'));
  for (const f of ['tags.yml', 'authors.yml']) {
    fs.copyFileSync(path.join(ROOT, 'blog', f), path.join(site, 'blog', f));
  }
  // Part IV of the plan, where the site keeps it: posts' citations of it are checked.
  const plan = path.join('docs', 'ke-hoach', '_van-ban');
  fs.mkdirSync(path.join(site, plan), {recursive: true});
  fs.copyFileSync(path.join(ROOT, plan, '_phan-iv.md'), path.join(site, plan, '_phan-iv.md'));
});
afterEach(() => fs.rmSync(site, {recursive: true, force: true}));

/** A real JPEG of the given size, made with sharp (the library the build resizes photos with). */
const jpeg = (width: number, height: number) => sharp({create: {width, height, channels: 3, background: {r: 120, g: 140, b: 90}}}).jpeg().toBuffer();

/**
 * The start of a HEIC photo: the "ftyp" box and the first bytes of the
 * "meta" box, as heif-enc (libheif 1.15, Debian's libheif-examples) wrote
 * them for a 64 × 48 picture; iPhones write the same brands. Neither sharp's
 * prebuilt libvips nor browsers other than Safari decode HEVC, so the
 * checks refuse the file by these bytes, whatever its name.
 */
const HEIC = Buffer.concat([
  Buffer.from('0000001c6674797068656963000000006d6966316865696300000000', 'hex'),
  Buffer.from('000001aa6d657461000000000000002168646c72', 'hex'),
  Buffer.alloc(400, 7),
]);

describe('findProblems', () => {
  it('accepts a good post whose image exists', async () => {
    const p = write('2025-07-06-hoi-cho', GOOD);
    fs.writeFileSync(path.join(site, 'blog', '2025-07-06-hoi-cho', 'gian-hang.jpg'), await jpeg(40, 30));
    expect(findProblems([p], {siteDir: site, today: '2025-07-06'})).toEqual([]);
  });

  it('refuses a HEIC photo named .jpg and a .heic file, naming the file and line, saying how to export a JPG', () => {
    const p = write('2025-07-06-hoi-cho', GOOD.replace('![Gian hàng](./gian-hang.jpg)', '![Gian hàng](./gian-hang.jpg)\n\n![Sân khấu](./IMG_0042.heic)'));
    fs.writeFileSync(path.join(site, 'blog', '2025-07-06-hoi-cho', 'gian-hang.jpg'), HEIC);
    fs.writeFileSync(path.join(site, 'blog', '2025-07-06-hoi-cho', 'IMG_0042.heic'), HEIC);
    const problems = findProblems([p], {siteDir: site, today: '2025-07-06'});
    expect(problems.map((x) => [x.file, x.line, x.code])).toEqual([
      ['blog/2025-07-06-hoi-cho/index.md', 14, 'image.heic'],
      ['blog/2025-07-06-hoi-cho/index.md', 16, 'image.heic'],
    ]);
    expect(problems[0]?.message).toMatch(/^Tệp "\.\/gian-hang\.jpg" có đuôi \.jpg nhưng thực chất là ảnh HEIC/);
    expect(problems[1]?.message).toMatch(/^Ảnh "\.\/IMG_0042\.heic" là ảnh HEIC/);
    for (const problem of problems) expect(problem.message).toContain('định dạng JPG');
  });

  it('refuses a file named .jpg that is not a picture, and one too large in pixels', async () => {
    const p = write('2025-07-06-hoi-cho', GOOD.replace('![Gian hàng](./gian-hang.jpg)', '![Gian hàng](./gian-hang.jpg)\n\n![Toàn cảnh](./toan-canh.jpg)'));
    fs.writeFileSync(path.join(site, 'blog', '2025-07-06-hoi-cho', 'gian-hang.jpg'), Buffer.alloc(1000));
    // A plain-colour JPEG compresses to a few KB however many pixels it has: the ceiling is on pixels too.
    fs.writeFileSync(path.join(site, 'blog', '2025-07-06-hoi-cho', 'toan-canh.jpg'), await jpeg(9000, 5000));
    expect(findProblems([p], {siteDir: site, today: '2025-07-06'}).map((x) => [x.line, x.code])).toEqual([
      [14, 'image.content'],
      [16, 'image.too-large'],
    ]);
  });

  it('names the file relative to the site, with real line numbers, and checks images on disk', () => {
    const p = write('2025-07-06-hoi-cho', GOOD);
    expect(findProblems([p], {siteDir: site, today: '2025-07-06'})).toEqual([
      {
        file: 'blog/2025-07-06-hoi-cho/index.md',
        field: 'nội dung',
        line: 14,
        code: 'image.missing',
        message: expect.stringContaining('./gian-hang.jpg'),
      },
    ]);
  });

  it('refuses a post dated in the future', () => {
    const p = write('2025-07-06-hoi-cho', GOOD.replace('![Gian hàng](./gian-hang.jpg)', ''));
    expect(findProblems([p], {siteDir: site, today: '2025-07-05'}).map((x) => x.code)).toEqual(['date.future']);
  });

  it('compares posts: a link to a later post outside an update block is refused', () => {
    const later = write('2025-07-06-hoi-cho', GOOD.replace('![Gian hàng](./gian-hang.jpg)', ''));
    const earlier = write(
      '2025-07-01-truoc',
      GOOD.replace('date: 2025-07-06', 'date: 2025-07-01').replace('![Gian hàng](./gian-hang.jpg)', 'Xem [tin sau](../2025-07-06-hoi-cho/index.md).'),
    );
    expect(findProblems([later, earlier], {siteDir: site, today: '2025-07-06'}).map((x) => [x.file, x.line, x.code])).toEqual([
      ['blog/2025-07-01-truoc/index.md', 14, 'content.later-post-link'],
    ]);
  });

  it('refuses a post without mdx: {format: md}, at the line where it goes', () => {
    const p = write('2025-07-06-hoi-cho', GOOD.replace('mdx: {format: md}\n', '').replace('![Gian hàng](./gian-hang.jpg)', ''));
    expect(findProblems([p], {siteDir: site, today: '2025-07-06'}).map((x) => [x.file, x.field, x.line, x.code])).toEqual([
      ['blog/2025-07-06-hoi-cho/index.md', 'mdx', 7, 'format.md'],
    ]);
  });

  it('uses the site tags.yml: an unknown tag is refused', () => {
    const p = write('2025-07-06-hoi-cho', GOOD.replace('[so-lieu]', '[hoi-cho]').replace('![Gian hàng](./gian-hang.jpg)', ''));
    expect(findProblems([p], {siteDir: site, today: '2025-07-06'}).map((x) => x.code)).toEqual(['tags.unknown']);
  });
});

describe('citations of the plan in posts', () => {
  it('reads Part IV from the site folder and refuses a citation without its link, naming the line', () => {
    const text = GOOD.replace('Mở đầu.', 'Mở đầu: UBND cấp huyện đánh giá sản phẩm (mục IV.14), theo [mục IV.6, ý 1](/co-quan/so-y-te/#iv-6-1).');
    const p = write('2025-07-06-hoi-cho', text.replace('![Gian hàng](./gian-hang.jpg)\n', ''));
    expect(findProblems([p], {siteDir: site, today: '2025-07-06'}).map((x) => [x.file, x.line, x.code])).toEqual([
      ['blog/2025-07-06-hoi-cho/index.md', 10, 'content.plan-citation'],
    ]);
  });
});

describe('createProcessBlogPosts', () => {
  const bad = () => write('2025-07-06-hoi-cho', GOOD.replace('description: "Tóm tắt."\n', '').replace('![Gian hàng](./gian-hang.jpg)', ''));

  it('stops a production build after printing the Vietnamese report', async () => {
    const logs: string[] = [];
    const hook = createProcessBlogPosts({siteDir: site, production: true, today: '2025-07-06', log: (t) => logs.push(t)});
    await expect(hook({blogPosts: [bad()]})).rejects.toThrow('Có 1 lỗi trong bài viết (xem danh sách ở trên).');
    expect(logs.join('\n')).toContain('LỖI BÀI VIẾT');
    expect(logs.join('\n')).toContain('blog/2025-07-06-hoi-cho/index.md (trường description)  [mã lỗi: description.missing]');
  });

  it('only warns while previewing, so drafts stay previewable', async () => {
    const logs: string[] = [];
    const hook = createProcessBlogPosts({siteDir: site, production: false, today: '2025-07-06', log: (t) => logs.push(t)});
    await expect(hook({blogPosts: [bad()]})).resolves.toBeUndefined();
    expect(logs.join('\n')).toContain('CẢNH BÁO BÀI VIẾT');
  });

  it('is silent and keeps the posts when all is well', async () => {
    const logs: string[] = [];
    const hook = createProcessBlogPosts({siteDir: site, production: true, today: '2025-07-06', log: (t) => logs.push(t)});
    const p = write('2025-07-06-hoi-cho', GOOD.replace('![Gian hàng](./gian-hang.jpg)', ''));
    await expect(hook({blogPosts: [p]})).resolves.toBeUndefined();
    expect(logs).toEqual([]);
  });
});

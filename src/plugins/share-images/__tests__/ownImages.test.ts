/** A news post that sets its own `image` keeps it: its size and alt text, by page path. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {Resvg} from '@resvg/resvg-js';
import sharp from 'sharp';
import type {BlogPost} from '@docusaurus/plugin-content-blog';
import {ownImagesOfPosts} from '../ownImages';

/** A PNG of the given size, drawn by the same library as the site's pictures. */
const png = (width: number, height: number): Uint8Array =>
  new Resvg(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="${width}" height="${height}" fill="#888"/></svg>`).render().asPng();

const post = (folder: string, frontMatter: Record<string, unknown>, permalink: string, title = 'Tiêu đề') =>
  ({metadata: {frontMatter, permalink, title, source: `@site/blog/${folder}/index.md`}}) as unknown as BlogPost;

describe('ownImagesOfPosts', () => {
  let site: string;
  beforeEach(() => {
    site = fs.mkdtempSync(path.join(os.tmpdir(), 'own-images-'));
    fs.mkdirSync(path.join(site, 'blog', '2025-07-06-hoi-cho'), {recursive: true});
    fs.writeFileSync(path.join(site, 'blog', '2025-07-06-hoi-cho', 'anh.png'), png(40, 21));
  });
  afterEach(() => fs.rmSync(site, {recursive: true, force: true}));

  it('gives the picture beside the post its size and alt text, keyed by the page path with its slash', async () => {
    const posts = [
      post('2025-07-06-hoi-cho', {image: './anh.png', image_alt: 'Gian hàng OCOP'}, '/tin-tuc/2025/07/06/hoi-cho'),
      post('2025-07-07-khac', {image: 'https://example.org/a.jpg'}, '/tin-tuc/2025/07/07/khac', 'Bài khác'),
      post('2025-07-08-khong-anh', {}, '/tin-tuc/2025/07/08/khong-anh'),
    ];
    expect(await ownImagesOfPosts(posts, site)).toEqual({
      '/tin-tuc/2025/07/06/hoi-cho/': {width: 40, height: 21, alt: 'Gian hàng OCOP'},
      '/tin-tuc/2025/07/07/khac/': {width: null, height: null, alt: 'Bài khác'},
    });
  });

  it('gives the size of the published file: the largest copy of a big photo, upright', async () => {
    fs.writeFileSync(path.join(site, 'blog', '2025-07-06-hoi-cho', 'lon.png'), png(2000, 1000));
    // A phone's portrait photo: landscape pixels and EXIF orientation 6.
    const upright = await sharp({create: {width: 1600, height: 1200, channels: 3, background: '#888'}}).withMetadata({orientation: 6}).jpeg().toBuffer();
    fs.writeFileSync(path.join(site, 'blog', '2025-07-06-hoi-cho', 'doc.jpg'), upright);
    const posts = [
      post('2025-07-06-hoi-cho', {image: './lon.png', image_alt: 'Lớn'}, '/tin-tuc/2025/07/06/hoi-cho'),
      post('2025-07-06-hoi-cho', {image: './doc.jpg', image_alt: 'Dọc'}, '/tin-tuc/2025/07/06/doc'),
    ];
    expect(await ownImagesOfPosts(posts, site)).toEqual({
      '/tin-tuc/2025/07/06/hoi-cho/': {width: 1440, height: 720, alt: 'Lớn'},
      '/tin-tuc/2025/07/06/doc/': {width: 1200, height: 1600, alt: 'Dọc'},
    });
  });
});

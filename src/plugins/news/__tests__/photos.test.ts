/**
 * The news photos' build step on a tiny build folder: a phone-sized JPEG of
 * several MB becomes light copies of the planned sizes, the page's <img>
 * gets them, and the same photo always gives the same bytes.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import {imageSize} from 'image-size';
import {PHOTO_SIZES, withResponsivePhotos} from '../../../news/photos';
import {copyLinkedFiles, planPhotos, sourceFinder, writePhotoCopies, type PhotoPlan} from '../photos';

/**
 * A photo-like picture (smooth light, edges and fine grain, from a fixed
 * pseudo-random sequence so every run is the same), as a camera JPEG at
 * quality 95: several MB at 3000 × 2000.
 */
async function cameraJpeg(width: number, height: number, orientation?: number): Promise<Buffer> {
  const pixels = Buffer.alloc(width * height * 3);
  let seed = 12345;
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      seed = (seed * 1103515245 + 12345) >>> 0;
      const grain = (seed >>> 24) % 48;
      const i = (y * width + x) * 3;
      const band = Math.floor(x / 97 + y / 61) % 2 === 0 ? 40 : 0;
      pixels[i] = (80 + Math.round((120 * x) / width) + band + grain) & 0xff;
      pixels[i + 1] = (60 + Math.round((100 * y) / height) + grain) & 0xff;
      pixels[i + 2] = (90 + Math.round(60 * Math.sin(x / 40) * Math.cos(y / 55)) + grain) & 0xff;
    }
  }
  const image = sharp(pixels, {raw: {width, height, channels: 3}});
  return (orientation === undefined ? image : image.withMetadata({orientation})).jpeg({quality: 95}).toBuffer();
}

let out: string;
let posts: string;
beforeEach(() => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'news-photos-build-'));
  posts = fs.mkdtempSync(path.join(os.tmpdir(), 'news-photos-blog-'));
  fs.mkdirSync(path.join(out, 'assets', 'images'), {recursive: true});
});
afterEach(() => {
  fs.rmSync(out, {recursive: true, force: true});
  fs.rmSync(posts, {recursive: true, force: true});
});

const page = (src: string) =>
  `<html><head><meta property="og:image" content="https://example.org${src}"></head><body><main><p><img alt="Gian hàng OCOP" src="${src}" width="3000" height="2000"></p></main></body></html>`;
const noSource = () => undefined;

describe('the news photos build step', () => {
  jest.setTimeout(60_000);

  it('turns a 3000 × 2000 camera JPEG of several MB into light copies 480, 960 and 1440 wide, and gives the <img> its srcset and size', async () => {
    const original = await cameraJpeg(3000, 2000);
    expect(original.length).toBeGreaterThan(2_500_000);
    fs.writeFileSync(path.join(out, 'assets', 'images', 'gian-hang-0a1b2c.jpg'), original);
    const html = page('/assets/images/gian-hang-0a1b2c.jpg');

    const plans = planPhotos(out, [{file: path.join(out, 'tin-tuc', 'index.html'), html}], '/', noSource);
    expect([...plans.values()].map((p) => p.copies)).toEqual([
      [
        {file: 'gian-hang-0a1b2c-480w.jpg', width: 480, height: 320},
        {file: 'gian-hang-0a1b2c-960w.jpg', width: 960, height: 640},
        {file: 'gian-hang-0a1b2c.jpg', width: 1440, height: 960},
      ],
    ]);
    const rewritten = withResponsivePhotos(html, '/', new Map([...plans].map(([file, plan]) => [file, plan.copies])));
    expect(rewritten).toContain(
      `<img src="/assets/images/gian-hang-0a1b2c.jpg" srcset="/assets/images/gian-hang-0a1b2c-480w.jpg 480w, /assets/images/gian-hang-0a1b2c-960w.jpg 960w, /assets/images/gian-hang-0a1b2c.jpg 1440w" sizes="${PHOTO_SIZES}" width="1440" height="960" alt="Gian hàng OCOP">`,
    );

    const [report] = await writePhotoCopies(out, plans.values());
    expect(report?.sourceBytes).toBe(original.length);
    // Each copy is a JPEG of its planned size, within a budget that a phone on a slow network can afford.
    const budgets = [60_000, 200_000, 420_000];
    for (const [i, copy] of plans.get('assets/images/gian-hang-0a1b2c.jpg')!.copies.entries()) {
      const data = fs.readFileSync(path.join(out, 'assets', 'images', copy.file));
      const meta = await sharp(data).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', copy.width, copy.height]);
      expect(data.length).toBe(report?.copyBytes[i]);
      expect(data.length).toBeLessThan(budgets[i]!);
    }
    // The original's name now holds the 1440-pixel copy, a fraction of the camera file.
    expect(fs.statSync(path.join(out, 'assets', 'images', 'gian-hang-0a1b2c.jpg')).size).toBeLessThan(original.length / 5);
  });

  it('gives the same bytes for the same photo (the copies are cached for a year under their names)', async () => {
    const original = await cameraJpeg(1000, 700);
    const runs: Buffer[][] = [];
    for (const run of [1, 2]) {
      const dir = path.join(out, `run-${run}`);
      fs.mkdirSync(path.join(dir, 'assets', 'images'), {recursive: true});
      fs.writeFileSync(path.join(dir, 'assets', 'images', 'anh-ff.jpg'), original);
      const plans = planPhotos(dir, [{file: 'x.html', html: page('/assets/images/anh-ff.jpg')}], '/', noSource);
      await writePhotoCopies(dir, plans.values());
      runs.push(['anh-ff-480w.jpg', 'anh-ff-960w.jpg', 'anh-ff.jpg'].map((f) => fs.readFileSync(path.join(dir, 'assets', 'images', f))));
    }
    expect(runs[1]).toEqual(runs[0]);
  });

  it('publishes a portrait phone photo upright (EXIF orientation 6), without its metadata', async () => {
    fs.writeFileSync(path.join(out, 'assets', 'images', 'doc-11.jpg'), await cameraJpeg(1600, 1200, 6));
    const plans = planPhotos(out, [{file: 'x.html', html: page('/assets/images/doc-11.jpg')}], '/', noSource);
    expect(plans.get('assets/images/doc-11.jpg')?.copies.map((c) => [c.width, c.height])).toEqual([
      [480, 640],
      [960, 1280],
      [1200, 1600],
    ]);
    await writePhotoCopies(out, plans.values());
    const meta = await sharp(path.join(out, 'assets', 'images', 'doc-11.jpg')).metadata();
    expect([meta.width, meta.height, meta.orientation, meta.exif]).toEqual([1200, 1600, undefined, undefined]);
  });

  it('recompresses a PNG as a PNG, and leaves WebP as it is', async () => {
    const png = await sharp({create: {width: 800, height: 500, channels: 4, background: {r: 0, g: 90, b: 160, alpha: 1}}}).png({compressionLevel: 0}).toBuffer();
    const webp = await sharp({create: {width: 800, height: 500, channels: 3, background: '#888'}}).webp().toBuffer();
    fs.writeFileSync(path.join(out, 'assets', 'images', 'so-do-22.png'), png);
    fs.writeFileSync(path.join(out, 'assets', 'images', 'anh-33.webp'), webp);
    const html = page('/assets/images/so-do-22.png') + '<img alt="W" src="/assets/images/anh-33.webp">';
    const plans = planPhotos(out, [{file: 'x.html', html}], '/', noSource);
    expect([...plans.keys()]).toEqual(['assets/images/so-do-22.png']);
    await writePhotoCopies(out, plans.values());
    expect(imageSize(new Uint8Array(fs.readFileSync(path.join(out, 'assets', 'images', 'so-do-22-480w.png'))))).toMatchObject({type: 'png', width: 480, height: 300});
    expect(fs.statSync(path.join(out, 'assets', 'images', 'so-do-22.png')).size).toBeLessThan(png.length / 10);
    expect(fs.readFileSync(path.join(out, 'assets', 'images', 'anh-33.webp'))).toEqual(webp);
  });

  it('finds the source in the posts\' folders when Docusaurus emitted none, by the name its file-loader gives', async () => {
    const postDir = path.join(posts, '2025-07-06-hoi-cho');
    fs.mkdirSync(path.join(postDir, 'anh'), {recursive: true});
    const photo = await cameraJpeg(600, 400);
    fs.writeFileSync(path.join(postDir, 'anh', 'gian-hang.jpg'), photo);
    // Another post's photo of the same name, with other pixels.
    fs.mkdirSync(path.join(posts, '2025-07-07-khac'));
    fs.writeFileSync(path.join(posts, '2025-07-07-khac', 'gian-hang.jpg'), await cameraJpeg(500, 400, 1));
    const find = sourceFinder([path.join(posts, '2025-07-07-khac'), postDir]);
    // md4 of the content, as loader-utils computes it (the name Docusaurus gives this file).
    const {createRequire} = await import('node:module');
    const loaderUtils = createRequire(require.resolve('file-loader'))('loader-utils') as {interpolateName(c: {resourcePath: string}, n: string, o: {content: Buffer}): string};
    const name = loaderUtils.interpolateName({resourcePath: '/x/gian-hang.jpg'}, 'assets/images/[name]-[contenthash].[ext]', {content: photo});
    expect(name).toMatch(/^assets\/images\/gian-hang-[0-9a-f]{32}\.jpg$/);
    expect(find(name)).toBe(path.join(postDir, 'anh', 'gian-hang.jpg'));
    expect(find('assets/images/gian-hang-00000000000000000000000000000000.jpg')).toBeUndefined();

    const plans: Map<string, PhotoPlan> = planPhotos(out, [{file: 'x.html', html: page(`/${name}`)}], '/', find);
    await writePhotoCopies(out, plans.values());
    expect(fs.readdirSync(path.join(out, 'assets', 'images')).sort()).toEqual([path.posix.basename(name).replace('.jpg', '-480w.jpg'), path.posix.basename(name)]);
  });

  it('copies a WebP file Docusaurus did not emit as it is, from the post\'s folder', async () => {
    const postDir = path.join(posts, '2025-07-06-hoi-cho');
    fs.mkdirSync(postDir);
    const webp = await sharp({create: {width: 800, height: 500, channels: 3, background: '#468'}}).webp().toBuffer();
    fs.writeFileSync(path.join(postDir, 'anh.webp'), webp);
    const {createRequire} = await import('node:module');
    const loaderUtils = createRequire(require.resolve('file-loader'))('loader-utils') as {interpolateName(c: {resourcePath: string}, n: string, o: {content: Buffer}): string};
    const name = loaderUtils.interpolateName({resourcePath: '/x/anh.webp'}, 'assets/images/[name]-[contenthash].[ext]', {content: webp});
    const html = `<img alt="W" src="/${name}">`;
    expect(planPhotos(out, [{file: 'x.html', html}], '/', sourceFinder([postDir])).size).toBe(0);
    expect(fs.readFileSync(path.join(out, name))).toEqual(webp);
    expect(withResponsivePhotos(html, '/', new Map())).toBe(html);
  });

  it('copies a document a post links to (./quyet-dinh.pdf) that Docusaurus did not emit, found by its name in the post\'s folder', async () => {
    const postDir = path.join(posts, '2025-07-06-quyet-dinh');
    fs.mkdirSync(postDir);
    const pdf = Buffer.from('%PDF-1.4\n% dữ liệu giả của kiểm thử\n');
    fs.writeFileSync(path.join(postDir, 'index.md'), '---\ntitle: x\n---\n');
    fs.writeFileSync(path.join(postDir, 'quyet-dinh.pdf'), pdf);
    const {createRequire} = await import('node:module');
    const loaderUtils = createRequire(require.resolve('file-loader'))('loader-utils') as {interpolateName(c: {resourcePath: string}, n: string, o: {content: Buffer}): string};
    const name = loaderUtils.interpolateName({resourcePath: '/x/quyet-dinh.pdf'}, 'assets/files/[name]-[contenthash].[ext]', {content: pdf});
    const html = `<p><a href=/${name} target=_blank>Quyết định</a></p>`;
    expect(copyLinkedFiles(out, [{file: 'x.html', html}], '/', sourceFinder([postDir], 'files'))).toEqual([name]);
    expect(fs.readFileSync(path.join(out, name))).toEqual(pdf);
    // Already there (emitted, or copied by an earlier page): left alone.
    expect(copyLinkedFiles(out, [{file: 'y.html', html}], '/', sourceFinder([postDir], 'files'))).toEqual([]);
    expect(() => copyLinkedFiles(out, [{file: path.join(out, 'tin-tuc', 'index.html'), html: '<a href="/assets/files/mat-44.pdf">x</a>'}], '/', noSource)).toThrow(
      'Trang tin-tuc/index.html liên kết tới tệp /assets/files/mat-44.pdf, nhưng không tìm thấy tệp này',
    );
  });

  it('stops the build, in Vietnamese, when a page names a photo that is nowhere', () => {
    expect(() => planPhotos(out, [{file: path.join(out, 'tin-tuc', 'index.html'), html: page('/assets/images/mat-44.jpg')}], '/', noSource)).toThrow(
      'Trang tin-tuc/index.html dùng ảnh /assets/images/mat-44.jpg, nhưng không tìm thấy tệp ảnh này',
    );
  });
});

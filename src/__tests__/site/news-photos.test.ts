/**
 * Build test: the photos of the news pages (src/plugins/news/photos.ts).
 * Every JPEG or PNG a news page shows or names as its picture is in the
 * build, at most 1440 pixels wide, and the page's tags tell its true size;
 * every copy a srcset names is there, as wide as it says. Holds for any
 * content (a site whose posts have no photo passes trivially).
 */
import fs from 'node:fs';
import path from 'node:path';
import {imageSize} from 'image-size';
import {BUILD_DIR} from '../support/siteDirs';
import {isStaticPath} from '../../routing/staticRoutes';
import {FILES_DIR, PHOTO_WIDTHS, emittedImage, isResizedPhoto} from '../../news/photos';

function pages(dir: string, base = '/'): {pathname: string; html: string}[] {
  return fs.readdirSync(dir, {withFileTypes: true}).flatMap((e) => {
    if (e.isDirectory()) return pages(path.join(dir, e.name), `${base}${e.name}/`);
    return e.name === 'index.html' ? [{pathname: base, html: fs.readFileSync(path.join(dir, e.name), 'utf8')}] : [];
  });
}

const news = pages(BUILD_DIR).filter((p) => isStaticPath(p.pathname, '/'));
const attr = (tag: string, name: string) => new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`).exec(tag)?.slice(1).find((v) => v !== undefined);
const meta = (html: string, property: string) =>
  [...html.matchAll(/<meta\b(?:[^>"']|"[^"]*"|'[^']*')*>/g)].map((m) => m[0]).filter((tag) => attr(tag, 'property') === property).map((tag) => attr(tag, 'content'))[0];
const sizeOf = (file: string) => {
  const {width, height} = imageSize(new Uint8Array(fs.readFileSync(path.join(BUILD_DIR, file))));
  return {width, height};
};

describe('the documents the news pages link to', () => {
  it('every link to a file under assets/ is the file\'s own address, and the file is in the build', () => {
    const links = news.flatMap((p) => [...p.html.matchAll(/\s(?:href|src)=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)].map((m) => ({page: p.pathname, url: m.slice(1).find((v) => v !== undefined)!})));
    const files = links.filter((l) => l.url.startsWith(`/${FILES_DIR}`));
    const wrong = files.filter((l) => l.url.endsWith('/') || !fs.existsSync(path.join(BUILD_DIR, decodeURIComponent(l.url.split(/[?#]/)[0]!))));
    expect(wrong).toEqual([]);
  });
});

describe('the news pages\' photos', () => {
  const imgs = news.flatMap((p) => [...p.html.matchAll(/<img\b(?:[^>"']|"[^"]*"|'[^']*')*>/g)].map((m) => ({page: p.pathname, tag: m[0]})));
  const photos = imgs.flatMap(({page, tag}) => {
    const file = emittedImage(attr(tag, 'src') ?? '', '/');
    return file !== undefined && isResizedPhoto(file) ? [{page, tag, file}] : [];
  });

  it('every emitted image a news page shows is in the build', () => {
    const missing = imgs.map(({page, tag}) => ({page, file: emittedImage(attr(tag, 'src') ?? '', '/')})).filter((x) => x.file !== undefined && !fs.existsSync(path.join(BUILD_DIR, x.file)));
    expect(missing).toEqual([]);
  });

  it('every photo is published at most 1440 pixels wide, with its true width and height in the tag', () => {
    const wrong = photos.filter(({tag, file}) => {
      const size = sizeOf(file);
      return size.width > PHOTO_WIDTHS[PHOTO_WIDTHS.length - 1]! || attr(tag, 'width') !== String(size.width) || attr(tag, 'height') !== String(size.height);
    });
    expect(wrong).toEqual([]);
  });

  it('every copy a srcset names is in the build, as wide as it says, the largest being the src', () => {
    const wrong = photos.filter(({tag}) => {
      const srcset = attr(tag, 'srcset');
      if (srcset === undefined) return false;
      const candidates = srcset.split(', ').map((c) => c.split(' '));
      const last = candidates[candidates.length - 1]?.[0];
      return (
        last !== attr(tag, 'src') ||
        attr(tag, 'sizes') === undefined ||
        candidates.some(([url, w]) => {
          const file = emittedImage(url ?? '', '/');
          return file === undefined || !fs.existsSync(path.join(BUILD_DIR, file)) || `${sizeOf(file).width}w` !== w;
        })
      );
    });
    expect(wrong).toEqual([]);
  });

  it("a post's own picture (og:image) is published at the size its head tags say", () => {
    const wrong = news.flatMap((p) => {
      const url = meta(p.html, 'og:image');
      const file = url === undefined ? undefined : emittedImage(url, '/');
      if (file === undefined || !isResizedPhoto(file)) return [];
      const size = fs.existsSync(path.join(BUILD_DIR, file)) ? sizeOf(file) : undefined;
      const said = {width: Number(meta(p.html, 'og:image:width')), height: Number(meta(p.html, 'og:image:height'))};
      return size !== undefined && size.width === said.width && size.height === said.height ? [] : [{page: p.pathname, file, size, said}];
    });
    expect(wrong).toEqual([]);
  });
});

/** The news photos' sizes, names and <img> attributes (pure). */
import {
  PHOTO_SIZES,
  emittedImage,
  formatOfName,
  isResizedPhoto,
  linkedFiles,
  withFileLinks,
  orientedSize,
  pagePhotos,
  photoCopies,
  photoWidths,
  publishedSize,
  scaledSize,
  sniffImageFormat,
  withResponsivePhotos,
} from '../photos';

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));

/** An ISO "ftyp" box as HEIF files start: size, "ftyp", major brand, minor version, compatible brands. */
const ftyp = (major: string, ...compatible: string[]) => bytes([0, 0, 0, 16 + 4 * compatible.length], 'ftyp', major, [0, 0, 0, 0], ...compatible);

describe('sniffImageFormat', () => {
  it('tells the formats by their first bytes', () => {
    expect(sniffImageFormat(bytes([0xff, 0xd8, 0xff, 0xe1]))).toBe('jpeg');
    expect(sniffImageFormat(bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a]))).toBe('png');
    expect(sniffImageFormat(bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 '))).toBe('webp');
    expect(sniffImageFormat(bytes('GIF89a'))).toBe('gif');
    expect(sniffImageFormat(bytes('II*', [0]))).toBe('tiff');
    expect(sniffImageFormat(bytes('MM', [0], '*'))).toBe('tiff');
    expect(sniffImageFormat(bytes('BM', [0, 0]))).toBe('bmp');
  });
  it('tells HEIC photos (iPhone) from AVIF by their brands', () => {
    // As heif-enc and iPhones write them: major brand "heic", or "mif1" with "heic" among the compatible ones.
    expect(sniffImageFormat(ftyp('heic', 'mif1', 'heic'))).toBe('heif');
    expect(sniffImageFormat(ftyp('mif1', 'heic', 'miaf'))).toBe('heif');
    expect(sniffImageFormat(ftyp('heix'))).toBe('heif');
    expect(sniffImageFormat(ftyp('avif', 'mif1', 'miaf'))).toBe('avif');
    expect(sniffImageFormat(ftyp('mif1', 'avif'))).toBe('avif');
    // An MP4 video is also an ISO file, but not a picture.
    expect(sniffImageFormat(ftyp('isom', 'mp41'))).toBe('unknown');
  });
  it('calls anything else unknown, including too few bytes', () => {
    expect(sniffImageFormat(new Uint8Array(1000))).toBe('unknown');
    expect(sniffImageFormat(bytes([0xff, 0xd8]))).toBe('unknown');
    expect(sniffImageFormat(bytes('<svg'))).toBe('unknown');
    expect(sniffImageFormat(new Uint8Array(0))).toBe('unknown');
  });
});

describe('file names', () => {
  it('formatOfName reads the extension, in any case', () => {
    expect(['a.jpg', 'a.JPEG', 'b/c.png', 'd.WebP', 'e.heic', 'f'].map(formatOfName)).toEqual(['jpeg', 'jpeg', 'png', 'webp', undefined, undefined]);
  });
  it('resizes JPEG and PNG only (WebP is published as it is)', () => {
    expect(['a.jpg', 'a.jpeg', 'a.PNG', 'a.webp', 'a.gif'].map(isResizedPhoto)).toEqual([true, true, true, false, false]);
  });
});

describe('sizes of the copies', () => {
  it('turns a quarter-turned photo (EXIF orientation 5 to 8) upright', () => {
    expect(orientedSize({width: 4032, height: 3024}, 6)).toEqual({width: 3024, height: 4032});
    expect(orientedSize({width: 4032, height: 3024}, 8)).toEqual({width: 3024, height: 4032});
    expect(orientedSize({width: 4032, height: 3024}, 3)).toEqual({width: 4032, height: 3024});
    expect(orientedSize({width: 4032, height: 3024})).toEqual({width: 4032, height: 3024});
  });
  it('makes copies 480, 960 and 1440 wide, never wider than the photo', () => {
    expect(photoWidths(4032)).toEqual([480, 960, 1440]);
    expect(photoWidths(1440)).toEqual([480, 960, 1440]);
    expect(photoWidths(1200)).toEqual([480, 960, 1200]);
    expect(photoWidths(960)).toEqual([480, 960]);
    expect(photoWidths(700)).toEqual([480, 700]);
    expect(photoWidths(480)).toEqual([480]);
    expect(photoWidths(300)).toEqual([300]);
  });
  it('keeps the proportions, rounding the height', () => {
    expect(scaledSize({width: 3000, height: 2000}, 480)).toEqual({width: 480, height: 320});
    expect(scaledSize({width: 4032, height: 3024}, 1440)).toEqual({width: 1440, height: 1080});
    expect(scaledSize({width: 1000, height: 333}, 480)).toEqual({width: 480, height: 160});
    expect(scaledSize({width: 3000, height: 1}, 480)).toEqual({width: 480, height: 1});
    expect(scaledSize({width: 300, height: 200}, 300)).toEqual({width: 300, height: 200});
  });
  it('publishes the largest copy', () => {
    expect(publishedSize({width: 3024, height: 4032})).toEqual({width: 1440, height: 1920});
    expect(publishedSize({width: 800, height: 600})).toEqual({width: 800, height: 600});
  });
  it('names the smaller copies after the emitted file, the largest keeps its name', () => {
    expect(photoCopies('anh-0a1b2c.jpg', {width: 3000, height: 2000})).toEqual([
      {file: 'anh-0a1b2c-480w.jpg', width: 480, height: 320},
      {file: 'anh-0a1b2c-960w.jpg', width: 960, height: 640},
      {file: 'anh-0a1b2c.jpg', width: 1440, height: 960},
    ]);
    expect(photoCopies('so-do-9f.png', {width: 400, height: 300})).toEqual([{file: 'so-do-9f.png', width: 400, height: 300}]);
  });
});

describe('emittedImage', () => {
  it('finds the emitted file behind a path or a full address', () => {
    expect(emittedImage('/assets/images/anh-0a1b.jpg', '/')).toBe('assets/images/anh-0a1b.jpg');
    expect(emittedImage('https://example.org/ocop/assets/images/anh-0a1b.jpg', '/ocop/')).toBe('assets/images/anh-0a1b.jpg');
    expect(emittedImage('/assets/images/anh-0a1b.jpg', '/ocop/')).toBeUndefined();
    expect(emittedImage('/img/logo.svg', '/')).toBeUndefined();
    expect(emittedImage('data:image/png;base64,AAAA', '/')).toBeUndefined();
    expect(emittedImage('/assets/images/sub/anh.jpg', '/')).toBeUndefined();
  });
});

const PAGE = [
  '<html><head><meta property="og:image" content="https://example.org/assets/images/dai-dien-aa.jpg">',
  '<meta name="twitter:image" content="https://example.org/assets/images/dai-dien-aa.jpg"></head><body>',
  '<img src=/img/logo.svg alt=Logo>',
  '<p><img decoding="async" loading="lazy" alt="Gian hàng &quot;OCOP&quot; > 3 sao" src="/assets/images/gian-hang-bb.jpg" width="3000" height="2000" class="img_x"></p>',
  "<p><img alt='Sơ đồ' src=/assets/images/so-do-cc.png width=400 height=300></p>",
  '<p><img alt="Lại ảnh đầu" src="/assets/images/gian-hang-bb.jpg" /></p>',
  '<img alt="Ảnh WebP" src="/assets/images/anh-dd.webp">',
  '</body></html>',
].join('');

describe('pagePhotos', () => {
  it("lists the page's emitted images, <img> and og:image alike, each once", () => {
    expect(pagePhotos(PAGE, '/')).toEqual(['assets/images/dai-dien-aa.jpg', 'assets/images/gian-hang-bb.jpg', 'assets/images/so-do-cc.png', 'assets/images/anh-dd.webp']);
  });
});

describe('withResponsivePhotos', () => {
  const copies = new Map([
    ['assets/images/gian-hang-bb.jpg', photoCopies('gian-hang-bb.jpg', {width: 3000, height: 2000})],
    ['assets/images/so-do-cc.png', photoCopies('so-do-cc.png', {width: 400, height: 300})],
  ]);
  it('gives each resized photo its copies and size; the first is not lazy; other tags stay as written', () => {
    const out = withResponsivePhotos(PAGE, '/', copies);
    const imgs = [...out.matchAll(/<img\b(?:[^>"']|"[^"]*"|'[^']*')*>/g)].map((m) => m[0]);
    expect(imgs).toEqual([
      '<img src=/img/logo.svg alt=Logo>',
      `<img src="/assets/images/gian-hang-bb.jpg" srcset="/assets/images/gian-hang-bb-480w.jpg 480w, /assets/images/gian-hang-bb-960w.jpg 960w, /assets/images/gian-hang-bb.jpg 1440w" sizes="${PHOTO_SIZES}" width="1440" height="960" alt="Gian hàng &quot;OCOP&quot; > 3 sao" class="img_x">`,
      `<img src="/assets/images/so-do-cc.png" width="400" height="300" loading="lazy" decoding="async" alt='Sơ đồ'>`,
      `<img src="/assets/images/gian-hang-bb.jpg" srcset="/assets/images/gian-hang-bb-480w.jpg 480w, /assets/images/gian-hang-bb-960w.jpg 960w, /assets/images/gian-hang-bb.jpg 1440w" sizes="${PHOTO_SIZES}" width="1440" height="960" loading="lazy" decoding="async" alt="Lại ảnh đầu" />`,
      '<img alt="Ảnh WebP" src="/assets/images/anh-dd.webp">',
    ]);
    // The head (og:image) and the rest of the page are untouched.
    expect(out.replace(/<img\b(?:[^>"']|"[^"]*"|'[^']*')*>/g, '')).toBe(PAGE.replace(/<img\b(?:[^>"']|"[^"]*"|'[^']*')*>/g, ''));
  });
  it('uses the base URL', () => {
    const html = '<img alt="A" src="/ocop/assets/images/so-do-cc.png">';
    expect(withResponsivePhotos(html, '/ocop/', copies)).toBe('<img src="/ocop/assets/images/so-do-cc.png" width="400" height="300" alt="A">');
  });
  it('leaves a page without photos as it is', () => {
    expect(withResponsivePhotos(PAGE, '/', new Map())).toBe(PAGE);
  });
});

describe('linkedFiles', () => {
  it('lists the documents under assets/files/ a page links to or loads, each once, quoted or not, with the base URL', () => {
    const html = '<a href=/ocop/assets/files/qd-1a2b.pdf>QĐ</a><a href="/ocop/assets/files/qd-1a2b.pdf#page=2">trang 2</a>'
      + "<a href='https://example.org/ocop/assets/files/bang%20tinh-3c4d.xlsx'>Bảng</a><img src=\"/ocop/assets/images/anh-5e.jpg\"><a href=\"/assets/files/khac-6f.pdf\">khác</a><a href=\"/ocop/ke-hoach/\">KH</a>";
    expect(linkedFiles(html, '/ocop/')).toEqual(['assets/files/qd-1a2b.pdf', 'assets/files/bang tinh-3c4d.xlsx']);
    expect(linkedFiles(html, '/')).toEqual(['assets/files/khac-6f.pdf']);
  });
});

describe('withFileLinks', () => {
  it('takes the trailing slash Docusaurus adds off links to documents under assets/files/, and nothing else', () => {
    const html = '<a href=/ocop/assets/files/qd-1a2b.pdf/ target=_blank>QĐ</a><a href="/ocop/assets/files/qd-1a2b.pdf/#page=2">2</a><a href=\'https://example.org/ocop/assets/files/b-3c.xlsx/\'>B</a><a href=/ocop/ke-hoach/>KH</a><a href=/ocop/assets/files/c-4d.pdf>C</a>';
    expect(withFileLinks(html, '/ocop/')).toBe(
      '<a href=/ocop/assets/files/qd-1a2b.pdf target=_blank>QĐ</a><a href="/ocop/assets/files/qd-1a2b.pdf#page=2">2</a><a href=\'https://example.org/ocop/assets/files/b-3c.xlsx\'>B</a><a href=/ocop/ke-hoach/>KH</a><a href=/ocop/assets/files/c-4d.pdf>C</a>',
    );
    expect(linkedFiles('<a href=/assets/files/qd-1a2b.pdf/>QĐ</a>', '/')).toEqual(['assets/files/qd-1a2b.pdf']);
  });
});

import {checkContent, maskCode} from '../checkContent';
import {IMAGE_MAX_BYTES} from '../checkFrontMatter';
import {GOOD_BODY, post} from './fixtures';

/** A post whose body is the good body with `extra` inserted after the truncate marker. */
function withText(extra: string) {
  return post({body: GOOD_BODY.replace('Nội dung chính.', `Nội dung chính.\n\n${extra}`)});
}
const codes = (p: ReturnType<typeof post>, env = {}) => checkContent(p, env).map((x) => x.code);

describe('checkContent', () => {
  it('accepts a good body', () => {
    expect(checkContent(post())).toEqual([]);
  });

  it('reports lines as lines of the file', () => {
    // GOOD_BODY line 7 ("Nội dung chính.") is followed by a blank line, then the extra line.
    const [p] = checkContent(withText('# Tiêu đề lớn'));
    expect(p?.line).toBe(8 + 6);
    expect(p?.field).toBe('nội dung');
  });

  describe('excerpt marker', () => {
    it('is required', () => {
      const p = post({body: GOOD_BODY.replace('{/* truncate */}', '')});
      const problems = checkContent(p);
      expect(problems.map((x) => x.code)).toEqual(['content.truncate-missing']);
      expect(problems[0]?.message).toContain('{/* truncate */}');
    });
    it('must be the MDX form, not the HTML comment', () => {
      const p = post({body: GOOD_BODY.replace('{/* truncate */}', '<!-- truncate -->')});
      expect(codes(p)).toEqual(['content.truncate-html']);
    });
    it('needs an introduction above it', () => {
      const p = post({body: `\n{/* truncate */}\n\n## Nguồn\n\n- [a](https://example.org)\n`});
      expect(codes(p)).toEqual(['content.intro-missing']);
    });
    it('does not count a marker inside code', () => {
      const p = post({body: GOOD_BODY.replace('{/* truncate */}', '`{/* truncate */}`')});
      expect(codes(p)).toEqual(['content.truncate-missing']);
    });
  });

  describe('sources', () => {
    it('requires a "## Nguồn" section', () => {
      const p = post({body: GOOD_BODY.replace('## Nguồn {/* #nguon */}', '## Tham khảo')});
      expect(codes(p)).toEqual(['content.sources-missing']);
    });
    it('requires a link in it', () => {
      const p = post({body: GOOD_BODY.replace('- [Kế hoạch 36/KH-UBND](/ke-hoach/)', '- Kế hoạch 36/KH-UBND')});
      expect(codes(p)).toEqual(['content.sources-empty']);
    });
    it('accepts the heading written with decomposed letters', () => {
      const p = post({body: GOOD_BODY.replace('Nguồn', 'Nguồn'.normalize('NFD'))});
      expect(codes(p)).toEqual(['content.nfc']);
    });
  });

  it.each([
    ['# Tiêu đề', 'content.h1'],
    ['export sang Nhật Bản', 'content.esm'],
    ['import hàng', 'content.esm'],
    ['[[Nội dung mẫu]]', 'content.placeholder'],
    ['<!-- ghi chú -->', 'content.html-comment'],
    ['Xem <https://example.org>', 'content.autolink'],
    ['<img src="a.jpg" alt="a" />', 'content.html-img'],
    ['Dòng một<br>dòng hai', 'content.html-br'],
    ['Sản phẩm dưới <5 sao', 'content.angle'],
    ['a<b', 'content.angle'],
    ['Giá {100} nghìn', 'content.brace'],
    ['Mở ngoặc { không đóng', 'content.brace'],
    ['## Mục {#muc}', 'content.heading-id'],
  ])('refuses %j (%s)', (line, code) => {
    const problems = checkContent(withText(line));
    expect(problems.map((x) => x.code)).toEqual([code]);
    expect(problems[0]?.message).toMatch(/Cách sửa/);
  });

  it.each([
    'Giá < 100 nghìn và 5 > 3',
    'Viết \\{ngoặc\\} và \\<5',
    '## Mục {/* #muc */}',
    '`<br>` và `{x}` trong mã',
    '```\n<div>{x}</div>\n# không phải tiêu đề\n```',
    '{/* ghi chú\nnhiều dòng { < */}',
    'Xuất khẩu (export) sang Nhật',
    '![Gian hàng OCOP](https://example.org/a.jpg)',
  ])('accepts %j', (text) => {
    expect(checkContent(withText(text))).toEqual([]);
  });

  describe('images in the text', () => {
    const exists = () => ({exists: true, bytes: 1000});
    it('need alt text', () => {
      expect(codes(withText('![](./anh.jpg)'), {asset: exists})).toEqual(['content.image-alt']);
      expect(codes(withText('![ ](./anh.jpg "Tiêu đề")'), {asset: exists})).toEqual(['content.image-alt']);
    });
    it('must exist', () => {
      const p = checkContent(withText('![Ảnh](./khong-co.jpg)'), {asset: () => ({exists: false})});
      expect(p.map((x) => x.code)).toEqual(['image.missing']);
      expect(p[0]?.field).toBe('nội dung');
      expect(p[0]?.line).toBe(14);
    });
    it('must not be too large', () => {
      expect(codes(withText('![Ảnh](./anh.jpg)'), {asset: () => ({exists: true, bytes: IMAGE_MAX_BYTES * 2})})).toEqual([
        'image.too-large',
      ]);
    });
    it('must have a plain file name', () => {
      expect(codes(withText('![Ảnh](./ảnh hội chợ.jpg)'))).toEqual(['image.file-name']);
    });
    it('must be jpg, png or webp', () => {
      expect(codes(withText('![Ảnh](./anh.heic)'))).toEqual(['image.type']);
    });
  });

  it('reports text not in NFC once, counting the other lines', () => {
    const nfd = 'Thanh Hóa'.normalize('NFD');
    const problems = checkContent(withText(`${nfd}\n\n${nfd}\n\n${nfd}`));
    expect(problems.map((x) => x.code)).toEqual(['content.nfc']);
    expect(problems[0]?.message).toContain('và 2 dòng khác');
  });
});

describe('maskCode', () => {
  it('blanks fenced blocks and inline code, keeping the line count', () => {
    const text = 'a `<b>` c\n```js\n{x}\n```\nd\n~~~\n<e>\n~~~\nf';
    const masked = maskCode(text);
    expect(masked).toEqual(['a       c', '', '', '', 'd', '', '', '', 'f']);
  });
  it('needs the same fence to close a block', () => {
    expect(maskCode('````\n```\n<x>\n````\ny')).toEqual(['', '', '', '', 'y']);
  });
});

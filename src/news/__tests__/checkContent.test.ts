import {checkContent, maskCode} from '../checkContent';
import {PHOTO_MAX_BYTES} from '../checkFrontMatter';
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
      const p = post({body: GOOD_BODY.replace('<!-- truncate -->', '')});
      const problems = checkContent(p);
      expect(problems).toEqual([
        {
          file: p.file,
          field: 'nội dung',
          code: 'content.truncate-missing',
          message: 'Thiếu dấu ngắt tóm tắt <!-- truncate -->. Đoạn phía trên dấu này hiện ở trang danh sách tin. Cách sửa: viết <!-- truncate --> trên một dòng riêng, ngay sau đoạn mở đầu.',
        },
      ]);
    });
    it('is the Markdown comment; the old MDX form is named, with what to write instead', () => {
      const p = post({body: GOOD_BODY.replace('<!-- truncate -->', '{/* truncate */}')});
      expect(checkContent(p)).toEqual([
        {
          file: p.file,
          field: 'nội dung',
          line: 10,
          code: 'content.truncate-mdx',
          message: 'Dấu ngắt tóm tắt viết kiểu cũ {/* truncate */} sẽ hiện nguyên văn trong bài, vì bài tin nay là Markdown thông thường (dòng mdx: {format: md}). Cách sửa: thay cả dòng bằng <!-- truncate -->.',
        },
      ]);
    });
    it('accepts other spacing inside the comment', () => {
      expect(codes(post({body: GOOD_BODY.replace('<!-- truncate -->', '<!--truncate-->')}))).toEqual([]);
    });
    it('needs an introduction above it', () => {
      const p = post({body: `\n<!-- truncate -->\n\n## Nguồn\n\n- [a](https://example.org)\n`});
      expect(codes(p)).toEqual(['content.intro-missing']);
    });
    it('does not count a marker inside code', () => {
      const p = post({body: GOOD_BODY.replace('<!-- truncate -->', '`<!-- truncate -->`')});
      expect(codes(p)).toEqual(['content.truncate-missing']);
    });
  });

  describe('sources', () => {
    it('requires a "## Nguồn" section', () => {
      const p = post({body: GOOD_BODY.replace('## Nguồn {#nguon}', '## Tham khảo')});
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
    ['[[Nội dung mẫu]]', 'content.placeholder'],
    ['## Mục {/* #muc */}', 'content.heading-id-mdx'],
    ['{/* ghi chú */}', 'content.mdx-comment'],
    ['<!-- ghi chú -->', 'content.html'],
    ['<img src="a.jpg" alt="a" />', 'content.html'],
    ['Dòng một<br>dòng hai', 'content.html'],
    ['<div>', 'content.html'],
    ['<div class="canh-bao"', 'content.html'],
    ['Chữ <b>đậm</b>', 'content.html'],
    ['Chữ </span> lẻ', 'content.html'],
    ['<!DOCTYPE html>', 'content.html'],
  ])('refuses %j (%s)', (line, code) => {
    const problems = checkContent(withText(line));
    expect(problems.map((x) => x.code)).toEqual([code]);
    expect(problems[0]?.line).toBe(14);
    expect(problems[0]?.message).toMatch(/Cách sửa/);
  });

  describe('raw HTML: one message per line, with the fix for the tag', () => {
    const message = (line: string) => checkContent(withText(line)).map((x) => x.message);
    it('a comment', () => {
      expect(message('<!-- ghi chú cho người duyệt -->')).toEqual([
        'Bài tin viết bằng Markdown, không chèn mã HTML: ghi chú <!-- … --> không dùng được (chỉ dấu ngắt tóm tắt <!-- truncate --> được phép). Cách sửa: xóa ghi chú; điều cần nhắn người biên tập khác thì ghi ngoài bài.',
      ]);
    });
    it('<img>', () => {
      expect(message('<IMG SRC="./a.jpg">')).toEqual([
        'Bài tin viết bằng Markdown, không chèn mã HTML (ở đây là thẻ <img>). Cách sửa: chèn ảnh bằng ![Mô tả ảnh](./ten-anh.jpg) và để tệp ảnh cùng thư mục với bài.',
      ]);
    });
    it('<br>', () => {
      expect(message('Một<br/>hai<br>ba')).toEqual(['Bài tin viết bằng Markdown, không chèn mã HTML (ở đây là thẻ <br>). Cách sửa: để một dòng trống giữa hai đoạn văn.']);
    });
    it('<a>', () => {
      expect(message('Xem <a href="https://example.org">trang</a>')).toEqual([
        'Bài tin viết bằng Markdown, không chèn mã HTML (ở đây là thẻ <a>). Cách sửa: viết liên kết dạng [chữ hiện ra](https://dia-chi-trang).',
      ]);
    });
    it('any other tag', () => {
      expect(message('Chữ <u>gạch chân</u>')).toEqual([
        'Bài tin viết bằng Markdown, không chèn mã HTML (ở đây là "<u>"). Cách sửa: xóa thẻ này và viết bằng Markdown (## cho mục, **chữ đậm**, - cho danh sách, [chữ hiện ra](địa chỉ) cho liên kết); nếu muốn dấu < hiện ra như chữ thường, viết \\< (thêm dấu \\ trước dấu <).',
      ]);
    });
  });

  it('names the old MDX heading id with the Markdown one to write', () => {
    expect(checkContent(withText('## Hội chợ mùa thu {/* #hoi-cho */}')).map((x) => x.message)).toEqual([
      'Mã mục viết kiểu cũ {/* #hoi-cho */} sẽ hiện nguyên văn trong tên mục, vì bài tin nay là Markdown thông thường (dòng mdx: {format: md}). Cách sửa: viết {#hoi-cho} ở cuối dòng tiêu đề mục.',
    ]);
  });

  it('names an old MDX comment, which Markdown would show', () => {
    expect(checkContent(withText('Nội dung {/* ghi chú cho người duyệt */}')).map((x) => x.message)).toEqual([
      'Ghi chú ẩn kiểu {/* … */} sẽ hiện nguyên văn trong bài, vì bài tin nay là Markdown thông thường (dòng mdx: {format: md}). Cách sửa: xóa ghi chú; điều cần nhắn người biên tập khác thì ghi ngoài bài.',
    ]);
  });

  it.each([
    // Ordinary characters in Markdown (MDX would have refused them).
    'Giá < 100 nghìn và 5 > 3',
    'Sản phẩm dưới <5 sao',
    'a<b',
    'Giá {100} nghìn',
    'Mở ngoặc { không đóng',
    'export sang Nhật Bản',
    'import hàng',
    '## Mục {#muc}',
    // Autolinks are Markdown.
    'Xem <https://example.org/a?b=1>',
    'Thư gửi <mailto:ban-bien-tap@example.org>',
    // Escaped, or inside code.
    'Viết \\<b> và \\<img>',
    '`<br>` và `{/* x */}` trong mã',
    '```\n<div>{x}</div>\n<!-- a -->\n# không phải tiêu đề\n```',
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
    it('may be a phone photo of several MB, up to the ceiling', () => {
      expect(codes(withText('![Ảnh](./anh.jpg)'), {asset: () => ({exists: true, bytes: 6_000_000, format: 'jpeg' as const, width: 4032, height: 3024})})).toEqual([]);
      expect(codes(withText('![Ảnh](./anh.jpg)'), {asset: () => ({exists: true, bytes: PHOTO_MAX_BYTES * 2})})).toEqual(['image.too-large']);
    });
    it('must not be HEIC, by name or by content, naming the line', () => {
      const heic = () => ({exists: true, bytes: 2_000_000, format: 'heif' as const});
      const byContent = checkContent(withText('![Ảnh](./anh.jpg)'), {asset: heic});
      expect(byContent.map((x) => [x.code, x.line, x.field])).toEqual([['image.heic', 14, 'nội dung']]);
      expect(byContent[0]?.message).toContain('Tệp "./anh.jpg" có đuôi .jpg nhưng thực chất là ảnh HEIC');
      expect(codes(withText('![Ảnh](./IMG_0001.HEIC)'), {asset: heic})).toEqual(['image.heic']);
    });
    it('must have a plain file name', () => {
      expect(codes(withText('![Ảnh](./ảnh hội chợ.jpg)'))).toEqual(['image.file-name']);
    });
    it('must be jpg, png or webp', () => {
      expect(codes(withText('![Ảnh](./anh.tiff)'))).toEqual(['image.type']);
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

import {cardAlt, imageTags, metaContent, withHeadTags} from '../headTags';

const head = '<head><meta data-rh=true name=twitter:card content=summary_large_image /><meta data-rh=true property=og:image content="https://x.vn/a b.png"/><title>T</title>';

describe('share head tags', () => {
  it('reads a meta tag quoted or not, and tells an absent one', () => {
    expect(metaContent(head, 'twitter:card')).toBe('summary_large_image');
    expect(metaContent(head, 'og:image')).toBe('https://x.vn/a b.png');
    expect(metaContent(head, 'og:image:alt')).toBeNull();
    expect(metaContent(head, 'og:imag')).toBeNull();
  });

  it('writes the card tags, escaped, leaving out those present', () => {
    expect(imageTags({url: 'https://x.vn/anh-chia-se/a.png', type: 'image/png', width: 1200, height: 630, alt: 'Thẻ “A” & <B>'}, '<head>')).toBe(
      '<meta property="og:image" content="https://x.vn/anh-chia-se/a.png">' +
        '<meta property="og:image:type" content="image/png">' +
        '<meta property="og:image:width" content="1200">' +
        '<meta property="og:image:height" content="630">' +
        '<meta property="og:image:alt" content="Thẻ “A” &amp; &lt;B&gt;">' +
        '<meta name="twitter:image" content="https://x.vn/anh-chia-se/a.png">' +
        '<meta name="twitter:image:alt" content="Thẻ “A” &amp; &lt;B&gt;">',
    );
    expect(imageTags({width: null, height: 480, alt: 'Ảnh'}, head)).toBe(
      '<meta property="og:image:height" content="480"><meta property="og:image:alt" content="Ảnh"><meta name="twitter:image:alt" content="Ảnh">',
    );
  });

  it('adds tags at the end of the head', () => {
    expect(withHeadTags('<html><head><title>T</title></head><body></body></html>', '<meta name="a" content="b">')).toBe(
      '<html><head><title>T</title><meta name="a" content="b"></head><body></body></html>',
    );
    expect(() => withHeadTags('<p>', '')).toThrow('</head>');
  });

  it('describes a card by its words', () => {
    expect(cardAlt({kicker: 'Chỉ tiêu từng đơn vị', title: 'Huyện A — chỉ tiêu 2025', figure: {headline: '8 sản phẩm OCOP', detail: '2 × 5 sao'}})).toBe(
      'Thẻ giới thiệu trang: Chỉ tiêu từng đơn vị · Huyện A — chỉ tiêu 2025 · 8 sản phẩm OCOP · 2 × 5 sao',
    );
    expect(cardAlt({kicker: 'Tin tức · 30/11/2025', title: 'Tiêu đề'})).toBe('Thẻ giới thiệu trang: Tin tức · 30/11/2025 · Tiêu đề');
  });
});

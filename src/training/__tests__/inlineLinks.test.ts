import {splitInlineLinks} from '../inlineLinks';

describe('splitInlineLinks', () => {
  it('keeps a string without links as one piece', () => {
    expect(splitInlineLinks('Phần A có 40 điểm.')).toEqual([{text: 'Phần A có 40 điểm.'}]);
    expect(splitInlineLinks('')).toEqual([]);
  });

  it('cuts out site links, in order', () => {
    expect(splitInlineLinks('[Mục IV.6, ý 1](/co-quan/so-y-te/#iv-6-1) giao Sở Y tế; xem [mục IV.14](/co-quan/ubnd-cap-huyen/).')).toEqual([
      {text: 'Mục IV.6, ý 1', to: '/co-quan/so-y-te/#iv-6-1'},
      {text: ' giao Sở Y tế; xem '},
      {text: 'mục IV.14', to: '/co-quan/ubnd-cap-huyen/'},
      {text: '.'},
    ]);
  });

  it('leaves plain brackets alone', () => {
    expect(splitInlineLinks('Chọn [A] hoặc (B).')).toEqual([{text: 'Chọn [A] hoặc (B).'}]);
  });

  it('refuses links that are not site paths', () => {
    expect(() => splitInlineLinks('Xem [trang](https://example.org/).')).toThrow('Liên kết viết sai');
    expect(() => splitInlineLinks('Xem [trang](co-quan/).')).toThrow('Liên kết viết sai');
    expect(() => splitInlineLinks('Xem [trang](/co quan/).')).toThrow('Liên kết viết sai');
  });
});

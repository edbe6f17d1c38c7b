import {dFoldedWords} from '../foldD';

describe('dFoldedWords', () => {
  it('writes đ and Đ as d and D, keeping the other marks for Pagefind to fold', () => {
    expect(dFoldedWords('Đánh giá, xếp hạng; điện tử và Lê Đức Giang')).toEqual(['Dánh', 'điện'.replace('đ', 'd'), 'Đức'.replace('Đ', 'D')]);
  });
  it('ignores words without đ and repeats', () => {
    expect(dFoldedWords('Sở Công Thương đánh giá đánh giá')).toEqual(['dánh']);
  });
  it('handles decomposed (NFD) input', () => {
    expect(dFoldedWords('đa\u0301nh')).toEqual(['dánh']);
  });
  it('returns nothing for text without đ', () => {
    expect(dFoldedWords('nga son, Nga Sơn')).toEqual([]);
  });
});

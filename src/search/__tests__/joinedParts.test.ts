import {joinedParts} from '../joinedParts';

describe('joinedParts', () => {
  it('splits a document number into the parts a reader types: lower case, đ as d', () => {
    expect(joinedParts('Quyết định 1489/QĐ-TTg: đánh giá')).toEqual(['1489', 'qd', 'ttg']);
    expect(joinedParts('Kế hoạch 36/KH-UBND, Nghị quyết 1686/NQ-UBTVQH15')).toEqual(['36', 'kh', 'ubnd', '1686', 'nq', 'ubtvqh15']);
  });
  it('keeps the other diacritics, for Pagefind to fold', () => {
    expect(joinedParts('Hướng dẫn/Tài liệu')).toEqual(['dẫn', 'tài']);
  });
  it('ignores single words, punctuation after a word, one-character parts and repeats', () => {
    expect(joinedParts('Sở Công Thương: đánh giá, (xếp hạng) 3-5 sao; 148/QĐ-TTg và 1489/QĐ-TTg')).toEqual(['148', 'qd', 'ttg', '1489']);
  });
  it('handles decomposed (NFD) input', () => {
    expect(joinedParts('Tài/lie\u0323\u0302u')).toEqual(['tài', 'liệu']);
  });
});

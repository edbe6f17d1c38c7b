import {foldWord, queryMatcher, refineHighlights, refineResult, startAtWord} from '../excerpt';

describe('foldWord', () => {
  it('drops diacritics and case, writes đ as d, whatever the Unicode form', () => {
    expect(['Đánh', 'HOẠCH', 'ho\u0323'].map(foldWord)).toEqual(['danh', 'hoach', 'ho']);
  });
});

describe('queryMatcher', () => {
  it('matches words typed without diacritics to any syllable that reads the same', () => {
    const m = queryMatcher('ho tro danh');
    expect(['hỗ', 'Hộ', 'trợ', 'đánh', 'hoạch', 'trong', 'danhs'].map(m)).toEqual([true, true, true, true, false, false, false]);
  });
  it('matches words typed with diacritics to the same syllable only, in any case', () => {
    const m = queryMatcher('Hỗ trợ');
    expect(['hỗ', 'HỖ', 'hộ', 'ho', 'trợ', 'tro'].map(m)).toEqual([true, true, false, false, true, false]);
  });
});

describe('refineHighlights', () => {
  it('keeps marks on whole matching syllables only, without the punctuation around them', () => {
    const pagefind =
      'bảo <mark>hộ</mark> quyền. <mark>Hỗ</mark> <mark>trợ</mark> các <mark>chủ</mark> <mark>thể</mark> <mark>hoàn</mark> thiện <mark>hồ</mark> sơ <mark>chuẩn,</mark> <mark>theo</mark> <mark>(Hội</mark> <mark>chợ,</mark>';
    expect(refineHighlights(pagefind, 'ho tro chu the')).toBe(
      'bảo <mark>hộ</mark> quyền. <mark>Hỗ</mark> <mark>trợ</mark> các <mark>chủ</mark> <mark>thể</mark> hoàn thiện <mark>hồ</mark> sơ chuẩn, theo (Hội chợ,',
    );
    expect(refineHighlights('<mark>(Hội</mark> <mark>chợ,</mark> <mark>hỏi</mark>', 'hội chợ')).toBe('(<mark>Hội</mark> <mark>chợ</mark>, hỏi');
  });
  it('splits chunks Pagefind treated as one word and leaves HTML entities whole', () => {
    expect(refineHighlights('<mark>năm-tháng-ngày</mark> <mark>&quot;Kế</mark>', 'ngay ke')).toBe('năm-tháng-<mark>ngày</mark> &quot;<mark>Kế</mark>');
  });
  it('marks digits as whole numbers', () => {
    expect(refineHighlights('<mark>01/07/2025,</mark> <mark>20250</mark>', '2025')).toBe('01/07/<mark>2025</mark>, 20250');
  });
});

describe('startAtWord', () => {
  it('shows with "…" that an excerpt starts inside a sentence', () => {
    expect(startAtWord('bảo <mark>hộ</mark> quyền')).toBe('… bảo <mark>hộ</mark> quyền');
    expect(startAtWord('<mark>thương</mark> mại')).toBe('… <mark>thương</mark> mại');
  });
  it('drops punctuation left from the previous sentence', () => {
    expect(startAtWord('). Hội chợ')).toBe('Hội chợ');
    expect(startAtWord(', <mark>hội</mark> chợ')).toBe('… <mark>hội</mark> chợ');
  });
  it('leaves an excerpt that starts a sentence, a number or a quote as it is', () => {
    expect(['Sở Công Thương', '2.3. Xúc tiến', '“Lồng ghép”', '(Hội chợ'].map(startAtWord)).toEqual(['Sở Công Thương', '2.3. Xúc tiến', '“Lồng ghép”', '(Hội chợ']);
  });
});

describe('refineResult', () => {
  it('refines the excerpts of the page and of its sections and drops ranking-only meta fields', () => {
    const result = {url: '/a/', excerpt: '<mark>Theo</mark> <mark>thể</mark>', meta: {title: 'A', title_d: 'Dánh'}, sub_results: [{url: '/a/#b', excerpt: 'các <mark>chủ</mark>'}]};
    expect(refineResult(result, 'chu the', ['title_d'])).toEqual({
      url: '/a/',
      excerpt: 'Theo <mark>thể</mark>',
      meta: {title: 'A'},
      sub_results: [{url: '/a/#b', excerpt: '… các <mark>chủ</mark>'}],
    });
    expect(result.meta.title_d).toBe('Dánh');
  });
});

import {SLUG_MAX_LENGTH, removeDiacritics, slugify} from '../vietnamese';

describe('removeDiacritics', () => {
  it('removes every Vietnamese tone and vowel mark, keeping case', () => {
    expect(removeDiacritics('Ăn Â Ê Ô Ơ Ư ắ ằ ẳ ẵ ặ ấ ầ ẩ ẫ ậ ế ề ể ễ ệ ố ồ ổ ỗ ộ ớ ờ ở ỡ ợ ứ ừ ử ữ ự ý ỳ ỷ ỹ ỵ')).toBe(
      'An A E O O U a a a a a a a a a a e e e e e o o o o o o o o o o u u u u u y y y y y',
    );
  });

  it('maps đ and Đ to d and D (they have no Unicode decomposition)', () => {
    expect(removeDiacritics('Đồng đội Đắk')).toBe('Dong doi Dak');
  });

  it('handles text that is already decomposed (NFD)', () => {
    expect(removeDiacritics('Hóa'.normalize('NFD'))).toBe('Hoa');
  });
});

describe('slugify', () => {
  it('makes the example from the issue', () => {
    expect(slugify('Hội chợ OCOP Thanh Hóa 2025')).toBe('hoi-cho-ocop-thanh-hoa-2025');
  });

  it('folds đ to d', () => {
    expect(slugify('Đánh giá sản phẩm đợt 1')).toBe('danh-gia-san-pham-dot-1');
    expect(slugify('Quyết định 1489/QĐ-TTg')).toBe('quyet-dinh-1489-qd-ttg');
  });

  it('drops punctuation and collapses separators', () => {
    expect(slugify('  "Tập huấn" — cán bộ xã, phường (đợt 2)!!  ')).toBe('tap-huan-can-bo-xa-phuong-dot-2');
    expect(slugify('OCOP: 3★, 4★ & 5★… 100%?')).toBe('ocop-3-4-5-100');
    expect(slugify('Từ 01/07/2025')).toBe('tu-01-07-2025');
  });

  it('gives the same slug for NFC and NFD input', () => {
    const title = 'Chuyển đổi số trong Chương trình OCOP';
    expect(slugify(title.normalize('NFD'))).toBe(slugify(title.normalize('NFC')));
    expect(slugify(title)).toBe('chuyen-doi-so-trong-chuong-trinh-ocop');
  });

  it('returns "" when there is nothing to keep', () => {
    expect(slugify('!!! — ???')).toBe('');
    expect(slugify('')).toBe('');
  });

  it('caps very long titles at a word boundary', () => {
    const title =
      'Hội nghị tổng kết công tác đánh giá, phân hạng sản phẩm OCOP năm 2025 và triển khai nhiệm vụ năm 2026 trên địa bàn tỉnh Thanh Hóa';
    const slug = slugify(title);
    expect(slug).toBe('hoi-nghi-tong-ket-cong-tac-danh-gia-phan-hang-san-pham-ocop');
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
    expect(SLUG_MAX_LENGTH).toBe(60);
  });

  it('keeps a word that ends exactly at the cap', () => {
    expect(slugify('abcd efgh ijkl', 9)).toBe('abcd-efgh');
    expect(slugify('abcd efgh ijkl', 10)).toBe('abcd-efgh');
    expect(slugify('abcd efgh ijkl', 8)).toBe('abcd');
  });

  it('cuts a single over-long word hard', () => {
    expect(slugify('a'.repeat(80))).toBe('a'.repeat(60));
    expect(slugify('abcdefghij klm', 5)).toBe('abcde');
  });

  it('never ends with a hyphen', () => {
    for (let cap = 1; cap <= 30; cap++) {
      const slug = slugify('Hội chợ OCOP - Thanh Hóa - 2025 -- lần thứ nhất', cap);
      expect(slug).not.toMatch(/^-|-$/);
      expect(slug.length).toBeLessThanOrEqual(cap);
    }
  });

  it('only ever returns lower-case ASCII letters, digits and single hyphens', () => {
    const titles = ['Ưu tiên Sản phẩm Ổi Găng', 'Ñandú Ørsted café 2025', '中文 OCOP 漢字', 'A\u00A0B\tC\nD'];
    for (const t of titles) {
      expect(slugify(t)).toMatch(/^([a-z0-9]+(-[a-z0-9]+)*)?$/);
    }
    expect(slugify('Ưu tiên Sản phẩm Ổi Găng')).toBe('uu-tien-san-pham-oi-gang');
    expect(slugify('A\u00A0B\tC\nD')).toBe('a-b-c-d');
  });

  it('rejects a nonsensical cap', () => {
    expect(() => slugify('x', 0)).toThrow(RangeError);
  });
});

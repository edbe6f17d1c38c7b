import {linkLanguage} from '../linkLanguage';

describe('linkLanguage', () => {
  it('reads a language sub-domain', () => {
    expect(linkLanguage('https://en.example.vn/print/bai-viet.htm')).toBe('tiếng Anh');
  });
  it('reads a language as the first path segment', () => {
    expect(linkLanguage('https://www.example.vn/sv/bai-viet')).toBe('tiếng Thụy Điển');
    expect(linkLanguage('https://example.vn/ko/bai-viet')).toBe('tiếng Hàn');
    expect(linkLanguage('https://example.vn/pl/bai-viet')).toBe('tiếng Ba Lan');
  });
  it('says nothing for Vietnamese or unmarked addresses', () => {
    expect(linkLanguage('https://example.vn/vi/bai-viet')).toBeUndefined();
    expect(linkLanguage('https://example.vn/bai-viet/en/')).toBeUndefined();
    expect(linkLanguage('https://entry.example.vn/')).toBeUndefined();
    expect(linkLanguage('/ke-hoach/')).toBeUndefined();
    expect(linkLanguage('mailto:a@example.vn')).toBeUndefined();
  });
});

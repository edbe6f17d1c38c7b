import {TITLE_MAX, pageTitle} from '../pageTitle';

const site = {siteTitle: 'Trang mẫu 2025', titleDelimiter: '|'};

describe('pageTitle', () => {
  it('is the site name alone on the home page', () => {
    expect(pageTitle({...site})).toBe('Trang mẫu 2025');
    expect(pageTitle({...site, title: '  '})).toBe('Trang mẫu 2025');
    expect(pageTitle({...site, title: 'Trang mẫu 2025'})).toBe('Trang mẫu 2025');
  });
  it('adds the site name after the page title while the whole fits', () => {
    expect(pageTitle({...site, title: ' Kế hoạch '})).toBe('Kế hoạch | Trang mẫu 2025');
    const fits = 'a'.repeat(TITLE_MAX - ' | Trang mẫu 2025'.length);
    expect(pageTitle({...site, title: fits})).toBe(`${fits} | Trang mẫu 2025`);
    expect(pageTitle({...site, title: fits}).length).toBe(TITLE_MAX);
  });
  it('keeps only the page title when the whole would be longer', () => {
    const long = 'a'.repeat(TITLE_MAX - ' | Trang mẫu 2025'.length + 1);
    expect(pageTitle({...site, title: long})).toBe(long);
    expect(pageTitle({...site, title: 'Bán hàng'}, 20)).toBe('Bán hàng');
  });
});

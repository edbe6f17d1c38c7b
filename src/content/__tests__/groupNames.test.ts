import {findRetiredGroupNames, withoutQuotations} from '../groupNames';

describe('findRetiredGroupNames', () => {
  it('finds the old name in the site’s own words, any case', () => {
    const hits = findRetiredGroupNames('3. Thảo dược và sản phẩm từ thảo dược: mỹ phẩm.');
    expect(hits.map((h) => h.found)).toEqual(['Thảo dược', 'thảo dược']);
    expect(hits[0]!.use).toMatch(/dược liệu/);
    expect(hits[0]!.context).toContain('Thảo dược và sản phẩm');
  });

  it('skips quotations of the plan', () => {
    expect(findRetiredGroupNames('Sở Y tế hướng dẫn “các sản phẩm thuộc nhóm thảo dược; các sản phẩm thực phẩm” (mục IV.6, ý 1).')).toEqual([]);
    expect(findRetiredGroupNames('Kế hoạch gọi là “nhóm thảo dược”, còn nhóm thảo dược thì…').map((h) => h.found)).toEqual(['thảo dược']);
  });

  it('accepts the current name and other words', () => {
    expect(findRetiredGroupNames('Dược liệu và sản phẩm từ dược liệu; thuốc dược liệu; thảo dượcx')).toEqual([]);
  });

  it('matches decomposed Vietnamese (NFD) as well', () => {
    expect(findRetiredGroupNames('nhóm thảo dược'.normalize('NFD')).map((h) => h.found)).toEqual(['thảo dược']);
  });

  it('withoutQuotations keeps positions', () => {
    const s = 'a “b c” d';
    expect(withoutQuotations(s)).toBe('a       d');
    expect(withoutQuotations(s)).toHaveLength(s.length);
  });
});

import {AGENCIES} from '../agencies';
import {citeAnchor, findMentions, splitPlanSections} from '../planMentions';
import {realPartials} from './helpers';

describe('citeAnchor', () => {
  it('cites items and parts', () => {
    expect(citeAnchor('iv-3')).toBe('Mục IV.3');
    expect(citeAnchor('ii-2-4')).toBe('Mục II.2.4');
    expect(citeAnchor('iii')).toBe('Phần III');
    expect(citeAnchor('phu-luc')).toBe('Phụ lục');
  });
});

describe('splitPlanSections and findMentions on a fixture', () => {
  const sections = splitPlanSections([
    {file: '_mo-dau.md', text: 'Theo đề xuất của Văn phòng X.'},
    {file: '_phan-iii.md', text: '## III. KINH PHÍ {/* #iii */}\n\n<ItemAnchor id="iii-1" />1\\. Vốn của hợp tác xã.'},
    {file: '_ket-thuc.md', text: 'Phản ánh về Văn phòng X.\n\n**Nơi nhận:**\n- Văn phòng X;\n- Sở Y;'},
  ]);
  it('cuts at anchors (headings and item anchors) and at the recipients', () => {
    expect(sections.map((s) => [s.place.key, s.place.label, s.place.href, s.place.fullTextHref])).toEqual([
      ['mo-dau', 'Phần mở đầu', '/ke-hoach/toan-van/', '/ke-hoach/toan-van/'],
      ['iii', 'Phần III', '/ke-hoach/kinh-phi/#iii', '/ke-hoach/toan-van/#iii'],
      ['iii-1', 'Mục III.1', '/ke-hoach/kinh-phi/#iii-1', '/ke-hoach/toan-van/#iii-1'],
      ['ket-thuc', 'Đoạn kết', '/ke-hoach/toan-van/', '/ke-hoach/toan-van/'],
      ['noi-nhan', 'Nơi nhận', '/ke-hoach/toan-van/', '/ke-hoach/toan-van/'],
    ]);
  });
  it('finds each place once, case-insensitively', () => {
    expect(findMentions(sections, ['văn phòng x']).map((p) => p.key)).toEqual(['mo-dau', 'ket-thuc', 'noi-nhan']);
    expect(findMentions(sections, ['Hợp tác xã']).map((p) => p.key)).toEqual(['iii-1']);
    expect(findMentions(sections, ['Sở Z'])).toEqual([]);
  });
  it('refuses a file that is not a part of the plan', () => {
    expect(() => splitPlanSections([{file: '_khac.md', text: ''}])).toThrow('_khac.md');
  });
});

describe('mentions in the plan', () => {
  const sections = splitPlanSections(realPartials());
  const keys = (slug: string) => findMentions(sections, AGENCIES.find((a) => a.slug === slug)!.nameForms).map((p) => p.key);

  it('the NTM Coordination Office: preamble, its own item, items 2, 7, 10, 14, the closing paragraph and the recipients', () => {
    expect(keys('van-phong-dieu-phoi-ntm')).toEqual(['mo-dau', 'iv-1', 'iv-2', 'iv-7', 'iv-10', 'iv-14', 'ket-thuc', 'noi-nhan']);
  });
  it('other bodies', () => {
    expect(keys('so-tai-chinh')).toEqual(['iv-1', 'iv-2']);
    expect(keys('so-cong-thuong')).toEqual(['iv-3']);
    expect(keys('mat-tran-to-quoc-va-cac-to-chuc')).toEqual(['i-1', 'i-2', 'iv-11', 'noi-nhan']);
    expect(keys('ngan-hang-nha-nuoc')).toEqual(['iv-12', 'noi-nhan']);
    expect(keys('cac-so-nganh-khac')).toEqual(['i-1', 'i-2', 'iv-2', 'iv-9', 'iv-13', 'noi-nhan']);
    expect(keys('ubnd-cap-huyen')).toEqual(['i-2', 'iv-8', 'iv-14', 'noi-nhan']);
    expect(keys('to-chuc-kinh-te')).toEqual(['i-1', 'i-2', 'ii-2-2', 'iii-2', 'iv-8', 'iv-12', 'iv-14', 'iv-16']);
  });
  it('every body is named at least in its own item', () => {
    for (const a of AGENCIES) expect(keys(a.slug)).toContain(`iv-${a.item}`);
  });
});

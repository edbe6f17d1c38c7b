import {AGENCIES, roleFromText} from '../agencies';
import {NEEDS} from '../needs';
import {AgencyDataError, buildAgencyPages, checkClassification} from '../pages';
import {realItems, realPages, realPartials} from './helpers';

const pages = realPages();
const items = realItems();
const dutyText = new Map(items.flatMap((i) => i.duties.map((d) => [d.id, d.text])));

describe('buildAgencyPages', () => {
  it('one page per body, in plan order, with the plan’s duty text', () => {
    expect(pages.agencies).toHaveLength(16);
    pages.agencies.forEach((p, i) => {
      expect(p.agency.item).toBe(i + 1);
      expect(p.agency.path).toBe(`/co-quan/${AGENCIES[i]!.slug}/`);
      expect(p.duties.map((d) => d.text)).toEqual(items[i]!.duties.map((d) => d.text));
      expect(p.duties.map((d) => d.groups)).toEqual(AGENCIES[i]!.duties.map((c) => c.groups));
      // The role is read from the plan's words: "chủ trì" → chủ trì (also with "phối hợp"), else "phối hợp" → phối hợp, else none.
      expect(p.duties.map((d) => d.role)).toEqual(items[i]!.duties.map((d) => roleFromText(d.text)));
    });
    expect(pages.agencies[0]!.previous).toBeNull();
    expect(pages.agencies[1]!.previous).toEqual({path: '/co-quan/van-phong-dieu-phoi-ntm/', name: 'Văn phòng Điều phối NTM tỉnh'});
    expect(pages.agencies[15]!.next).toBeNull();
  });

  it('matrix cells equal the duty data', () => {
    for (const row of pages.index.matrix) {
      const page = pages.agencies.find((p) => p.agency.slug === row.agency.slug)!;
      for (const cell of row.cells) {
        const inGroup = page.duties.filter((d) => d.groups.includes(cell.group));
        expect(cell.duties).toEqual(inGroup.map((d) => d.id));
        const expected = inGroup.length === 0 ? null : inGroup.some((d) => d.role === 'chu-tri') ? 'chu-tri' : inGroup.some((d) => d.role === 'phoi-hop') ? 'phoi-hop' : 'giao';
        expect(cell.role).toBe(expected);
      }
      expect(row.generalDuties).toEqual(page.duties.filter((d) => d.groups.length === 0).map((d) => d.id));
    }
  });

  it('matrix, exact rows for a few bodies', () => {
    const row = (slug: string) => pages.index.matrix.find((r) => r.agency.slug === slug)!.cells.map((c) => c.role);
    // 2.1, 2.2, 2.3, 2.4, 2.5, III
    expect(row('so-cong-thuong')).toEqual([null, null, 'chu-tri', 'phoi-hop', null, null]);
    expect(row('so-tai-chinh')).toEqual([null, null, null, null, null, 'chu-tri']);
    expect(row('so-thong-tin-va-truyen-thong')).toEqual(['chu-tri', null, 'phoi-hop', null, 'phoi-hop', null]);
    expect(row('ubnd-cap-huyen')).toEqual(['giao', null, null, 'giao', null, 'giao']);
    expect(row('cac-so-nganh-khac')).toEqual([null, null, null, null, null, null]);
  });

  it('group pages hold exactly the duties of their group', () => {
    expect(pages.groups.map((g) => g.group.path)).toEqual([
      '/co-quan/nhom/tuyen-truyen/',
      '/co-quan/nhom/dao-tao/',
      '/co-quan/nhom/xuc-tien-thuong-mai/',
      '/co-quan/nhom/kiem-tra-danh-gia/',
      '/co-quan/nhom/khoa-hoc-cong-nghe/',
      '/co-quan/nhom/kinh-phi/',
    ]);
    for (const g of pages.groups) {
      const expected = pages.agencies.flatMap((p) => p.duties.filter((d) => d.groups.includes(g.group.id)).map((d) => d.id));
      expect(g.entries.flatMap((e) => e.duties.map((d) => d.id))).toEqual(expected);
    }
    expect(pages.groups[1]!.entries.map((e) => e.agency.slug)).toEqual(['so-lao-dong-thuong-binh-va-xa-hoi']);
  });

  it('each need quotes the plan’s text of the duties it cites', () => {
    expect(pages.needs.needs.map((n) => n.id)).toEqual(NEEDS.map((n) => n.id));
    for (const need of pages.needs.needs) {
      expect(need.entries.map((e) => e.duty.id)).toEqual(NEEDS.find((n) => n.id === need.id)!.duties);
      for (const {agency, duty} of need.entries) {
        expect(duty.text).toBe(dutyText.get(duty.id));
        expect(duty.id.startsWith(`${agency.anchor}-`)).toBe(true);
      }
    }
    const food = pages.needs.needs.find((n) => n.id === 'an-toan-thuc-pham')!;
    expect(food.entries[0]!.agency.slug).toBe('so-y-te');
    expect(food.entries[0]!.duty.text).toContain('an toàn thực phẩm và đăng ký công bố chất lượng sản phẩm');
  });

  it('body pages list the needs that cite them', () => {
    expect(pages.agencies.find((p) => p.agency.slug === 'ngan-hang-nha-nuoc')!.needs.map((n) => n.id)).toEqual(['vay-von']);
    expect(pages.agencies.find((p) => p.agency.slug === 'cac-so-nganh-khac')!.needs).toEqual([]);
  });

  it('stops the build, in Vietnamese, when the classification no longer matches the plan', () => {
    const shorter = AGENCIES.map((a) => (a.item === 3 ? {...a, duties: a.duties.slice(1)} : a));
    expect(checkClassification(items, shorter)).toEqual(['Mục IV.3 có 4 ý trong Kế hoạch, agencies.ts phân loại 3 ý.']);
    expect(() => buildAgencyPages(items, realPartials(), shorter)).toThrow(AgencyDataError);
    expect(checkClassification(items.slice(0, 15), AGENCIES)).toEqual(['Phần IV có 15 mục, agencies.ts có 16 cơ quan.']);
  });
});

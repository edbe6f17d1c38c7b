/** The editorial classification (agencies.ts) against the plan's own words. */
import {AGENCIES, GROUP_KEYWORDS, TASK_GROUPS, roleFromText, type TaskGroup} from '../agencies';
import {realItems} from './helpers';

const items = realItems();
const ORDER = TASK_GROUPS.map((g) => g.id);
const rows = AGENCIES.flatMap((a) => {
  const item = items.find((i) => i.number === a.item)!;
  return a.duties.map((c, i) => ({id: `iv-${a.item}-${i + 1}`, c, text: item.duties[i]?.text ?? ''}));
});

describe('AGENCIES', () => {
  it('has one entry per item 1–16 with the given slugs', () => {
    expect(AGENCIES.map((a) => a.item)).toEqual(items.map((i) => i.number));
    expect(AGENCIES.map((a) => a.slug)).toEqual([
      'van-phong-dieu-phoi-ntm',
      'so-tai-chinh',
      'so-cong-thuong',
      'so-nong-nghiep-va-ptnt',
      'so-khoa-hoc-va-cong-nghe',
      'so-y-te',
      'so-van-hoa-the-thao-va-du-lich',
      'so-lao-dong-thuong-binh-va-xa-hoi',
      'so-tai-nguyen-va-moi-truong',
      'so-thong-tin-va-truyen-thong',
      'mat-tran-to-quoc-va-cac-to-chuc',
      'ngan-hang-nha-nuoc',
      'cac-so-nganh-khac',
      'ubnd-cap-huyen',
      'dai-phat-thanh-truyen-hinh-bao-thanh-hoa',
      'to-chuc-kinh-te',
    ]);
    for (const a of AGENCIES) expect(a.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it.each(AGENCIES.map((a) => [a.item, a] as const))('item %i classifies as many duties as the plan has bullets', (n, a) => {
    expect(a.duties).toHaveLength(items.find((i) => i.number === n)!.duties.length);
  });


  it('roleFromText', () => {
    expect(roleFromText('Chủ trì, phối hợp với Văn phòng')).toBe('chu-tri');
    expect(roleFromText('Phối hợp với các sở')).toBe('phoi-hop');
    expect(roleFromText('… phối hợp quảng bá …')).toBe('phoi-hop');
    expect(roleFromText('Chủ động thực hiện')).toBeNull();
  });

  it('a task group only where the duty has one of the group’s words', () => {
    for (const {id, c, text} of rows) {
      const lower = text.toLocaleLowerCase('vi');
      for (const g of c.groups) expect([id, g, GROUP_KEYWORDS[g].some((k) => lower.includes(k))]).toEqual([id, g, true]);
    }
  });

  it('groups are listed once each, in plan order', () => {
    for (const {id, c} of rows) {
      const sorted = [...c.groups].sort((a: TaskGroup, b: TaskGroup) => ORDER.indexOf(a) - ORDER.indexOf(b));
      expect([id, c.groups]).toEqual([id, [...new Set(sorted)]]);
    }
  });

  it('every task group has at least one body leading it or taking part', () => {
    for (const g of ORDER) expect(rows.some((r) => r.c.groups.includes(g))).toBe(true);
  });

  it('name forms are found in the plan’s own heading of the item, except the generic ones', () => {
    for (const a of AGENCIES) {
      const heading = items.find((i) => i.number === a.item)!.heading.toLocaleLowerCase('vi');
      expect([a.item, a.nameForms.some((f) => heading.includes(f.toLocaleLowerCase('vi')))]).toEqual([a.item, true]);
    }
  });

  it('members of a grouped item are named in the plan’s own heading of the item', () => {
    for (const a of AGENCIES) {
      const heading = items.find((i) => i.number === a.item)!.heading;
      for (const m of a.members ?? []) expect([a.item, m, heading.includes(m)]).toEqual([a.item, m, true]);
    }
  });

  it('the State Bank branch (item 12) is filed as the branch of a central body, not as a provincial body', () => {
    expect(AGENCIES.find((a) => a.item === 12)!.kind).toBe('chi-nhanh-trung-uong');
  });

  it('related pages (filled in as OCOP cycle steps and lessons land) point inside the site', () => {
    for (const a of AGENCIES) for (const r of a.related) expect(r.to).toMatch(/^\/(chu-trinh-ocop|dao-tao)\/[^\s]*$/);
  });
});

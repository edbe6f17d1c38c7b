/**
 * Build test for Plan 36: the structure of the published text, on the full
 * text page and the part pages, and the separation of official text from
 * editorial notes.
 */
import fs from 'node:fs';
import path from 'node:path';
import {load, type CheerioAPI} from 'cheerio';
import {PLAN_TOTALS} from '../../datasets/plan36';

const BUILD = path.resolve(__dirname, '../../../build');
const page = (route: string): CheerioAPI => load(fs.readFileSync(path.join(BUILD, route, 'index.html'), 'utf8'));
const text = (s: string) => s.replace(/\s+/g, ' ').trim();

const PART_IV_TITLES = [
  '1. Văn phòng Điều phối xây dựng NTM tỉnh',
  '2. Sở Tài chính:',
  '3. Sở Công Thương',
  '4. Sở Nông nghiệp và PTNT',
  '5. Sở Khoa học và Công nghệ',
  '6. Sở Y tế',
  '7. Sở Văn hóa, Thể thao và Du lịch',
  '8. Sở Lao động, Thương binh và Xã hội',
  '9. Sở Tài nguyên và Môi trường',
  '10. Sở Thông tin và Truyền thông',
  '11. Đề nghị Ủy ban MTTQ tỉnh và các tổ chức đoàn thể chính trị - xã hội; Liên đoàn Thương mại và Công nghiệp Việt Nam Chi nhánh Thanh Hóa – Ninh Bình, Hiệp hội Doanh nghiệp tỉnh:',
  '12. Ngân hàng Nhà nước chi nhánh tỉnh Thanh Hóa:',
  '13. Các sở, ban, ngành, đơn vị liên quan:',
  '14. UBND các huyện, thị xã, thành phố',
  '15. Đài Phát thanh và Truyền hình tỉnh, Báo Thanh Hóa:',
  '16. Các tổ chức kinh tế (Hợp tác xã, Tổ hợp tác, Doanh nghiệp nhỏ và vừa, hộ kinh doanh)',
];

const headingText = ($: CheerioAPI, id: string) => text($(`[id="${id}"]`).first().clone().children('a.hash-link').remove().end().text());

describe.each(['ke-hoach/toan-van', 'ke-hoach/to-chuc-thuc-hien'])('part IV on /%s/', (route) => {
  const $ = page(route);
  it.each(PART_IV_TITLES.map((t, i) => [i + 1, t] as const))('item %i is titled "%s"', (n, title) => {
    expect(headingText($, `iv-${n}`)).toBe(title);
  });
});

describe('the full text', () => {
  const $ = page('ke-hoach/toan-van');
  const official = $('[data-official-text]');

  it('is one official-text block holding every numbered item', () => {
    expect(official).toHaveLength(1);
    const ids = official.find('[id]').map((_i, el) => $(el).attr('id')).get();
    const expected = ['i', 'i-1', 'i-2', 'ii', 'ii-1', 'ii-2', 'ii-2-1', 'ii-2-2', 'ii-2-3', 'ii-2-4', 'ii-2-5', 'iii', 'iii-1', 'iii-2', 'iv', ...PART_IV_TITLES.map((_t, i) => `iv-${i + 1}`), 'phu-luc'];
    expect(ids.filter((id) => expected.includes(id))).toEqual(expected);
  });

  it('has the five task groups 2.1–2.5 with their headings', () => {
    expect(headingText($, 'ii-2-1')).toMatch(/^2\.1\. Tiếp tục tăng cường thực hiện công tác tuyên truyền/);
    expect(headingText($, 'ii-2-2')).toMatch(/^2\.2\. Tổ chức đào tạo, tập huấn/);
    expect(headingText($, 'ii-2-3')).toBe('2.3. Xúc tiến thương mại');
    expect(headingText($, 'ii-2-4')).toMatch(/^2\.4\. Kiểm tra, giám sát, hướng dẫn phát triển sản phẩm OCOP/);
    expect(headingText($, 'ii-2-5')).toMatch(/^2\.5\. Nghiên cứu, ứng dụng khoa học và công nghệ/);
  });

  it('carries the header, the target, the signature and the recipients', () => {
    const t = text(official.text());
    expect(t).toContain('Số: 36/KH-UBND');
    expect(t).toContain('Thanh Hóa, ngày 24 tháng 02 năm 2025');
    expect(t).toContain('Thực hiện Chương trình mỗi xã một sản phẩm (OCOP) năm 2025, tỉnh Thanh Hóa');
    expect(t).toContain('Phấn đấu năm 2025, toàn tỉnh có thêm 160 sản phẩm OCOP (trong đó, có 03 sản phẩm OCOP 5 sao, 20 sản phẩm OCOP 4 sao, 137 sản phẩm OCOP 3 sao).');
    expect(t).toMatch(/KT\. CHỦ TỊCH\s*PHÓ CHỦ TỊCH\s*Lê Đức Giang/);
    expect(t).toContain('Nơi nhận:');
    expect(t).toContain('Lưu: VT, NN.');
  });

  it('is Unicode NFC', () => {
    const t = official.text();
    expect(t.normalize('NFC')).toBe(t);
  });

  it('contains no editorial note', () => {
    expect(official.find('.editorial-note, aside')).toHaveLength(0);
    expect(official.text()).not.toMatch(/ban biên tập|Ghi chú/i);
  });

  it('has a print button', () => {
    // Rendered after hydration; the static page tells the reader how to print instead.
    expect(fs.readFileSync(path.join(BUILD, 'ke-hoach/toan-van/index.html'), 'utf8')).toContain('plan-fulltext-intro');
  });
});

describe('the appendix table', () => {
  const $ = page('ke-hoach/phu-luc');
  const rows = $('[data-official-text] table tbody tr')
    .map((_i, tr) => [$(tr).find('th, td').map((_j, c) => text($(c).text())).get()])
    .get() as string[][];
  const num = (s: string | undefined) => (s ? Number(s.replace(/\./g, '')) : 0);

  it('has the totals row and 26 units', () => {
    expect(rows).toHaveLength(27);
    expect(rows[0]?.[1]).toBe('Tổng');
    expect(rows.slice(1).map((r) => r[0])).toEqual(Array.from({length: 26}, (_v, i) => String(i + 1)));
  });

  it("adds up: each row's stars to its total, the columns to the plan's totals", () => {
    const units = rows.slice(1);
    for (const r of units) expect(num(r[3]) + num(r[4]) + num(r[5])).toBe(num(r[2]));
    const sum = (col: number) => units.reduce((acc, r) => acc + num(r[col]), 0);
    expect([sum(2), sum(3), sum(4), sum(5)]).toEqual([PLAN_TOTALS.tong, PLAN_TOTALS.sao_5, PLAN_TOTALS.sao_4, PLAN_TOTALS.sao_3]);
    expect(rows[0]?.slice(2).map(num)).toEqual([160, 3, 20, 137]);
  });

  it('keeps Nga Sơn and Hoằng Hóa as the plan writes them', () => {
    expect(rows.find((r) => r[1] === 'Huyện Nga Sơn')?.slice(2)).toEqual(['8', '2', '2', '4']);
    expect(rows.find((r) => r[1] === 'Huyện Hoằng Hóa')?.slice(2)).toEqual(['9', '1', '1', '7']);
  });
});

describe('the overview page', () => {
  const $ = page('ke-hoach');
  it('gives the document metadata', () => {
    const meta = text($('dl.plan-meta').text());
    for (const s of ['36/KH-UBND', '24/02/2025', 'Ủy ban nhân dân tỉnh Thanh Hóa', 'Lê Đức Giang']) expect(meta).toContain(s);
    const bases = $('main li').map((_i, li) => text($(li).text())).get();
    expect(bases.some((b) => b.startsWith('Kế hoạch số 268/KH-UBND ngày 08/12/2021'))).toBe(true);
    expect(bases.some((b) => b.startsWith('Kế hoạch số 23/KH-UBND ngày 11/02/2025'))).toBe(true);
    expect(bases.some((b) => b.startsWith('Tờ trình số 96/TTr-VPĐP ngày 18/02/2025'))).toBe(true);
  });
  it('labels the summary as not official and the context notes with sources', () => {
    expect(text($('.editorial-summary').text())).toContain('không phải văn bản chính thức');
    const notes = $('.editorial-note').not('.editorial-summary');
    expect(notes.length).toBeGreaterThanOrEqual(3);
    notes.each((_i, n) => {
      expect($(n).text()).toContain('không thuộc văn bản Kế hoạch');
      expect($(n).find('a[href^="https://"]').length).toBeGreaterThan(0);
    });
  });
});

describe.each(['muc-dich-yeu-cau', 'noi-dung', 'kinh-phi', 'to-chuc-thuc-hien', 'phu-luc'])('part page /ke-hoach/%s/', (slug) => {
  const $ = page(`ke-hoach/${slug}`);
  it('keeps editorial notes outside the official text', () => {
    expect($('[data-official-text]')).toHaveLength(1);
    expect($('[data-official-text] .editorial-note')).toHaveLength(0);
  });
});

describe('cross-links', () => {
  it('part II links the targets page and the OCOP cycle', () => {
    const $ = page('ke-hoach/noi-dung');
    expect($('a[href="/chi-tieu/"]').length).toBeGreaterThan(0);
    expect($('a[href="/chu-trinh-ocop/"]').length).toBeGreaterThan(0);
  });
});

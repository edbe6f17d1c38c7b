import {latestTotal, validateOcopTotals} from '../ocopTotals';
import {TOTALS_FIXTURE_DIR, lines, readData, readFixture} from './helpers';

const HEADER = 'ngay,tong,sao_5,sao_4,sao_3,nguon,ghi_chu';
const check = (row: string) => lines(validateOcopTotals(`${HEADER}\n${row}\n`).problems);

describe('data/ocop-totals.csv (any valid content)', () => {
  const r = validateOcopTotals(readData('ocop-totals.csv'));
  it('is valid, and every row has a source', () => {
    expect(r.problems).toEqual([]);
    expect(r.rows.length).toBeGreaterThan(0);
    for (const row of r.rows) expect(row.nguon).toMatch(/^https?:\/\//);
  });
});

describe('ocop-totals.csv before the dated sources of 30/11/2026 (fixture)', () => {
  const r = validateOcopTotals(readFixture('ocop-totals.csv', TOTALS_FIXTURE_DIR));
  it('is valid and holds the cited §2.1 points, without the undated 346', () => {
    expect(r.problems).toEqual([]);
    expect(r.rows.map((x) => `${x.ngay} ${x.tong.lowerBound ? '>' : ''}${x.tong.value}`)).toEqual([
      '2020-12-31 69',
      '2021-08-15 120',
      '2022-01-31 158',
      '2023-11-30 436',
      '2024-07-15 517',
      '2025-01-29 606',
      '2025-02-06 573',
      '2025-02-10 >600',
      '2025-10-31 661',
    ]);
    expect(r.rows.some((x) => x.tong.value === 346)).toBe(false);
  });
  it('the conflicting early-2025 rows have notes', () => {
    for (const row of r.rows.filter((x) => x.ngay.startsWith('2025-0'))) expect(row.ghi_chu).toMatch(/[Mm]âu thuẫn/);
  });
  it('keeps blank star splits blank', () => {
    expect(r.rows[0]).toMatchObject({sao_5: null, sao_4: {value: 17, lowerBound: false}, sao_3: null});
  });
});

describe('ocop-totals.csv problems', () => {
  it('stars that do not add up', () => {
    expect(check('2025-02-06,573,2,57,500,https://example.org/a,')).toEqual([
      'ocop-totals.csv:2: cột "tong": tổng các hạng sao không khớp: 2 + 57 + 500 = 559, nhưng cột "tong" ghi 573. Hãy ghi đúng số của nguồn; nếu nguồn không chia hạng sao, để trống các cột sao.',
    ]);
  });
  it('does not add up lower bounds', () => {
    expect(check('2025-02-10,>600,2,>60,500,https://example.org/a,')).toEqual([]);
  });
  it('blank or malformed totals and dates', () => {
    expect(check(',,,,,https://example.org/a,')).toEqual([
      'ocop-totals.csv:2: cột "ngay": ô trống. Hãy ghi ngày theo dạng năm-tháng-ngày (YYYY-MM-DD), ví dụ 2025-03-15.',
      'ocop-totals.csv:2: cột "tong": ô trống. Hãy ghi số nguyên không âm, ví dụ 573, hoặc >600 nếu nguồn chỉ ghi "hơn 600".',
    ]);
    expect(check('2025-02-10,hơn 600,,,,https://example.org/a,')[0]).toBe(
      'ocop-totals.csv:2: cột "tong": giá trị "hơn 600" không phải là số. Hãy ghi số nguyên không âm, ví dụ 573, hoặc >600 nếu nguồn chỉ ghi "hơn 600".',
    );
  });
  it('a broken link', () => {
    expect(check('2025-02-06,573,,,,https://,')).toEqual([
      'ocop-totals.csv:2: cột "nguon": đường dẫn "https://" không hợp lệ. Hãy chép lại đầy đủ địa chỉ, bắt đầu bằng https://.',
    ]);
  });
});

describe('a doubted figure (column trang_thai)', () => {
  const WITH_STATUS = `${HEADER},trang_thai`;
  const file = (...rows: string[]) => `${WITH_STATUS}\n${rows.join('\n')}\n`;
  const r = validateOcopTotals(
    file(
      '2025-07-09,645,2,59,,https://example.org/a,,',
      '2025-11-27,661,2,59,600,https://example.org/b,,',
      '2025-12-07,598,,,,https://example.org/c,Mâu thuẫn với 661 ngày 27/11/2025.,nghi-van',
    ),
  );
  it('is read, kept and flagged', () => {
    expect(r.problems).toEqual([]);
    expect(r.rows.map((x) => [x.tong.value, x.doubted])).toEqual([
      [645, false],
      [661, false],
      [598, true],
    ]);
  });
  it('is never the latest figure', () => {
    expect(latestTotal(r.rows)?.tong.value).toBe(661);
    expect(latestTotal(r.rows.filter((x) => x.doubted))).toBeNull();
    expect(latestTotal([])).toBeNull();
  });
  it('needs a note, and the flag has one value', () => {
    expect(lines(validateOcopTotals(file('2025-12-07,598,,,,https://example.org/c,,nghi-van')).problems)).toEqual([
      'ocop-totals.csv:2: cột "ghi_chu": ô trống, trong khi cột "trang_thai" ghi nghi-van. Hãy ghi vì sao số liệu bị nghi vấn (ví dụ: mâu thuẫn với số của nguồn nào, ngày nào).',
    ]);
    expect(lines(validateOcopTotals(file('2025-12-07,598,,,,https://example.org/c,Lý do.,nghi vấn')).problems)).toEqual([
      'ocop-totals.csv:2: cột "trang_thai": "nghi vấn" không phải giá trị được dùng. Hãy để trống (số liệu bình thường) hoặc ghi nghi-van (số liệu bị nghi vấn, giải thích ở cột ghi_chu).',
    ]);
  });
  it('latest by date, then by line, whatever the file order', () => {
    const rows = validateOcopTotals(file('2025-11-27,661,,,,https://example.org/b,,', '2025-07-09,645,,,,https://example.org/a,,')).rows;
    expect(latestTotal(rows)?.ngay).toBe('2025-11-27');
  });
});

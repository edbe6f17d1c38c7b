/** The status line: year over or not, the latest total the site stands by, the report search. */
import {validateOcopTotals} from '../../datasets/ocopTotals';
import {planStatus} from '../status';
import {planStatusText} from '../statusText';

const TOTALS = validateOcopTotals(
  [
    'ngay,tong,sao_5,sao_4,sao_3,nguon,ghi_chu,trang_thai',
    '2025-07-09,645,2,59,,https://example.org/645,,',
    '2025-11-27,661,2,59,600,https://example.org/661,,',
    '2025-12-07,598,,,,https://example.org/598,Mâu thuẫn với 661.,nghi-van',
  ].join('\n'),
).rows;
const NOT_FOUND = {found: null, lastSearched: '2026-11-30'};

describe('planStatus', () => {
  it('after the plan year: ended, the latest figure that is not doubted, no report found', () => {
    const s = planStatus({builtOn: '2026-11-30', planYear: 2025, totals: TOTALS, report: NOT_FOUND});
    expect(s).toEqual({
      builtOn: '2026-11-30',
      planYear: 2025,
      yearEnded: true,
      latest: {date: '2025-11-27', total: '661', href: 'https://example.org/661'},
      report: NOT_FOUND,
    });
    expect(planStatusText(s)).toEqual({
      lead: 'Tình hình đến ngày 30/11/2026 (ngày cập nhật trang):',
      year: 'Năm 2025, năm thực hiện Kế hoạch, đã kết thúc.',
      total: {
        before: 'Tổng số sản phẩm OCOP của tỉnh theo số liệu công bố mới nhất mà trang này ghi được: 661 sản phẩm, tính đến 27/11/2025 (',
        linkText: 'nguồn',
        language: undefined,
        after: '). Đây là số lũy kế, gồm cả sản phẩm có từ trước năm 2025, không phải số sản phẩm mới của năm.',
      },
      report: {text: 'Chưa tìm thấy báo cáo chính thức nào về kết quả thực hiện chỉ tiêu năm 2025 (lần tìm gần nhất: 30/11/2026).'},
    });
  });
  it('during the plan year: running, and no report sentence yet', () => {
    const s = planStatus({builtOn: '2025-12-31', planYear: 2025, totals: TOTALS.slice(0, 1), report: NOT_FOUND});
    expect(s.yearEnded).toBe(false);
    const t = planStatusText(s);
    expect(t.year).toBe('Kế hoạch đang được thực hiện trong năm 2025.');
    expect(t.report).toBeNull();
    expect('before' in t.total && t.total.before).toContain('645 sản phẩm, tính đến 09/07/2025');
  });
  it('no total recorded; a report found', () => {
    const found = {href: 'https://example.org/bc', label: 'Báo cáo kết quả thực hiện Chương trình OCOP năm 2025', date: '15/01/2026'};
    const t = planStatusText(planStatus({builtOn: '2026-02-01', planYear: 2025, totals: [], report: {found, lastSearched: '2026-02-01'}}));
    expect(t.total).toEqual({text: 'Trang này chưa ghi được tổng số sản phẩm OCOP nào của tỉnh.'});
    expect(t.report).toEqual({
      text: 'Báo cáo chính thức về kết quả thực hiện chỉ tiêu năm 2025:',
      link: {href: 'https://example.org/bc', text: 'Báo cáo kết quả thực hiện Chương trình OCOP năm 2025 (15/01/2026)'},
    });
  });
  it('says the language of a translated source', () => {
    const rows = validateOcopTotals('ngay,tong,sao_5,sao_4,sao_3,nguon,ghi_chu\n2025-11-27,661,,,,https://www.vietnam.vn/en/bai,\n').rows;
    const t = planStatusText(planStatus({builtOn: '2026-01-01', planYear: 2025, totals: rows, report: NOT_FOUND}));
    expect('language' in t.total && t.total.language).toBe('tiếng Anh');
  });
  it('a lower bound reads "hơn"', () => {
    const rows = validateOcopTotals('ngay,tong,sao_5,sao_4,sao_3,nguon,ghi_chu\n2025-02-10,>600,,,,https://example.org/a,\n').rows;
    expect(planStatus({builtOn: '2026-01-01', planYear: 2025, totals: rows, report: NOT_FOUND}).latest?.total).toBe('hơn 600');
  });
});

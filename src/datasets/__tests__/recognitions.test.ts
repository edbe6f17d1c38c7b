import {validateRecognitions} from '../recognitions';
import {validateTargets} from '../targets';
import {GOOD_RECOGNITION, RECOGNITIONS_HEADER, lines, readData, readFixture} from './helpers';

const codes = validateTargets(readData('targets.csv')).unitCodes;
const withRow = (row: string) => `${RECOGNITIONS_HEADER}\n${GOOD_RECOGNITION}\n${row}\n`;
/** Problems of a second row (a different product unless `same`). */
const check = (row: string, same = false) =>
  lines(validateRecognitions(withRow(same ? row : row.replace('Sản phẩm thử,', 'Sản phẩm thử khác,')), codes).problems);

describe('recognitions.csv', () => {
  it('the published file is valid and starts with the documented header', () => {
    expect(readData('recognitions.csv').replace(/^\uFEFF/, '').split(/\r?\n/)[0]).toMatch(new RegExp(`^${RECOGNITIONS_HEADER}(,dia_ban)?$`));
    expect(validateRecognitions(readData('recognitions.csv'), codes).problems).toEqual([]);
  });
  it('reads the fixture, keeping markup in cells as plain text', () => {
    const r = validateRecognitions(readFixture('recognitions.csv'), codes);
    expect(r.problems).toEqual([]);
    expect(r.rows).toHaveLength(7);
    expect(r.rows[3]).toMatchObject({ma_don_vi: 'hoang-hoa', san_pham: "<script>alert('x')</script> (dữ liệu giả)", chu_the: 'Chủ thể thử 3, <img src=x onerror=alert(1)>', sao: 5});
  });
  it('unknown ma_don_vi, with the closest known code', () => {
    expect(check(GOOD_RECOGNITION.replace('nga-son', 'nga-sonn'))).toEqual([
      'recognitions.csv:3: cột "ma_don_vi": mã "nga-sonn" không có trong targets.csv. Có phải là "nga-son"? Hãy dùng đúng mã trong cột ma_don_vi của targets.csv.',
    ]);
    expect(check(GOOD_RECOGNITION.replace('nga-son', 'Hoằng Hóa'))[0]).toContain('Có phải là "hoang-hoa"?');
  });
  it('a date written day/month/year, with the ISO form', () => {
    expect(check(GOOD_RECOGNITION.replace('2025-04-10', '31/12/2025'))).toEqual([
      'recognitions.csv:3: cột "ngay": ngày "31/12/2025" viết theo kiểu ngày/tháng/năm. Hãy viết theo dạng năm-tháng-ngày (YYYY-MM-DD), tức là 2025-12-31. Nếu bảng tính tự đổi dạng ngày, hãy định dạng cột này là văn bản (Text).',
    ]);
  });
  it('dates that do not exist or are not dates', () => {
    expect(check(GOOD_RECOGNITION.replace('2025-04-10', '2025-02-30'))).toEqual([
      'recognitions.csv:3: cột "ngay": ngày "2025-02-30" không có thật trong lịch. Hãy kiểm tra lại tháng và ngày (YYYY-MM-DD).',
    ]);
    expect(check(GOOD_RECOGNITION.replace('2025-04-10', '45757'))).toEqual([
      'recognitions.csv:3: cột "ngay": giá trị "45757" không phải ngày hợp lệ. Hãy viết theo dạng năm-tháng-ngày (YYYY-MM-DD), ví dụ 2025-03-15.',
    ]);
  });
  it('a date outside the plan year', () => {
    expect(check(GOOD_RECOGNITION.replace('2025-04-10', '2024-12-31'))).toEqual([
      'recognitions.csv:3: cột "ngay": ngày "2024-12-31" không thuộc năm 2025. Tệp này chỉ ghi sản phẩm được công nhận trong năm 2025 theo Kế hoạch 36/KH-UBND.',
    ]);
  });
  it('sao outside 3–5', () => {
    for (const bad of ['2', '6']) {
      expect(check(GOOD_RECOGNITION.replace(',3,moi', `,${bad},moi`))).toEqual([
        `recognitions.csv:3: cột "sao": giá trị "${bad}" không hợp lệ. Chỉ sản phẩm 3, 4 hoặc 5 sao là sản phẩm OCOP; hãy ghi 3, 4 hoặc 5.`,
      ]);
    }
    expect(check(GOOD_RECOGNITION.replace(',3,moi', ',3.5,moi'))[0]).toContain('không phải số nguyên');
  });
  it('unknown nhom, suggesting the code (also from the Vietnamese name)', () => {
    expect(check(GOOD_RECOGNITION.replace('thuc-pham', 'Thực phẩm'))).toEqual([
      'recognitions.csv:3: cột "nhom": giá trị "Thực phẩm" không hợp lệ. Có phải là "thuc-pham"? Chỉ dùng một trong các giá trị: "thuc-pham", "do-uong", "duoc-lieu", "thu-cong-my-nghe", "sinh-vat-canh", "du-lich".',
    ]);
    expect(check(GOOD_RECOGNITION.replace('thuc-pham', 'nong-san'))[0]).toMatch(/giá trị "nong-san" không hợp lệ\. Chỉ dùng/);
  });
  it('unknown loai', () => {
    expect(check(GOOD_RECOGNITION.replace(',moi,', ',mới,'))).toEqual([
      'recognitions.csv:3: cột "loai": giá trị "mới" không hợp lệ. Có phải là "moi"? Chỉ dùng một trong các giá trị: "moi", "cong-nhan-lai".',
    ]);
    expect(check(GOOD_RECOGNITION.replace(',moi,', ',công nhận lại,'))[0]).toContain('Có phải là "cong-nhan-lai"?');
  });
  it('a decision number without Đ', () => {
    expect(check(GOOD_RECOGNITION.replace('9001/QĐ-KIEMTHU', '1234/QD-UBND'))).toEqual([
      'recognitions.csv:3: cột "so_quyet_dinh": "1234/QD-UBND" không đúng dạng số/QĐ-cơ quan. Có phải là "1234/QĐ-UBND"? Ví dụ: 1234/QĐ-UBND.',
    ]);
  });
  it('blank required cells', () => {
    expect(check(GOOD_RECOGNITION.replace(',Dữ liệu giả', ','))).toEqual([
      'recognitions.csv:3: cột "nguon": ô trống. Hãy ghi đường dẫn tới quyết định hoặc bài báo, hoặc tên văn bản làm nguồn.',
    ]);
  });
  it('a row without a unit: rejected, saying where to find it (never guessed)', () => {
    expect(check(GOOD_RECOGNITION.replace(',nga-son,', ',,'))).toEqual([
      expect.stringMatching(/^recognitions\.csv:3: cột "ma_don_vi": ô trống\. .*địa chỉ của chủ thể trong quyết định.*Nghị quyết 1686\/NQ-UBTVQH15\. Không đoán/),
    ]);
  });
  it('dia_ban: an optional last column, read as written; the file without it stays valid', () => {
    const withPlace = `${RECOGNITIONS_HEADER},dia_ban\n${GOOD_RECOGNITION},phường Hải Lĩnh\n${GOOD_RECOGNITION.replace('Sản phẩm thử,', 'Sản phẩm khác,')},\n`;
    const r = validateRecognitions(withPlace, codes);
    expect(r.problems).toEqual([]);
    expect(r.rows.map((x) => x.dia_ban)).toEqual(['phường Hải Lĩnh', '']);
    expect(validateRecognitions(`${RECOGNITIONS_HEADER}\n${GOOD_RECOGNITION}\n`, codes).rows[0]!.dia_ban).toBe('');
  });
  it('dia_ban anywhere but last: the columns are out of order', () => {
    const header = RECOGNITIONS_HEADER.replace('ngay,', 'ngay,dia_ban,');
    expect(lines(validateRecognitions(`${header}\n`, codes).problems)).toEqual([
      'recognitions.csv:1: các cột đúng tên nhưng sai thứ tự. Hãy sắp xếp lại theo đúng mẫu: ngay,so_quyet_dinh,ma_don_vi,san_pham,chu_the,nhom,sao,loai,nguon (có thể thêm cột dia_ban ở cuối)',
    ]);
  });
  it('the same product twice', () => {
    expect(check(GOOD_RECOGNITION, true)).toEqual([
      'recognitions.csv:3: sản phẩm "Sản phẩm thử" của "Chủ thể thử" theo quyết định 9001/QĐ-KIEMTHU đã có ở dòng 2. Hãy xóa dòng trùng để không tính hai lần.',
    ]);
  });
  it('skips unit checks when targets.csv could not be read', () => {
    expect(lines(validateRecognitions(withRow(GOOD_RECOGNITION.replace('nga-son', 'xyz').replace('Sản phẩm thử', 'Khác')), null).problems)).toEqual([]);
  });
});

/**
 * The Decap CSV format: unchanged rows keep their exact text, changed rows
 * are re-written, and the file's BOM, line ending and final newline stay.
 * Fixtures use the real headers of data/recognitions.csv and
 * data/ocop-totals.csv with fake rows (KIEMTHU, "dữ liệu giả").
 */
import {
  CSV_EXTENSION,
  CSV_FORMAT,
  csvFormatter,
  csvFromFile,
  csvToFile,
  registerCsvFormat,
  type CsvEntryData,
  type DecapFormatter,
} from '../csvFormat';
import {validateRecognitions} from '../../datasets/recognitions';
import {validateOcopTotals} from '../../datasets/ocopTotals';

const BOM = '\uFEFF';
const REC_HEADER = 'ngay,so_quyet_dinh,ma_don_vi,san_pham,chu_the,nhom,sao,loai,nguon';
const REC_1 = '2025-04-10,9001/QĐ-KIEMTHU,nga-son,Sản phẩm thử A (dữ liệu giả),"Chủ thể thử 1, dữ liệu giả",thu-cong-my-nghe,4,moi,Dữ liệu giả để kiểm thử';
const REC_2 = '2025-05-20,9002/QĐ-KIEMTHU,nga-son,"Nước mắm ""Thử"" (dữ liệu giả)",Chủ thể thử 2,thuc-pham,3,cong-nhan-lai,https://example.org/kiem-thu';
/** Quotes that are not needed: kept as long as the row is unchanged. */
const REC_3 = '"2025-06-30","9003/QĐ-KIEMTHU",nga-son,Sản phẩm thử C (dữ liệu giả),Chủ thể thử 3,duoc-lieu,5,moi,"Dữ liệu giả để kiểm thử"';

const TOT_HEADER = 'ngay,tong,sao_5,sao_4,sao_3,nguon,ghi_chu,trang_thai';
const TOT_1 = '2025-01-31,100,1,9,90,https://example.org/tong-1,"Dữ liệu giả: ngày ước tính, cuối tháng 1.",';
const TOT_2 = '2025-03-31,>120,,,,https://example.org/tong-2,"Nguồn ghi ""hơn 120"" (dữ liệu giả).",nghi-van';

/** A recognitions file: BOM and CRLF, as Excel saves "CSV UTF-8". */
const EXCEL = `${BOM}${REC_HEADER}\r\n${REC_1}\r\n${REC_2}\r\n${REC_3}\r\n`;
/** The same rows, LF, no final newline. */
const PLAIN = `${REC_HEADER}\n${REC_1}\n${REC_2}\n${REC_3}`;
const TOTALS = `${TOT_HEADER}\n${TOT_1}\n${TOT_2}\n`;

const ROW_1 = {
  ngay: '2025-04-10',
  so_quyet_dinh: '9001/QĐ-KIEMTHU',
  ma_don_vi: 'nga-son',
  san_pham: 'Sản phẩm thử A (dữ liệu giả)',
  chu_the: 'Chủ thể thử 1, dữ liệu giả',
  nhom: 'thu-cong-my-nghe',
  sao: '4',
  loai: 'moi',
  nguon: 'Dữ liệu giả để kiểm thử',
};
const ROW_2 = {
  ngay: '2025-05-20',
  so_quyet_dinh: '9002/QĐ-KIEMTHU',
  ma_don_vi: 'nga-son',
  san_pham: 'Nước mắm "Thử" (dữ liệu giả)',
  chu_the: 'Chủ thể thử 2',
  nhom: 'thuc-pham',
  sao: '3',
  loai: 'cong-nhan-lai',
  nguon: 'https://example.org/kiem-thu',
};
const ROW_3 = {
  ngay: '2025-06-30',
  so_quyet_dinh: '9003/QĐ-KIEMTHU',
  ma_don_vi: 'nga-son',
  san_pham: 'Sản phẩm thử C (dữ liệu giả)',
  chu_the: 'Chủ thể thử 3',
  nhom: 'duoc-lieu',
  sao: '5',
  loai: 'moi',
  nguon: 'Dữ liệu giả để kiểm thử',
};

/** What Decap does between reading and writing: its data goes through JSON-like values (Immutable fromJS/toJS). */
function roundTrip(text: string, edit: (data: CsvEntryData) => CsvEntryData = (d) => d): string {
  const data = JSON.parse(JSON.stringify(csvFromFile(text))) as CsvEntryData;
  return csvToFile(edit(data));
}

describe('fromFile', () => {
  test('rows by column name, cells as written (quotes removed), the file kept in _source', () => {
    expect(csvFromFile(EXCEL)).toEqual({rows: [ROW_1, ROW_2, ROW_3], _source: EXCEL});
  });

  test('empty cells are empty strings', () => {
    expect(csvFromFile(TOTALS).rows).toEqual([
      {ngay: '2025-01-31', tong: '100', sao_5: '1', sao_4: '9', sao_3: '90', nguon: 'https://example.org/tong-1', ghi_chu: 'Dữ liệu giả: ngày ước tính, cuối tháng 1.', trang_thai: ''},
      {ngay: '2025-03-31', tong: '>120', sao_5: '', sao_4: '', sao_3: '', nguon: 'https://example.org/tong-2', ghi_chu: 'Nguồn ghi "hơn 120" (dữ liệu giả).', trang_thai: 'nghi-van'},
    ]);
  });

  test('a header-only file has no rows; blank lines are not rows', () => {
    expect(csvFromFile(`${REC_HEADER}\n`)).toEqual({rows: [], _source: `${REC_HEADER}\n`});
    expect(csvFromFile(`${REC_HEADER}\n\n${REC_1}\n\n`).rows).toEqual([ROW_1]);
    expect(csvFromFile('')).toEqual({rows: [], _source: ''});
  });
});

describe('round trip without changes is byte for byte', () => {
  test.each([
    ['BOM, CRLF, final newline, quoted commas, embedded quotes, Vietnamese', EXCEL],
    ['LF, no final newline', PLAIN],
    ['ocop-totals.csv: empty cells, quoted notes', TOTALS],
    ['header only, with final newline', `${REC_HEADER}\n`],
    ['header only, without final newline', REC_HEADER],
    ['header only, BOM and CRLF', `${BOM}${REC_HEADER}\r\n`],
    ['blank lines between and after rows', `${REC_HEADER}\n${REC_1}\n\n${REC_2}\n\n\n`],
    ['a quoted cell with a line break', `${TOT_HEADER}\r\n2025-01-31,100,1,9,90,https://example.org/a,"Dòng một\r\ndòng hai (dữ liệu giả)",\r\n`],
  ])('%s', (_name, text) => {
    expect(roundTrip(text)).toBe(text);
  });
});

describe('editing', () => {
  test('changing one cell rewrites only that line; unneeded quotes of other rows stay', () => {
    const out = roundTrip(EXCEL, (d) => ({...d, rows: [d.rows[0]!, {...d.rows[1]!, sao: '4'}, d.rows[2]!]}));
    expect(out).toBe(
      `${BOM}${REC_HEADER}\r\n${REC_1}\r\n` +
        '2025-05-20,9002/QĐ-KIEMTHU,nga-son,"Nước mắm ""Thử"" (dữ liệu giả)",Chủ thể thử 2,thuc-pham,4,cong-nhan-lai,https://example.org/kiem-thu\r\n' +
        `${REC_3}\r\n`,
    );
    const before = EXCEL.split('\r\n');
    const after = out.split('\r\n');
    expect(after.length).toBe(before.length);
    expect(after.map((line, i) => (line === before[i] ? null : i)).filter((i) => i !== null)).toEqual([2]);
  });

  test('a changed row is written with quotes only where needed', () => {
    const out = roundTrip(PLAIN, (d) => ({
      ...d,
      rows: [d.rows[0]!, d.rows[1]!, {...d.rows[2]!, san_pham: 'Gạo, nếp (dữ liệu giả)', chu_the: ' Chủ thể "thử" ', nguon: 'Dòng một\ndòng hai'}],
    }));
    expect(out).toBe(
      `${REC_HEADER}\n${REC_1}\n${REC_2}\n` +
        '2025-06-30,9003/QĐ-KIEMTHU,nga-son,"Gạo, nếp (dữ liệu giả)"," Chủ thể ""thử"" ",duoc-lieu,5,moi,"Dòng một\ndòng hai"',
    );
  });

  test('setting a value back to what it was restores the original text', () => {
    expect(roundTrip(EXCEL, (d) => ({...d, rows: d.rows.map((r) => ({...r}))}))).toBe(EXCEL);
  });

  test('a cleared select (null) is an empty cell', () => {
    const out = roundTrip(TOTALS, (d) => {
      const rows = d.rows.map((r) => ({...r})) as Record<string, string | null>[];
      rows[1]!.trang_thai = null;
      return {...d, rows: rows as CsvEntryData['rows']};
    });
    expect(out).toBe(`${TOT_HEADER}\n${TOT_1}\n2025-03-31,>120,,,,https://example.org/tong-2,"Nguồn ghi ""hơn 120"" (dữ liệu giả).",\n`);
  });

  test('an edited row keeps the blank line before it', () => {
    const text = `${REC_HEADER}\n${REC_1}\n\n${REC_2}\n`;
    const out = roundTrip(text, (d) => ({...d, rows: [d.rows[0]!, {...d.rows[1]!, sao: '5'}]}));
    expect(out).toBe(`${REC_HEADER}\n${REC_1}\n\n${REC_2.replace(',thuc-pham,3,', ',thuc-pham,5,')}\n`);
  });
});

describe('adding and deleting rows', () => {
  const NEW = {...ROW_1, so_quyet_dinh: '9004/QĐ-KIEMTHU', san_pham: 'Sản phẩm thử D (dữ liệu giả)', chu_the: 'Chủ thể thử 4'};
  const NEW_LINE = '2025-04-10,9004/QĐ-KIEMTHU,nga-son,Sản phẩm thử D (dữ liệu giả),Chủ thể thử 4,thu-cong-my-nghe,4,moi,Dữ liệu giả để kiểm thử';

  test('a new row goes at the end with the file\'s line ending (CRLF, final newline kept)', () => {
    expect(roundTrip(EXCEL, (d) => ({...d, rows: [...d.rows, NEW]}))).toBe(`${EXCEL}${NEW_LINE}\r\n`);
  });

  test('a new row in a file without final newline: still none after it', () => {
    expect(roundTrip(PLAIN, (d) => ({...d, rows: [...d.rows, NEW]}))).toBe(`${PLAIN}\n${NEW_LINE}`);
  });

  test('rows added to a header-only file', () => {
    expect(roundTrip(`${REC_HEADER}\n`, (d) => ({...d, rows: [NEW]}))).toBe(`${REC_HEADER}\n${NEW_LINE}\n`);
    expect(roundTrip(REC_HEADER, (d) => ({...d, rows: [NEW]}))).toBe(`${REC_HEADER}\n${NEW_LINE}`);
    expect(roundTrip(`${BOM}${REC_HEADER}\r\n`, (d) => ({...d, rows: [NEW, NEW]}))).toBe(`${BOM}${REC_HEADER}\r\n${NEW_LINE}\r\n${NEW_LINE}\r\n`);
  });

  test('a deleted row disappears with its line break', () => {
    expect(roundTrip(EXCEL, (d) => ({...d, rows: [d.rows[0]!, d.rows[2]!]}))).toBe(`${BOM}${REC_HEADER}\r\n${REC_1}\r\n${REC_3}\r\n`);
    expect(roundTrip(PLAIN, (d) => ({...d, rows: [d.rows[0]!, d.rows[1]!]}))).toBe(`${REC_HEADER}\n${REC_1}\n${REC_2}`);
    expect(roundTrip(EXCEL, (d) => ({...d, rows: []}))).toBe(`${BOM}${REC_HEADER}\r\n`);
  });

  test('delete, edit and add at once', () => {
    const out = roundTrip(EXCEL, (d) => ({...d, rows: [{...d.rows[1]!, sao: '5'}, d.rows[2]!, NEW]}));
    expect(out).toBe(
      `${BOM}${REC_HEADER}\r\n${REC_2.replace(',thuc-pham,3,', ',thuc-pham,5,')}\r\n${REC_3}\r\n${NEW_LINE}\r\n`,
    );
  });

  test('moved rows keep their own text', () => {
    expect(roundTrip(EXCEL, (d) => ({...d, rows: [d.rows[2]!, d.rows[0]!, d.rows[1]!]}))).toBe(
      `${BOM}${REC_HEADER}\r\n${REC_3}\r\n${REC_1}\r\n${REC_2}\r\n`,
    );
  });

  test('an optional column filled for the first time is added to the header; other rows get an empty cell', () => {
    const out = roundTrip(PLAIN, (d) => ({...d, rows: [d.rows[0]!, d.rows[1]!, {...d.rows[2]!, dia_ban: 'xã Thử (dữ liệu giả)'}]}));
    expect(out).toBe(
      `${REC_HEADER},dia_ban\n${REC_1},\n${REC_2},\n` +
        '2025-06-30,9003/QĐ-KIEMTHU,nga-son,Sản phẩm thử C (dữ liệu giả),Chủ thể thử 3,duoc-lieu,5,moi,Dữ liệu giả để kiểm thử,xã Thử (dữ liệu giả)',
    );
  });

  test('an empty value of a column the file does not have changes nothing', () => {
    expect(roundTrip(PLAIN, (d) => ({...d, rows: d.rows.map((r) => ({...r, dia_ban: ''}))}))).toBe(PLAIN);
  });

  test('a new file (no _source) takes its header from the rows and ends with a newline', () => {
    expect(csvToFile({rows: [NEW]})).toBe(`${REC_HEADER}\n${NEW_LINE}\n`);
  });
});

describe('the written files pass the validator', () => {
  test('recognitions.csv after editing, adding and deleting', () => {
    const out = roundTrip(EXCEL, (d) => ({...d, rows: [{...d.rows[0]!, chu_the: 'Chủ thể "thử", 1'}, d.rows[2]!, {...ROW_2, so_quyet_dinh: '9005/QĐ-KIEMTHU'}]}));
    const result = validateRecognitions(out, ['nga-son']);
    expect(result.problems).toEqual([]);
    expect(result.rows.map((r) => [r.line, r.chu_the, r.so_quyet_dinh])).toEqual([
      [2, 'Chủ thể "thử", 1', '9001/QĐ-KIEMTHU'],
      [3, 'Chủ thể thử 3', '9003/QĐ-KIEMTHU'],
      [4, 'Chủ thể thử 2', '9005/QĐ-KIEMTHU'],
    ]);
  });

  test('ocop-totals.csv after editing a note', () => {
    const out = roundTrip(TOTALS, (d) => ({...d, rows: [d.rows[0]!, {...d.rows[1]!, ghi_chu: 'Ghi chú mới, có dấu phẩy (dữ liệu giả).'}]}));
    expect(validateOcopTotals(out).problems).toEqual([]);
    expect(out).toBe(`${TOT_HEADER}\n${TOT_1}\n2025-03-31,>120,,,,https://example.org/tong-2,"Ghi chú mới, có dấu phẩy (dữ liệu giả).",nghi-van\n`);
  });
});

describe('Decap interface', () => {
  test('data that is not a list of rows is refused with a Vietnamese message', () => {
    expect(() => csvToFile({rows: 'x'})).toThrow('Dữ liệu không đúng dạng: "rows" phải là danh sách các dòng. Không ghi tệp.');
    expect(() => csvToFile({rows: [], _source: 1})).toThrow('Dữ liệu không đúng dạng: "_source" phải là nội dung tệp. Không ghi tệp.');
    expect(() => csvToFile({rows: [{ngay: {}}]})).toThrow('Ô có giá trị không phải chữ hay số ({}), không ghi được vào tệp CSV.');
  });

  test('registerCsvFormat registers csvFormatter as "csv-rows" for .csv', () => {
    const calls: [string, string, DecapFormatter][] = [];
    registerCsvFormat({registerCustomFormat: (name, extension, formatter) => calls.push([name, extension, formatter])});
    expect(calls).toEqual([['csv-rows', 'csv', csvFormatter]]);
    expect([CSV_FORMAT, CSV_EXTENSION]).toEqual(['csv-rows', 'csv']);
    expect(csvFormatter.toFile(csvFormatter.fromFile(EXCEL))).toBe(EXCEL);
  });
});

import {readCsv} from '../csv';
import {lines} from './helpers';

const HEADER = ['a', 'b'];
const read = (input: string | Uint8Array) => readCsv(input, 't.csv', HEADER);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('readCsv accepts what spreadsheets save', () => {
  it('drops a UTF-8 byte-order mark', () => {
    const r = read(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('a,b\n1,2\n')]));
    expect(r.ok && r.header.cells).toEqual(['a', 'b']);
  });
  it('reads CRLF line ends, trims cells, skips trailing blank lines', () => {
    const r = read('a , b\r\n 1 ,  2\r\n\r\n\r\n');
    expect(r.ok && r.rows).toEqual([{line: 2, cells: ['1', '2']}]);
  });
  it('keeps quoted commas and counts lines across quoted line breaks', () => {
    const r = read('a,b\n"x, y","p\nq"\n3,4\n');
    expect(r.ok && r.rows).toEqual([
      {line: 2, cells: ['x, y', 'p\nq']},
      {line: 4, cells: ['3', '4']},
    ]);
  });
  it('normalises text to NFC', () => {
    const r = read('a,b\nNga So\u031bn,1\n');
    expect(r.ok && r.rows[0]!.cells[0]).toBe('Nga Sơn');
  });
});

describe('readCsv rejects what it cannot read, never misreads', () => {
  it('reports a file that is not UTF-8 (Windows-1258), with the line', () => {
    // "Sơn" in Windows-1258: ơ is 0xF5.
    const r = read(new Uint8Array([...utf8('a,b\nx,1\nS'), 0xf5, ...utf8('n,2\n')]));
    expect(r.ok).toBe(false);
    expect(lines(r.problems)).toEqual([expect.stringMatching(/^t\.csv:3: tệp không được lưu bằng bảng mã UTF-8 \(có thể là Windows-1258.*CSV UTF-8/)]);
  });
  it('rejects semicolon-separated files clearly', () => {
    const r = read('a;b\n1;2\n');
    expect(r.ok).toBe(false);
    expect(lines(r.problems)).toEqual([expect.stringMatching(/^t\.csv:1: tệp dùng dấu chấm phẩy \(;\) để ngăn cách các cột/)]);
  });
  it('rejects semicolons even when cells hold commas', () => {
    const r = read('a;b\n"1,5";2\n');
    expect(r.ok).toBe(false);
  });
  it('rejects tab-separated files', () => {
    expect(read('a\tb\n1\t2\n').ok).toBe(false);
  });
  it('reports an empty file', () => {
    for (const empty of ['', '\n\n', new Uint8Array([0xef, 0xbb, 0xbf])]) {
      const r = read(empty);
      expect(r.ok).toBe(false);
      expect(lines(r.problems)).toEqual(['t.csv:1: tệp trống. Dòng đầu tiên phải là tiêu đề: a,b, mỗi dòng sau là một bản ghi.']);
    }
  });
  it('reports an unclosed quote', () => {
    const r = read('a,b\n"x,1\n');
    expect(r.ok && lines(r.problems)).toEqual(['t.csv:2: có dấu ngoặc kép (") mở mà không đóng. Hãy đóng ngoặc kép ở cuối ô, hoặc bỏ dấu ngoặc kép.']);
  });
});

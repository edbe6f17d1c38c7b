import {validateTargets, shortUnitName, stripUnitPrefix} from '../targets';
import {lines, readData, targetsWithLine} from './helpers';

const check = (text: string) => lines(validateTargets(text).problems);

describe('data/targets.csv', () => {
  const result = validateTargets(readData('targets.csv'));
  it('is valid: 26 units adding up to the plan totals', () => {
    expect(result.problems).toEqual([]);
    expect(result.rows).toHaveLength(26);
    expect(result.rows.reduce((s, r) => s + r.tong, 0)).toBe(160);
  });
  it('keeps the plan order', () => {
    expect(result.rows.slice(0, 4).map((r) => r.ma_don_vi)).toEqual(['thanh-hoa', 'sam-son', 'quang-xuong', 'nga-son']);
    expect(result.rows[3]).toEqual({ma_don_vi: 'nga-son', don_vi: 'Huyện Nga Sơn', tong: 8, sao_5: 2, sao_4: 2, sao_3: 4, line: 5});
  });
});

describe('targets.csv header problems', () => {
  const body = readData('targets.csv').split('\n').slice(1).join('\n');
  it('missing column', () => {
    expect(check(`ma_don_vi,don_vi,tong,sao_5,sao_4\n${body}`)).toContain(
      'targets.csv:1: thiếu cột "sao_3". Tiêu đề đúng là: ma_don_vi,don_vi,tong,sao_5,sao_4,sao_3',
    );
  });
  it('misspelled column, with the right name', () => {
    expect(check(`ma_don_vi,don_vi,Tổng,sao_5,sao4,sao_3\n${body}`)).toEqual([
      'targets.csv:1: cột "Tổng" viết sai tên. Hãy sửa tiêu đề cột thành "tong" (chữ thường, không dấu, đúng như mẫu: ma_don_vi,don_vi,tong,sao_5,sao_4,sao_3).',
      'targets.csv:1: cột "sao4" viết sai tên. Hãy sửa tiêu đề cột thành "sao_4" (chữ thường, không dấu, đúng như mẫu: ma_don_vi,don_vi,tong,sao_5,sao_4,sao_3).',
    ]);
  });
  it('duplicate column', () => {
    const text = readData('targets.csv')
      .split('\n')
      .map((l, i) => (l === '' ? l : `${l},${i === 0 ? 'tong' : '1'}`))
      .join('\n');
    expect(check(text)).toEqual(['targets.csv:1: cột "tong" xuất hiện 2 lần (các cột thứ 3, 7). Hãy xóa cột thừa, chỉ giữ một cột "tong".']);
  });
  it('unknown column', () => {
    const text = readData('targets.csv')
      .split('\n')
      .map((l, i) => (l === '' ? l : `${l},${i === 0 ? 'ghi_chu' : ''}`))
      .join('\n');
    expect(check(text)).toEqual(['targets.csv:1: cột "ghi_chu" không thuộc tệp này. Hãy xóa cột này. Tiêu đề đúng là: ma_don_vi,don_vi,tong,sao_5,sao_4,sao_3']);
  });
  it('columns out of order', () => {
    const text = readData('targets.csv')
      .split('\n')
      .map((l) => {
        const c = l.split(',');
        return l === '' ? l : [c[1], c[0], ...c.slice(2)].join(',');
      })
      .join('\n');
    expect(check(text)).toEqual(['targets.csv:1: các cột đúng tên nhưng sai thứ tự. Hãy sắp xếp lại theo đúng mẫu: ma_don_vi,don_vi,tong,sao_5,sao_4,sao_3']);
  });
});

describe('targets.csv value problems', () => {
  it('decimal number (the example of the brief)', () => {
    expect(check(targetsWithLine(5, 'nga-son,Huyện Nga Sơn,8,2,"2,5",4'))).toContain(
      'targets.csv:5: cột "sao_4": giá trị "2,5" không phải số nguyên. Hãy ghi số nguyên không âm, ví dụ 2.',
    );
  });
  it('decimal with a dot, negative, non-number, thousands separator, blank', () => {
    expect(check(targetsWithLine(5, 'nga-son,Huyện Nga Sơn,8,2.5,-1,abc'))).toEqual(
      expect.arrayContaining([
        'targets.csv:5: cột "sao_5": giá trị "2.5" không phải số nguyên. Hãy ghi số nguyên không âm, ví dụ 2.',
        'targets.csv:5: cột "sao_4": giá trị "-1" là số âm. Hãy ghi số nguyên không âm, ví dụ 2.',
        'targets.csv:5: cột "sao_3": giá trị "abc" không phải là số. Hãy ghi số nguyên không âm, ví dụ 2.',
      ]),
    );
    expect(check(targetsWithLine(5, 'nga-son,Huyện Nga Sơn,1.000,2,2,4'))).toContain(
      'targets.csv:5: cột "tong": giá trị "1.000" có dấu chấm ngăn cách hàng nghìn. Hãy ghi số không có dấu ngăn cách, ví dụ 1000.',
    );
    expect(check(targetsWithLine(5, 'nga-son,Huyện Nga Sơn,8,,2,4'))).toContain(
      'targets.csv:5: cột "sao_5": ô trống. Hãy ghi số nguyên không âm, ví dụ 2. Ghi 0 nếu không có.',
    );
  });
  it('stars that do not add up to tong', () => {
    expect(check(targetsWithLine(5, 'nga-son,Huyện Nga Sơn,8,2,2,3'))).toContain(
      'targets.csv:5: cột "tong": tổng các hạng sao không khớp: sao_5 + sao_4 + sao_3 = 2 + 2 + 3 = 7, nhưng cột "tong" ghi 8. Hãy sửa cho tong bằng tổng ba cột sao.',
    );
  });
  it('rows that do not add up to the plan totals', () => {
    expect(check(targetsWithLine(5, 'nga-son,Huyện Nga Sơn,9,2,3,4'))).toEqual([
      'targets.csv:1: cột "tong": cộng các đơn vị được 161, nhưng Kế hoạch 36/KH-UBND ghi tổng 160. Hãy đối chiếu từng dòng với phụ lục của Kế hoạch.',
      'targets.csv:1: cột "sao_4": cộng các đơn vị được 21, nhưng Kế hoạch 36/KH-UBND ghi tổng 20. Hãy đối chiếu từng dòng với phụ lục của Kế hoạch.',
    ]);
  });
  it('duplicate ma_don_vi', () => {
    expect(check(targetsWithLine(6, 'nga-son,Huyện Nga Sơn,2,0,1,1'))).toContain(
      'targets.csv:6: cột "ma_don_vi": mã "nga-son" bị trùng với dòng 5. Mỗi đơn vị chỉ có một dòng; hãy xóa hoặc sửa một trong hai dòng.',
    );
  });
  it('a code that does not match the unit name, with the right code', () => {
    expect(check(targetsWithLine(5, 'ngason,Huyện Nga Sơn,8,2,2,4'))).toEqual([
      'targets.csv:5: cột "ma_don_vi": mã "ngason" không khớp với tên "Huyện Nga Sơn". Mã đúng cho đơn vị này là "nga-son".',
    ]);
    expect(check(targetsWithLine(5, 'Nga Sơn,Huyện Nga Sơn,8,2,2,4'))[0]).toBe(
      'targets.csv:5: cột "ma_don_vi": mã "Nga Sơn" không hợp lệ. Mã chỉ gồm chữ thường không dấu, số và dấu "-", ví dụ "nga-son".',
    );
  });
  it('a totals row pasted from the plan: reported and not counted twice', () => {
    const text = `${readData('targets.csv').trimEnd()}\n,Tổng,160,3,20,137\n`;
    expect(check(text)).toEqual([
      'targets.csv:28: đây là dòng tổng cộng chép từ bảng của Kế hoạch ("Tổng"). Hãy xóa dòng này: tổng được tính tự động từ các đơn vị, giữ lại sẽ bị cộng hai lần. Dòng này không được tính.',
    ]);
  });
  it('a missing unit', () => {
    const text = readData('targets.csv')
      .split('\n')
      .filter((l) => !l.startsWith('muong-lat'))
      .join('\n');
    expect(check(text)).toEqual(
      expect.arrayContaining(['targets.csv:1: tệp có 25 đơn vị, nhưng phụ lục Kế hoạch 36/KH-UBND có 26 đơn vị. Hãy kiểm tra dòng bị thiếu hoặc thừa.']),
    );
  });
  it('a row with an unquoted comma', () => {
    expect(check(targetsWithLine(5, 'nga-son,Huyện Nga Sơn,8,2,2,5,4'))).toContain(
      'targets.csv:5: dòng này có 7 ô nhưng tiêu đề có 6 cột. Nếu một ô có dấu phẩy, hãy đặt cả ô trong dấu ngoặc kép, ví dụ "Gạo, nếp"; nếu thừa ô trống ở cuối dòng, hãy xóa chúng.',
    );
  });
  it('reports every problem, not just the first', () => {
    const text = targetsWithLine(5, 'nga-son,Huyện Nga Sơn,8,2,x,4').replace('quang-xuong,Huyện Quảng Xương,12,0,1,11', 'quang-xuong,Huyện Quảng Xương,12,0,1,-11');
    expect(check(text)).toHaveLength(2);
  });
});

describe('quietly accepted', () => {
  it('BOM, CRLF, spaces around cells, trailing blank lines', () => {
    const text = `\uFEFF${readData('targets.csv')
      .trimEnd()
      .split('\n')
      .map((l) => l.split(',').map((c) => ` ${c} `).join(','))
      .join('\r\n')}\r\n\r\n\r\n`;
    expect(validateTargets(text).problems).toEqual([]);
  });
  it('accepts the file as bytes', () => {
    expect(validateTargets(new TextEncoder().encode(readData('targets.csv'))).rows).toHaveLength(26);
  });
});

describe('unit names', () => {
  it('strips prefixes for codes and short names', () => {
    expect(stripUnitPrefix('Huyện Nga Sơn')).toBe('Nga Sơn');
    expect(stripUnitPrefix('TP Thanh Hóa')).toBe('Thanh Hóa');
    expect(shortUnitName('Huyện Nga Sơn')).toBe('Nga Sơn');
    expect(shortUnitName('TX Bỉm Sơn')).toBe('TX Bỉm Sơn');
  });
});

import {dotNote, plainHundredths, readNumber} from '../readNumber';

describe('readNumber: comma, dot as decimal point, dot as thousands separator', () => {
  it.each([
    // Whole numbers and the Vietnamese decimal comma.
    ['12', 1200, null],
    ['32,5', 3250, null],
    ['32,25', 3225, null],
    [',5', 50, null],
    ['-0', 0, null],
    ['-2,5', -250, null],
    // A dot before one or two digits: a decimal point.
    ['1.5', 150, 'decimal'],
    ['95.5', 9550, 'decimal'],
    ['32.25', 3225, 'decimal'],
    ['12.50', 1250, 'decimal'],
    ['.5', 50, 'decimal'],
    ['-1.5', -150, 'decimal'],
    // A dot before groups of exactly three digits: thousands, as Vietnamese writes numbers.
    ['1.000', 100000, 'thousands'],
    ['12.500', 1250000, 'thousands'],
    ['100.000', 10000000, 'thousands'],
    ['1.000.000', 100000000, 'thousands'],
    ['1.000,5', 100050, 'thousands'],
    ['+1.000', 100000, 'thousands'],
  ])('%p → %p hundredths, dot read as %p', (raw, hundredths, dot) => {
    expect(readNumber(raw)).toEqual({ok: true, hundredths, dot});
  });

  it.each([
    ['', 'empty', null],
    ['  ', 'empty', null],
    ['5.', 'not-a-number', null],
    ['32,', 'not-a-number', null],
    ['1.2.3', 'not-a-number', null],
    ['1,000.5', 'not-a-number', null],
    ['1.00,5', 'not-a-number', null],
    ['1 000', 'not-a-number', null],
    ['1.000,5,5', 'not-a-number', null],
    ['--1', 'not-a-number', null],
    // Not a thousands pattern (a first group starting with 0, or of four digits): a decimal point, too many decimals.
    ['0.500', 'too-many-decimals', 'decimal'],
    ['1000.000', 'too-many-decimals', 'decimal'],
    ['1.2345', 'too-many-decimals', 'decimal'],
    ['1,000', 'too-many-decimals', null],
    ['1.000,555', 'too-many-decimals', 'thousands'],
  ])('%p → %p', (raw, kind, dot) => {
    expect(readNumber(raw)).toEqual({ok: false, kind, dot});
  });
});

describe('plainHundredths', () => {
  it.each([
    [0, '0'],
    [50, '0,5'],
    [3225, '32,25'],
    [100000, '1000'],
    [100050, '1000,5'],
    [-150, '-1,5'],
  ])('%p → %p', (h, text) => {
    expect(plainHundredths(h)).toBe(text);
  });
});

describe('dotNote', () => {
  it('says what was understood', () => {
    expect(dotNote('1.5', 'decimal', 150)).toBe('“1.5” được hiểu là 1,5 (dấu chấm là dấu thập phân).');
    expect(dotNote('1.000', 'thousands', 100000)).toBe(
      '“1.000” được hiểu là 1000 (dấu chấm ngăn cách hàng nghìn), như cách viết số ở Việt Nam; số thập phân viết với dấu phẩy, ví dụ 30,5.',
    );
    expect(dotNote('1.000,555', 'thousands')).toBe(
      'Dấu chấm trong “1.000,555” được hiểu là dấu ngăn cách hàng nghìn, như cách viết số ở Việt Nam; số thập phân viết với dấu phẩy, ví dụ 30,5.',
    );
    expect(dotNote('32,5', null, 3250)).toBe('');
  });
});

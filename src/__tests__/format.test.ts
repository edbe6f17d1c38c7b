import {formatDecimal, formatIsoDate, formatNumber, formatPercent} from '../format';

describe('Vietnamese formatting', () => {
  it('groups thousands with a dot', () => {
    expect(formatNumber(1234567)).toBe('1.234.567');
    expect(formatNumber(1234)).toBe('1.234');
    expect(formatNumber(160)).toBe('160');
    expect(formatNumber(0)).toBe('0');
  });
  it('writes decimals with a comma, without trailing zeros', () => {
    expect(formatNumber(1234.5)).toBe('1.234,5');
    expect(formatDecimal(2.25, 1)).toBe('2,3');
    expect(formatDecimal(-0.04, 1)).toBe('0');
    expect(formatNumber(-1500.75)).toBe('-1.500,75');
  });
  it('writes percentages with a decimal comma', () => {
    expect(formatPercent(0.125)).toBe('12,5 %');
    expect(formatPercent(1)).toBe('100 %');
    expect(formatPercent(137 / 160)).toBe('85,6 %');
  });
  // Apart from a negative value that rounds to zero: "0" here, "-0" from Intl.
  it('gives exactly what Intl.NumberFormat("vi-VN") gives', () => {
    const integer = new Intl.NumberFormat('vi-VN');
    const oneDecimal = new Intl.NumberFormat('vi-VN', {maximumFractionDigits: 1});
    const values = [0, 1, 9, 10, 99, 999, 1000, 9999, 10000, 123456, 999999, 1000000, 20250224, -7, -1234, 0.05, 0.95, 9.95, 99.95, 999.95, 9999.9995, 0.0005, 0.00049, 30.15, 1.5e21, 1.23456e25, 1e-7, 4.5e-4, NaN, Infinity, -Infinity];
    for (let i = 1; i <= 1000; i += 1) values.push(i / 7, (i * 13) / 1000, i * 1.005, -i / 3);
    for (const v of values) {
      expect([v, formatNumber(v)]).toEqual([v, integer.format(v)]);
      expect([v, formatDecimal(v, 1)]).toEqual([v, oneDecimal.format(v)]);
    }
  });
  it('can be passed to .map (the index is not taken for a number of decimals)', () => {
    expect([1.5, 2.25, 3.125].map(formatNumber)).toEqual(['1,5', '2,25', '3,125']);
  });
  it('turns ISO dates into dd/mm/yyyy', () => {
    expect(formatIsoDate('2025-02-24')).toBe('24/02/2025');
  });
});

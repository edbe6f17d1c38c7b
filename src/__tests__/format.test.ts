import {formatIsoDate, formatNumber, formatPercent} from '../format';

describe('Vietnamese formatting', () => {
  it('groups thousands with a dot', () => {
    expect(formatNumber(1234567)).toBe('1.234.567');
    expect(formatNumber(160)).toBe('160');
  });
  it('writes percentages with a decimal comma', () => {
    expect(formatPercent(0.125)).toBe('12,5 %');
    expect(formatPercent(1)).toBe('100 %');
  });
  it('turns ISO dates into dd/mm/yyyy', () => {
    expect(formatIsoDate('2025-02-24')).toBe('24/02/2025');
  });
});

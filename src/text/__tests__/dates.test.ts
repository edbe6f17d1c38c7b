import {isRealIsoDate, isoFromDayMonthYear, readDayMonthYear} from '../dates';

describe('readDayMonthYear', () => {
  it('reads day/month/year with /, . or -, and says whether the day exists', () => {
    expect(readDayMonthYear('24/02/2025')).toEqual({iso: '2025-02-24', real: true});
    expect(readDayMonthYear(' 6.7.2025 ')).toEqual({iso: '2025-07-06', real: true});
    expect(readDayMonthYear('31-02-2025')).toEqual({iso: '2025-02-31', real: false});
    expect(readDayMonthYear('2025-02-24')).toBeUndefined();
  });
  it('slashOnly accepts "/" alone', () => {
    expect(readDayMonthYear('06/07/2025', {slashOnly: true})).toEqual({iso: '2025-07-06', real: true});
    expect(readDayMonthYear('06.07.2025', {slashOnly: true})).toBeUndefined();
  });
  it('isoFromDayMonthYear: only real days', () => {
    expect(isoFromDayMonthYear('29/02/2024')).toBe('2024-02-29');
    expect(isoFromDayMonthYear('29/02/2025')).toBeUndefined();
    expect(isRealIsoDate('2024-02-29')).toBe(true);
  });
});

import {describeNotCount} from '../cells';
import {isRealIsoDate} from '../../text/dates';
import {closest as findClosest, slugify} from '../../text/vietnamese';

describe('isRealIsoDate', () => {
  it('knows the calendar', () => {
    expect(['2025-01-31', '2024-02-29', '2000-02-29', '2025-12-31'].map(isRealIsoDate)).toEqual([true, true, true, true]);
    expect(['2025-02-29', '1900-02-29', '2025-04-31', '2025-13-01', '2025-00-10', '2025-1-5', '31/12/2025'].map(isRealIsoDate)).toEqual([
      false, false, false, false, false, false, false,
    ]);
  });
});

describe('describeNotCount', () => {
  it('says why a cell is not a non-negative integer', () => {
    expect(describeNotCount('12')).toBeUndefined();
    expect(describeNotCount('2,5')).toBe('không phải số nguyên');
    expect(describeNotCount('-3')).toBe('là số âm');
    expect(describeNotCount('1.000')).toBe('có dấu chấm ngăn cách hàng nghìn');
    expect(describeNotCount('mười')).toBe('không phải là số');
  });
});

describe('suggestions', () => {
  it('slugifies Vietnamese names', () => {
    expect(slugify('Hoằng Hóa')).toBe('hoang-hoa');
    expect(slugify('  Đông Sơn ')).toBe('dong-son');
  });
  it('finds the closest code, or nothing when nothing is close', () => {
    const codes = ['nga-son', 'nghi-son', 'hoang-hoa'];
    expect(findClosest('nga son', codes)).toBe('nga-son');
    expect(findClosest('hoangoa', codes)).toBe('hoang-hoa');
    expect(findClosest('ha-noi', codes)).toBeUndefined();
  });
});

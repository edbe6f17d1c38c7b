import {buildProgress} from '../progress';
import {validateRecognitions} from '../recognitions';
import {validateTargets} from '../targets';
import {readData, readFixture} from './helpers';

const targets = validateTargets(readData('targets.csv'));

describe('buildProgress', () => {
  it('without recognitions: no figures, never 0 %', () => {
    const m = buildProgress(targets.rows, []);
    expect(m.asOf).toBeNull();
    expect(m.province).toEqual({target: {tong: 160, sao_5: 3, sao_4: 20, sao_3: 137}, achieved: null, ratio: null, reRecognised: 0});
    expect(m.units.every((u) => u.achieved === null && u.ratio === null)).toBe(true);
  });

  it('counts only new products, by star and unit (fixture)', () => {
    const rec = validateRecognitions(readFixture('recognitions.csv'), targets.unitCodes).rows;
    const m = buildProgress(targets.rows, rec);
    const unit = (id: string) => m.units.find((u) => u.ma_don_vi === id)!;
    expect(unit('nga-son')).toMatchObject({achieved: {tong: 2, sao_5: 0, sao_4: 1, sao_3: 1}, ratio: 0.25, reRecognised: 1});
    expect(unit('nga-son').products).toHaveLength(3);
    expect(unit('hoang-hoa')).toMatchObject({achieved: {tong: 1, sao_5: 1, sao_4: 0, sao_3: 0}, ratio: 1 / 9});
    expect(unit('muong-lat')).toMatchObject({achieved: {tong: 3, sao_5: 0, sao_4: 0, sao_3: 3}, ratio: 1.5});
    expect(unit('sam-son')).toMatchObject({achieved: null, ratio: null, products: []});
    expect(m.province).toEqual({
      target: {tong: 160, sao_5: 3, sao_4: 20, sao_3: 137},
      achieved: {tong: 6, sao_5: 1, sao_4: 1, sao_3: 4},
      ratio: 6 / 160,
      reRecognised: 1,
    });
    expect(m.asOf).toBe('2025-06-20');
    expect(m.units.map((u) => u.ma_don_vi)).toEqual(targets.rows.map((t) => t.ma_don_vi));
  });
});

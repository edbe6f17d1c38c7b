import {validateTargets} from '../targets';
import {validateTileGrid} from '../tileGrid';
import {lines, readData} from './helpers';

const codes = validateTargets(readData('targets.csv')).unitCodes;

describe('data/tile-grid.csv', () => {
  it('places each of the 26 units once, on distinct squares', () => {
    const r = validateTileGrid(readData('tile-grid.csv'), codes);
    expect(r.problems).toEqual([]);
    expect(r.rows).toHaveLength(26);
  });
  it('puts the coast on the right, north to south, and Mường Lát top left', () => {
    const r = validateTileGrid(readData('tile-grid.csv'), codes);
    const at = new Map(r.rows.map((p) => [p.ma_don_vi, p]));
    expect(at.get('muong-lat')).toEqual({ma_don_vi: 'muong-lat', hang: 0, cot: 0});
    const coast = ['nga-son', 'hau-loc', 'hoang-hoa', 'sam-son', 'quang-xuong', 'nghi-son'].map((c) => at.get(c)!);
    expect(coast.map((p) => p.cot)).toEqual([5, 5, 5, 5, 5, 5]);
    expect(coast.map((p) => p.hang)).toEqual([0, 1, 2, 3, 4, 5]);
  });
});

describe('tile-grid.csv problems', () => {
  it('unknown or duplicate units, shared squares, missing units', () => {
    const text = 'ma_don_vi,hang,cot\nnga-son,0,0\nnga-son,0,1\nngason,1,1\nsam-son,0,0\n';
    expect(lines(validateTileGrid(text, codes).problems)).toEqual([
      'tile-grid.csv:3: cột "ma_don_vi": mã "nga-son" bị trùng với dòng 2. Mỗi đơn vị chỉ có một ô; hãy xóa một dòng.',
      'tile-grid.csv:4: cột "ma_don_vi": mã "ngason" không có trong targets.csv. Có phải là "nga-son"?',
      'tile-grid.csv:5: ô ở hàng 0, cột 0 đã có đơn vị ở dòng 2. Hai đơn vị không được chung một ô; hãy đổi hàng hoặc cột.',
      expect.stringMatching(/^tile-grid\.csv:1: thiếu ô cho 24 đơn vị: thanh-hoa, quang-xuong,/),
    ]);
  });
});

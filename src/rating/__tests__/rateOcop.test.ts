import {
  BANDS,
  LOWEST_RECOGNISED,
  MAX_TOTAL,
  PARTS,
  errorMessage,
  parseScore,
  rateOcop,
  recognitionLevel,
  starsForHundredths,
  starsForTotal,
  type Rating,
  type ScoreInputs,
} from '../rateOcop';

function rate(A: string, B: string, C: string): Rating {
  const outcome = rateOcop({A, B, C});
  if (!outcome.ok) throw new Error(`expected a rating, got ${JSON.stringify(outcome.errors)}`);
  return outcome.rating;
}

/** Splits a total over A, B, C without exceeding any maximum (A first). */
function split(total: number): ScoreInputs {
  const a = Math.min(total, 40);
  const b = Math.min(total - a, 25);
  const c = Math.round((total - a - b) * 100) / 100;
  const fmt = (n: number) => String(n).replace('.', ',');
  return {A: fmt(a), B: fmt(b), C: fmt(c)};
}

function errorsOf(inputs: ScoreInputs) {
  const outcome = rateOcop(inputs);
  if (outcome.ok) throw new Error('expected errors');
  return outcome.errors.map((e) => [e.part, e.kind]);
}

describe('criteria under Decision 148/QĐ-TTg', () => {
  it('has parts A 40, B 25, C 35 (not the 2019 split 35/25/40), 100 in all', () => {
    expect(PARTS.map((p) => [p.key, p.max])).toEqual([
      ['A', 40],
      ['B', 25],
      ['C', 35],
    ]);
    expect(PARTS.reduce((s, p) => s + p.max, 0)).toBe(MAX_TOTAL);
  });

  it('has five bands with lower bounds 90, 70, 50, 30, 0; only 3–5★ recognised', () => {
    expect(BANDS.map((b) => [b.stars, b.min, b.label, b.recognised])).toEqual([
      [5, 90, '90–100', true],
      [4, 70, '70–89', true],
      [3, 50, '50–69', true],
      [2, 30, '30–49', false],
      [1, 0, 'Dưới 30', false],
    ]);
  });
});

describe('starsForTotal at every boundary', () => {
  it.each([
    [0, 1],
    [29, 1],
    [29.99, 1],
    [30, 2],
    [49, 2],
    [49.5, 2],
    [49.99, 2],
    [50, 3],
    [69, 3],
    [69.99, 3],
    [70, 4],
    [89, 4],
    [89.5, 4],
    [90, 5],
    [100, 5],
  ])('%p points → %p★', (total, stars) => {
    expect(starsForTotal(total)).toBe(stars);
  });

  it('rejects totals outside 0–100, non-finite or with more than two decimals', () => {
    expect(() => starsForTotal(-0.01)).toThrow(RangeError);
    expect(() => starsForTotal(100.01)).toThrow(RangeError);
    expect(() => starsForTotal(Number.NaN)).toThrow(RangeError);
    expect(() => starsForTotal(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => starsForTotal(49.995)).toThrow(RangeError);
    expect(() => starsForHundredths(4950.5)).toThrow(RangeError);
    expect(() => starsForHundredths(10001)).toThrow(RangeError);
  });
});

describe('recognitionLevel before and after Decision 1489/QĐ-TTg (06/07/2025)', () => {
  it('under 148 as Plan 36 applies it: district 3★, province 4★, central 5★', () => {
    expect([1, 2, 3, 4, 5].map((s) => recognitionLevel(s as 1, 'qd148'))).toEqual([
      null,
      null,
      'huyen',
      'tinh',
      'trung-uong',
    ]);
  });
  it('after 1489: province 3★ and 4★, central 5★', () => {
    expect([1, 2, 3, 4, 5].map((s) => recognitionLevel(s as 1, 'qd1489'))).toEqual([
      null,
      null,
      'tinh',
      'tinh',
      'trung-uong',
    ]);
  });
});

describe('parseScore', () => {
  it.each([
    ['0', 0, null],
    ['40', 4000, null],
    ['32,5', 3250, null],
    ['32.5', 3250, 'decimal'],
    ['32,25', 3225, null],
    ['40,00', 4000, null],
    [',5', 50, null],
    ['0,01', 1, null],
    ['  12 ', 1200, null],
    ['\u00a012\u00a0', 1200, null],
    ['+5', 500, null],
    ['-0', 0, null],
    ['007', 700, null],
  ])('%p → %p hundredths (dot: %p)', (raw, hundredths, dot) => {
    expect(parseScore(raw, 40)).toEqual({ok: true, hundredths, dot});
  });

  it.each([
    ['', 'empty', null],
    ['   ', 'empty', null],
    ['abc', 'not-a-number', null],
    ['3 2', 'not-a-number', null],
    ['32,', 'not-a-number', null],
    ['32,5,1', 'not-a-number', null],
    ['1e3', 'not-a-number', null],
    ['−5', 'not-a-number', null],
    ['-', 'not-a-number', null],
    [',', 'not-a-number', null],
    ['mười', 'not-a-number', null],
    ['32,555', 'too-many-decimals', null],
    ['0.500', 'too-many-decimals', 'decimal'],
  ])('%p → %p', (raw, kind, dot) => {
    expect(parseScore(raw, 40)).toEqual({ok: false, kind, dot});
  });

  it.each([
    ['-1', -100, null],
    ['-0,01', -1, null],
    ['40,01', 4001, null],
    ['41', 4100, null],
    ['1000', 100000, null],
    ['1.000', 100000, 'thousands'],
    ['95.5', 9550, 'decimal'],
  ])('%p is out of range, read as %p hundredths (dot: %p)', (raw, hundredths, dot) => {
    expect(parseScore(raw, 40)).toEqual({ok: false, kind: 'out-of-range', dot, hundredths});
  });
});

describe('messages say how a dot was understood', () => {
  const a = PARTS[0]!;
  it('"1.000" is one thousand, beyond the maximum', () => {
    const outcome = rateOcop({A: '1.000', B: '0', C: '0'});
    expect(outcome.ok ? [] : outcome.errors).toEqual([
      {
        part: 'A',
        kind: 'out-of-range',
        message:
          'Điểm Phần A phải từ 0 đến 40. “1.000” được hiểu là 1000 (dấu chấm ngăn cách hàng nghìn), như cách viết số ở Việt Nam; số thập phân viết với dấu phẩy, ví dụ 30,5.',
      },
    ]);
  });
  it('"95.5" is ninety-five and a half, beyond the maximum', () => {
    expect(errorMessage(a, 'out-of-range', {raw: '95.5', dot: 'decimal', hundredths: 9550})).toBe(
      'Điểm Phần A phải từ 0 đến 40. “95.5” được hiểu là 95,5 (dấu chấm là dấu thập phân).',
    );
  });
  it('too many decimals after a dot', () => {
    expect(errorMessage(a, 'too-many-decimals', {raw: ' 1.2345 ', dot: 'decimal'})).toBe(
      'Điểm Phần A chỉ được có tối đa hai chữ số thập phân, ví dụ 30,25. Dấu chấm trong “1.2345” được hiểu là dấu thập phân.',
    );
  });
  it('no note without a dot', () => {
    expect(errorMessage(a, 'out-of-range', {raw: '41', dot: null, hundredths: 4100})).toBe('Điểm Phần A phải từ 0 đến 40.');
  });
  it('a valid "32.5" is rated, and the rating records how it was read', () => {
    const r = rate('32.5', '20', '17,5');
    expect([r.total, r.dots]).toEqual([70, [{part: 'A', raw: '32.5', dot: 'decimal', hundredths: 3250}]]);
    expect(rate('32,5', '20', '17,5').dots).toEqual([]);
  });
});

describe('distance to recognition', () => {
  it('the lowest recognised band comes from BANDS (3★ from 50 points)', () => {
    expect(LOWEST_RECOGNISED).toBe(BANDS.find((b) => b.stars === 3));
  });
  it.each([
    ['0', '0', 50],
    ['10', '0', 40],
    ['29,99', '0', 20.01],
    ['30', '0', 20],
    ['40', '9,5', 0.5],
  ])('A %s + B %s is %p points from 3★', (a, b, missing) => {
    expect(rate(a, b, '0').recognition).toEqual({stars: 3, min: 50, missing});
  });
  it('none from 3★ up', () => {
    expect(rate('40', '10', '0').recognition).toBeNull();
    expect(rate('40', '25', '35').recognition).toBeNull();
  });
});

describe('rateOcop', () => {
  it.each([
    [0, 1],
    [29, 1],
    [30, 2],
    [49, 2],
    [50, 3],
    [69, 3],
    [70, 4],
    [89, 4],
    [90, 5],
    [100, 5],
  ])('a total of %p gives %p★', (total, stars) => {
    const outcome = rateOcop(split(total));
    expect(outcome.ok && outcome.rating.total).toBe(total);
    expect(outcome.ok && outcome.rating.stars).toBe(stars);
  });

  it('accepts each part at exactly its maximum', () => {
    expect(rate('40', '0', '0').total).toBe(40);
    expect(rate('0', '25', '0').total).toBe(25);
    expect(rate('0', '0', '35').total).toBe(35);
    const full = rate('40', '25', '35');
    expect(full).toEqual({
      scores: {A: 40, B: 25, C: 35},
      total: 100,
      stars: 5,
      band: BANDS[0],
      recognised: true,
      next: null,
      recognition: null,
      dots: [],
      levels: {qd148: 'trung-uong', qd1489: 'trung-uong'},
    });
  });

  it('rejects each part just above its maximum', () => {
    expect(errorsOf({A: '40,01', B: '25', C: '35'})).toEqual([['A', 'out-of-range']]);
    expect(errorsOf({A: '40', B: '25,01', C: '35'})).toEqual([['B', 'out-of-range']]);
    expect(errorsOf({A: '40', B: '25', C: '35,01'})).toEqual([['C', 'out-of-range']]);
    expect(errorsOf({A: '41', B: '26', C: '36'})).toEqual([
      ['A', 'out-of-range'],
      ['B', 'out-of-range'],
      ['C', 'out-of-range'],
    ]);
  });

  it('a 0 total is 1★, not recognised, 30 points from 2★', () => {
    expect(rate('0', '0', '0')).toEqual({
      scores: {A: 0, B: 0, C: 0},
      total: 0,
      stars: 1,
      band: BANDS[4],
      recognised: false,
      next: {stars: 2, min: 30, missing: 30},
      recognition: {stars: 3, min: 50, missing: 50},
      dots: [],
      levels: {qd148: null, qd1489: null},
    });
  });

  it('29 → 1★, 1 point from 2★; 30 → 2★, 20 points from 3★', () => {
    expect(rate('29', '0', '0').next).toEqual({stars: 2, min: 30, missing: 1});
    const r30 = rate('30', '0', '0');
    expect([r30.stars, r30.recognised, r30.next]).toEqual([2, false, {stars: 3, min: 50, missing: 20}]);
  });

  it('49 → 2★ (not recognised); 50 → 3★, district before 1489 and province after', () => {
    const r49 = rate('20', '15', '14');
    expect([r49.total, r49.stars, r49.recognised, r49.levels]).toEqual([
      49,
      2,
      false,
      {qd148: null, qd1489: null},
    ]);
    expect(r49.next).toEqual({stars: 3, min: 50, missing: 1});
    const r50 = rate('20', '15', '15');
    expect([r50.total, r50.stars, r50.recognised, r50.levels]).toEqual([
      50,
      3,
      true,
      {qd148: 'huyen', qd1489: 'tinh'},
    ]);
    expect(r50.next).toEqual({stars: 4, min: 70, missing: 20});
  });

  it('69 → 3★; 70 → 4★ recognised by the province under both', () => {
    const r69 = rate('30', '20', '19');
    expect([r69.stars, r69.next]).toEqual([3, {stars: 4, min: 70, missing: 1}]);
    const r70 = rate('30', '20', '20');
    expect([r70.stars, r70.levels, r70.next]).toEqual([
      4,
      {qd148: 'tinh', qd1489: 'tinh'},
      {stars: 5, min: 90, missing: 20},
    ]);
  });

  it('89 → 4★, 1 point from 5★; 90 → 5★, central, no next band', () => {
    expect(rate('39', '25', '25').next).toEqual({stars: 5, min: 90, missing: 1});
    const r90 = rate('40', '25', '25');
    expect([r90.stars, r90.next, r90.levels]).toEqual([
      5,
      null,
      {qd148: 'trung-uong', qd1489: 'trung-uong'},
    ]);
  });

  it('a fractional total stays in the band whose lower bound it has reached', () => {
    const r = rate('20', '15', '14,5');
    expect([r.total, r.stars, r.next]).toEqual([49.5, 2, {stars: 3, min: 50, missing: 0.5}]);
    const r2 = rate('39,5', '25', '25');
    expect([r2.total, r2.stars, r2.next]).toEqual([89.5, 4, {stars: 5, min: 90, missing: 0.5}]);
    const r3 = rate('29,99', '0', '0');
    expect([r3.stars, r3.next]).toEqual([1, {stars: 2, min: 30, missing: 0.01}]);
  });

  it('adds decimals exactly, so 10,1 + 9,9 + 10 reaches 30', () => {
    const r = rate('10,1', '9,9', '10');
    expect([r.total, r.stars]).toEqual([30, 2]);
    const r2 = rate('16,7', '16,7', '16,6');
    expect([r2.total, r2.stars]).toEqual([50, 3]);
    const r3 = rate('33,33', '23,33', '33,34');
    expect([r3.total, r3.stars]).toEqual([90, 5]);
  });

  it('reports every invalid input, in the order A, B, C', () => {
    expect(errorsOf({A: '', B: 'abc', C: '36'})).toEqual([
      ['A', 'empty'],
      ['B', 'not-a-number'],
      ['C', 'out-of-range'],
    ]);
    expect(errorsOf({A: '10', B: '1,234', C: '5'})).toEqual([['B', 'too-many-decimals']]);
    expect(errorsOf({A: '-1', B: '0', C: '0'})).toEqual([['A', 'out-of-range']]);
  });

  it('writes clear Vietnamese messages naming the part and its maximum', () => {
    const outcome = rateOcop({A: '', B: 'x', C: '36'});
    expect(outcome.ok ? [] : outcome.errors.map((e) => e.message)).toEqual([
      'Nhập số điểm dự kiến của Phần A, từ 0 đến 40.',
      'Điểm Phần B phải là một số, ví dụ 30 hoặc 30,5.',
      'Điểm Phần C phải từ 0 đến 35.',
    ]);
    const c = PARTS[2]!;
    expect(errorMessage(c, 'too-many-decimals')).toBe(
      'Điểm Phần C chỉ được có tối đa hai chữ số thập phân, ví dụ 30,25.',
    );
  });

  it('every message is NFC-normalised Vietnamese', () => {
    for (const part of PARTS) {
      for (const kind of ['empty', 'not-a-number', 'too-many-decimals', 'out-of-range'] as const) {
        const m = errorMessage(part, kind);
        expect(m).toBe(m.normalize('NFC'));
      }
    }
  });

  it('covers every total from 0 to 100 in whole points', () => {
    const expected = (t: number) => (t >= 90 ? 5 : t >= 70 ? 4 : t >= 50 ? 3 : t >= 30 ? 2 : 1);
    for (let t = 0; t <= 100; t++) {
      const outcome = rateOcop(split(t));
      expect(outcome.ok && outcome.rating.stars).toBe(expected(t));
    }
  });
});

import {rateOcop, type Rating} from '../rateOcop';
import {dotReadings, nextBandText, recognitionGap, recognitionStatus, resultHeadline} from '../resultText';

function rate(A: string, B = '0', C = '0'): Rating {
  const outcome = rateOcop({A, B, C});
  if (!outcome.ok) throw new Error('invalid test input');
  return outcome.rating;
}

describe('below 3★: recognition starts at 3 sao, and how far it is', () => {
  it.each([
    ['0', 'Còn thiếu 50 điểm để đạt 3 sao (từ 50 điểm), hạng thấp nhất được công nhận là sản phẩm OCOP.'],
    ['10', 'Còn thiếu 40 điểm để đạt 3 sao (từ 50 điểm), hạng thấp nhất được công nhận là sản phẩm OCOP.'],
    ['29,99', 'Còn thiếu 20,01 điểm để đạt 3 sao (từ 50 điểm), hạng thấp nhất được công nhận là sản phẩm OCOP.'],
    ['30', 'Còn thiếu 20 điểm để đạt 3 sao (từ 50 điểm), hạng thấp nhất được công nhận là sản phẩm OCOP.'],
    ['40', 'Còn thiếu 10 điểm để đạt 3 sao (từ 50 điểm), hạng thấp nhất được công nhận là sản phẩm OCOP.'],
  ])('a total of %s', (a, gap) => {
    const r = rate(a);
    expect(recognitionGap(r)).toBe(gap);
    expect(recognitionStatus(r)).toBe(
      'Chưa được công nhận là sản phẩm OCOP: sản phẩm OCOP được công nhận từ 3 sao (từ 50 điểm) trở lên.',
    );
  });

  it('1★ also gives the next rank, and says it is not recognised either', () => {
    expect(nextBandText(rate('10'))).toBe(
      'Còn thiếu 20 điểm để đạt 2 sao (từ 30 điểm); 2 sao vẫn chưa được công nhận là sản phẩm OCOP.',
    );
    expect(nextBandText(rate('29,99'))).toBe(
      'Còn thiếu 0,01 điểm để đạt 2 sao (từ 30 điểm); 2 sao vẫn chưa được công nhận là sản phẩm OCOP.',
    );
  });

  it('2★: the next rank is the recognition, said once', () => {
    expect(nextBandText(rate('30'))).toBeNull();
    expect(nextBandText(rate('40', '9,5'))).toBeNull();
    expect(recognitionGap(rate('40', '9,5'))).toBe(
      'Còn thiếu 0,5 điểm để đạt 3 sao (từ 50 điểm), hạng thấp nhất được công nhận là sản phẩm OCOP.',
    );
  });
});

describe('from 3★', () => {
  it('is recognised, with no gap, and points to the next rank', () => {
    const r = rate('30', '17,5', '15');
    expect(recognitionStatus(r)).toBe('Đạt mức được công nhận là sản phẩm OCOP (từ 3 sao trở lên).');
    expect(recognitionGap(r)).toBeNull();
    expect(nextBandText(r)).toBe('Còn thiếu 7,5 điểm để đạt 4 sao (từ 70 điểm).');
    expect(nextBandText(rate('40', '25', '25'))).toBe('Đây là hạng cao nhất.');
  });
});

describe('headline and dot readings', () => {
  it('the heading carries the total and the stars', () => {
    expect(resultHeadline(rate('30', '17,5', '15'))).toBe('Kết quả tham khảo: 62,5 điểm, 3 sao');
    expect(resultHeadline(rate('0'))).toBe('Kết quả tham khảo: 0 điểm, 1 sao');
  });
  it('says how each number typed with a dot was read', () => {
    expect(dotReadings(rate('32.5', '20.25', '15'))).toEqual([
      'Phần A: “32.5” được hiểu là 32,5 (dấu chấm là dấu thập phân).',
      'Phần B: “20.25” được hiểu là 20,25 (dấu chấm là dấu thập phân).',
    ]);
    expect(dotReadings(rate('32,5'))).toEqual([]);
  });
});

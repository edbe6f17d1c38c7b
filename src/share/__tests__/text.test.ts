import type {Measure} from '../font';
import {ELLIPSIS, fitText, joinLines, wrapText} from '../text';
import {drawnTexts, textBlockSvg} from '../svg';

/** Every character is as wide as the font size; bold adds a tenth. */
const mono: Measure = (text, size, weight) => [...text].length * size * (weight === 'bold' ? 1.1 : 1);

describe('wrapText', () => {
  it('breaks at spaces, filling each line', () => {
    expect(wrapText('Thanh Hóa: Đánh giá, phân hạng sản phẩm', 12, 1, 'regular', mono).map((l) => l.text)).toEqual(['Thanh Hóa:', 'Đánh giá,', 'phân hạng', 'sản phẩm']);
  });

  it('cuts a word longer than a line between characters, and joinLines gives the text back', () => {
    const lines = wrapText('Số 1489/QĐ-TTg ngày', 6, 1, 'regular', mono);
    expect(lines).toEqual([
      {text: 'Số', glued: false},
      {text: '1489/Q', glued: false},
      {text: 'Đ-TTg', glued: true},
      {text: 'ngày', glued: false},
    ]);
    expect(joinLines(lines)).toBe('Số 1489/QĐ-TTg ngày');
  });

  it('never gives a line wider than the width, whatever the width', () => {
    const text = 'Chỉ tiêu sản phẩm OCOP mới năm 2025 theo đơn vị, chia theo hạng sao: Quảng Xương, Hậu Lộc';
    for (let width = 1; width <= 60; width += 1) {
      const lines = wrapText(text, width, 1, 'bold', mono);
      for (const l of lines) expect(mono(l.text, 1, 'bold')).toBeLessThanOrEqual(Math.max(width, 1.1));
      expect(joinLines(lines)).toBe(text);
    }
  });
});

describe('fitText', () => {
  it('takes the largest size at which the text fits its lines', () => {
    const fitted = fitText('Huyện Nga Sơn — chỉ tiêu 2025', {maxWidth: 300, maxLines: 2, sizes: [40, 30, 20], weight: 'regular'}, mono);
    expect(fitted).toEqual({fontSize: 20, lines: [{text: 'Huyện Nga Sơn —', glued: false}, {text: 'chỉ tiêu 2025', glued: false}], complete: true});
  });

  it('shortens with "…" at the smallest size when nothing fits, still within the width', () => {
    const fitted = fitText('một hai ba bốn năm sáu bảy tám', {maxWidth: 8, maxLines: 2, sizes: [2, 1], weight: 'regular'}, mono);
    expect(fitted.complete).toBe(false);
    expect(fitted.fontSize).toBe(1);
    expect(fitted.lines.map((l) => l.text)).toEqual(['một hai', `ba bốn${ELLIPSIS}`]);
  });
});

describe('drawnTexts', () => {
  it('reads back each part of an SVG as the text before wrapping, with XML escapes undone', () => {
    const text = 'Nguồn: "Báo Thanh Hóa" & <Cổng thông tin>';
    const lines = wrapText(text, 12, 1, 'regular', mono);
    const svg = `<svg>${textBlockSvg({part: 'source', lines, x: 0, y: 10, fontSize: 1, lineHeight: 1.2, weight: 'regular', fill: '#000'})}<text>not a part</text></svg>`;
    expect(lines.length).toBeGreaterThan(2);
    expect(drawnTexts(svg)).toEqual([{part: 'source', text}]);
  });
});

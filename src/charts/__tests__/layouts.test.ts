import {classLabels, layoutTileGrid} from '../layoutTileGrid';
import {describeProgress, describeRatio, layoutProgressBars, NO_DATA_TEXT} from '../layoutProgressBars';
import {layoutStackedBars} from '../layoutStackedBars';
import {DOUBTED_DASH, layoutTimeline} from '../layoutTimeline';
import {estimateTextWidth, wrapLabel} from '../geometry';
import {INK, MUTED_INK, PAPER, SEQUENTIAL_SWATCHES, STAR_SWATCHES} from '../palette';

const SERIES = [
  {key: 'sao_5', label: '5 sao', swatch: STAR_SWATCHES.sao_5},
  {key: 'sao_4', label: '4 sao', swatch: STAR_SWATCHES.sao_4},
  {key: 'sao_3', label: '3 sao', swatch: STAR_SWATCHES.sao_3},
];

describe('layoutStackedBars', () => {
  // Width chosen so that one product is exactly 20 px: 50 (labels) + 6 × 20 + 13,6 (total label).
  const layout = layoutStackedBars(
    [
      {id: 'b', label: 'B', values: [0, 0, 2]},
      {id: 'a', label: 'A', values: [1, 2, 3]},
    ],
    SERIES,
    {width: 183.6, rowHeight: 20, barHeight: 10, labelWidth: 50, fontSize: 10},
  );
  it('sorts by total and stacks the segments', () => {
    expect(layout.rows.map((r) => r.id)).toEqual(['a', 'b']);
    expect(layout.rows[0]).toEqual({
      id: 'a',
      label: {x: 44, y: 37.5, text: 'A', anchor: 'end'},
      total: {x: 174, y: 37.5, text: '6', anchor: 'start'},
      segments: [
        {key: 'sao_5', x: 50, y: 29, width: 20, height: 10, fill: '#7a1013', value: 1, label: {x: 60, y: 37.5, text: '1', anchor: 'middle', fill: '#ffffff'}},
        {key: 'sao_4', x: 70, y: 29, width: 40, height: 10, fill: '#c0392b', value: 2, label: {x: 90, y: 37.5, text: '2', anchor: 'middle', fill: '#ffffff'}},
        {key: 'sao_3', x: 110, y: 29, width: 60, height: 10, fill: '#e8a33d', value: 3, label: {x: 140, y: 37.5, text: '3', anchor: 'middle', fill: INK}},
      ],
    });
  });
  it('drops empty segments', () => {
    expect(layout.rows[1]!.segments.map((s) => [s.key, s.x, s.width])).toEqual([['sao_3', 50, 40]]);
    expect(layout.rows[1]!.total).toEqual({x: 94, y: 57.5, text: '2', anchor: 'start'});
  });
  it('has axis ticks, a legend and a height that fits the rows', () => {
    expect(layout.ticks).toEqual([0, 1, 2, 3, 4, 5, 6].map((t) => ({x: 50 + 20 * t, label: String(t)})));
    expect(layout.legend.map((l) => [l.x, l.label.x, l.label.text])).toEqual([
      [50, 66, '5 sao'],
      [106, 122, '4 sao'],
      [162, 178, '3 sao'],
    ]);
    expect(layout.plot).toEqual({left: 50, right: 170, top: 24, bottom: 64});
    expect(layout.height).toBe(86);
  });
  it('leaves a segment unlabelled when its number does not fit', () => {
    const tight = layoutStackedBars([{id: 'x', label: 'X', values: [1, 0, 99]}], SERIES, {width: 200, labelWidth: 50, fontSize: 12});
    expect(tight.rows[0]!.segments[0]!.label).toBeNull();
  });
});

describe('layoutProgressBars', () => {
  const layout = layoutProgressBars(
    [
      {id: 'a', label: 'A', target: 4, achieved: null},
      {id: 'b', label: 'B', target: 2, achieved: 3},
    ],
    {width: 130, rowHeight: 20, barHeight: 10, labelWidth: 50, valueWidth: 30, fontSize: 10},
  );
  it('shows "chưa có số liệu" and no bar when nothing is reported', () => {
    expect(layout.rows[0]).toEqual({
      id: 'a',
      label: {x: 44, y: 17.5, text: 'A', anchor: 'end'},
      track: {x: 50, y: 9, width: 50, height: 10},
      bar: null,
      value: {x: 104, y: 17.5, text: NO_DATA_TEXT, anchor: 'start', fill: MUTED_INK},
    });
  });
  it('draws achieved beyond the target when the target is exceeded', () => {
    expect(layout.rows[1]).toEqual({
      id: 'b',
      label: {x: 44, y: 37.5, text: 'B', anchor: 'end'},
      track: {x: 50, y: 29, width: 25, height: 10},
      bar: {x: 50, y: 32, width: 37.5, height: 4},
      value: {x: 91.5, y: 37.5, text: '3/2 · 150 %', anchor: 'start', fill: undefined},
    });
    expect(layout.height).toBe(66);
  });
  it('describes progress in Vietnamese', () => {
    expect(describeProgress(null, 8)).toBe('chưa có số liệu');
    expect(describeProgress(0, 8)).toBe('0/8 · 0 %');
    expect(describeProgress(3, 8)).toBe('3/8 · 37,5 %');
    expect(describeProgress(1, 0)).toBe('1/0');
  });
  it('says when a target is exceeded', () => {
    expect(describeRatio(0.375)).toBe('37,5 %');
    expect(describeRatio(1)).toBe('100 %');
    expect(describeRatio(1.5)).toBe('150 % (vượt chỉ tiêu)');
  });
  it('keeps room for the widest figure by default', () => {
    const auto = layoutProgressBars([{id: 'a', label: 'A', target: 4, achieved: null}], {width: 300, labelWidth: 50, fontSize: 10});
    expect(auto.plot.right).toBe(300 - (estimateTextWidth(NO_DATA_TEXT, 10) + 6));
  });
});

describe('layoutTimeline', () => {
  const layout = layoutTimeline(
    [
      {id: 'p2', date: '2024-01-01', value: 200, lowerBound: true},
      {id: 'p1', date: '2023-01-01', value: 100, lowerBound: false},
    ],
    {width: 236, height: 200, goalYear: 2024, goalLabel: ['Mục tiêu']},
  );
  // x: 2023-01-01 → 36, 2025-01-01 → 226; 2024-01-01 is 365 of 731 days in.
  const x2024 = Math.round((36 + (190 * 365) / 731) * 100) / 100;
  it('places the points in date order, hollow for lower bounds', () => {
    expect(x2024).toBe(130.87);
    expect(layout.points).toEqual([
      {id: 'p1', cx: 36, cy: 99, r: 3.5, fill: INK, stroke: INK},
      {id: 'p2', cx: 130.87, cy: 44, r: 3.5, fill: PAPER, stroke: INK},
    ]);
    expect(layout.path).toBe('M36,99L130.87,44');
  });
  it('labels each point, ">" for lower bounds, kept inside the chart', () => {
    expect(layout.labels).toEqual([
      {x: 46.08, y: 91, text: '100', anchor: 'middle'},
      {x: 130.87, y: 36, text: '>200', anchor: 'middle'},
    ]);
  });
  it('shades the goal year and writes the goal above it', () => {
    expect(layout.goal).toMatchObject({x: 130.87, width: 95.13, y: 44, height: 110, labels: [{x: 226, y: 36, text: 'Mục tiêu', anchor: 'end'}]});
  });
  it('has year ticks and round value ticks', () => {
    expect(layout.xTicks).toEqual([
      {x: 36, label: '2023'},
      {x: 130.87, label: '2024'},
    ]);
    expect(layout.yTicks).toEqual([
      {y: 154, label: '0'},
      {y: 126.5, label: '50'},
      {y: 99, label: '100'},
      {y: 71.5, label: '150'},
      {y: 44, label: '200'},
    ]);
    expect(layout.legend.map((l) => l.label.text)).toEqual(['số liệu công bố', 'nguồn ghi “hơn …”']);
  });
  it('gives points a few days apart one label with their range', () => {
    const clustered = layoutTimeline(
      [
        {id: 'a', date: '2025-01-29', value: 606, lowerBound: false},
        {id: 'b', date: '2025-02-06', value: 573, lowerBound: false},
        {id: 'c', date: '2025-02-10', value: 600, lowerBound: true},
      ],
      {width: 340, height: 250, goalYear: 2025, goalLabel: []},
    );
    expect(clustered.labels.map((l) => l.text)).toEqual(['573–606']);
  });
  it('draws a doubted figure dashed and hollow, off the line, in the shared label and the legend', () => {
    const doubted = layoutTimeline(
      [
        {id: 'p1', date: '2023-01-01', value: 100, lowerBound: false},
        {id: 'p2', date: '2024-01-01', value: 200, lowerBound: false},
        {id: 'p3', date: '2024-01-01', value: 150, lowerBound: false, doubted: true},
      ],
      {width: 236, height: 200, goalYear: 2024, goalLabel: []},
    );
    expect(doubted.points[2]).toEqual({id: 'p3', cx: 130.87, cy: 71.5, r: 3.5, fill: PAPER, stroke: INK, dash: DOUBTED_DASH});
    expect(doubted.path).toBe('M36,99L130.87,44');
    expect(doubted.labels.map((l) => l.text)).toEqual(['100', '150–200']);
    expect(doubted.legend.map((l) => [l.label.text, l.dash])).toEqual([
      ['số liệu công bố', undefined],
      ['số liệu bị nghi vấn (không nối)', DOUBTED_DASH],
    ]);
    // The second entry does not fit beside the first in 236 px: it wraps, and the chart grows by one line.
    expect(doubted.legend.map((l) => [l.x, l.label.y])).toEqual([
      [36, 186],
      [36, 202],
    ]);
    expect(doubted.height).toBe(216);
    expect(doubted.plot.bottom).toBe(154);
  });
});

describe('layoutTileGrid', () => {
  const layout = layoutTileGrid(
    [
      {id: 'a', label: 'Nga Sơn', row: 0, col: 0, value: 2},
      {id: 'b', label: 'TP Thanh Hóa', row: 1, col: 1, value: 12},
    ],
    {width: 107, thresholds: [4, 7, 10], swatches: SEQUENTIAL_SWATCHES, maxLabelChars: 7, legendTitle: 'Chỉ tiêu:'},
  );
  it('places squares by row and column, coloured by class, labelled in text', () => {
    expect(layout.tiles).toEqual([
      {
        id: 'a', x: 2, y: 2, size: 50, fill: '#fbe3d4',
        lines: [{x: 27, y: 23.5, text: 'Nga Sơn', anchor: 'middle', fill: INK}],
        value: {x: 27, y: 38.5, text: '2', anchor: 'middle', fill: INK},
      },
      {
        id: 'b', x: 55, y: 55, size: 50, fill: '#8b1316',
        lines: [
          {x: 80, y: 70.5, text: 'TP Thanh', anchor: 'middle', fill: '#ffffff'},
          {x: 80, y: 82.5, text: 'Hóa', anchor: 'middle', fill: '#ffffff'},
        ],
        value: {x: 80, y: 97.5, text: '12', anchor: 'middle', fill: '#ffffff'},
      },
    ]);
  });
  it('has a legend with the range of each class', () => {
    expect(layout.legend.map((l) => [l.x, l.label.text])).toEqual([
      [2, '2–3'],
      [27.75, '4–6'],
      [53.5, '7–9'],
      [79.25, '10–12'],
    ]);
    expect(layout.height).toBe(151);
  });
  it('class labels', () => {
    expect(classLabels([4, 7, 10], 2, 12)).toEqual(['2–3', '4–6', '7–9', '10–12']);
    expect(classLabels([4], 3, 4)).toEqual(['3', '4']);
  });
});

describe('wrapLabel', () => {
  it('wraps at spaces', () => {
    expect(wrapLabel('Quảng Xương', 7)).toEqual(['Quảng', 'Xương']);
    expect(wrapLabel('Nga Sơn', 7)).toEqual(['Nga Sơn']);
    expect(wrapLabel('TP Thanh Hóa', 7)).toEqual(['TP', 'Thanh', 'Hóa']);
  });
});

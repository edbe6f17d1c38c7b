/** SVG of a stacked horizontal bar chart, from layoutStackedBars. */
import {createElement as h, type ReactElement} from 'react';
import type {StackedBarsLayout} from '../../charts/layoutStackedBars';
import {GRID, MUTED_INK} from '../../charts/palette';
import {Legend, SvgFrame, Text, type ChartSvgProps} from './parts';

export function StackedBarsSvg({layout, ...frame}: ChartSvgProps & {layout: StackedBarsLayout}): ReactElement {
  const {plot} = layout;
  return h(
    SvgFrame,
    {...frame, width: layout.width, height: layout.height, fontSize: layout.fontSize},
    h(
      'g',
      {'aria-hidden': true},
      layout.ticks.map((t) => h('line', {key: `g${t.x}`, x1: t.x, x2: t.x, y1: plot.top, y2: plot.bottom, stroke: GRID})),
      layout.ticks.map((t) => h('text', {key: `t${t.x}`, x: t.x, y: plot.bottom + 15, textAnchor: 'middle', fill: MUTED_INK}, t.label)),
    ),
    h(Legend, {items: layout.legend}),
    layout.rows.map((row) =>
      h(
        'g',
        {key: row.id},
        h(Text, {mark: row.label}),
        row.segments.map((s) => h('rect', {key: s.key, x: s.x, y: s.y, width: s.width, height: s.height, fill: s.fill, stroke: '#ffffff', strokeWidth: 0.5})),
        row.segments.map((s) => (s.label ? h(Text, {key: `v${s.key}`, mark: s.label}) : null)),
        h(Text, {mark: row.total, weight: 'bold'}),
      ),
    ),
  );
}

/** SVG of progress bars against targets, from layoutProgressBars. */
import {createElement as h, type ReactElement} from 'react';
import type {ProgressBarsLayout} from '../../charts/layoutProgressBars';
import {GRID, MUTED_INK} from '../../charts/palette';
import {SvgFrame, Text, type ChartSvgProps} from './parts';

export function ProgressBarsSvg({layout, ...frame}: ChartSvgProps & {layout: ProgressBarsLayout}): ReactElement {
  const {plot, colors} = layout;
  return h(
    SvgFrame,
    {...frame, width: layout.width, height: layout.height, fontSize: layout.fontSize},
    h(
      'g',
      {'aria-hidden': true},
      h('line', {x1: plot.left, x2: plot.right, y1: plot.bottom, y2: plot.bottom, stroke: GRID}),
      layout.ticks.map((t) => h('line', {key: `g${t.x}`, x1: t.x, x2: t.x, y1: plot.bottom, y2: plot.bottom + 4, stroke: MUTED_INK})),
      layout.ticks.map((t) => h('text', {key: `t${t.x}`, x: t.x, y: plot.bottom + 15, textAnchor: 'middle', fill: MUTED_INK}, t.label)),
    ),
    layout.rows.map((row) =>
      h(
        'g',
        {key: row.id},
        h(Text, {mark: row.label}),
        h('rect', {...row.track, fill: colors.track, stroke: colors.trackStroke}),
        row.bar ? h('rect', {...row.bar, fill: colors.bar}) : null,
        h(Text, {mark: row.value}),
      ),
    ),
  );
}

/** SVG of the cumulative OCOP products over time, from layoutTimeline. */
import {createElement as h, type ReactElement} from 'react';
import type {TimelineLayout} from '../../charts/layoutTimeline';
import {GRID, INK, MUTED_INK} from '../../charts/palette';
import {Legend, SvgFrame, Text, type ChartSvgProps} from './parts';

export function TimelineSvg({layout, ...frame}: ChartSvgProps & {layout: TimelineLayout}): ReactElement {
  const {plot, goal} = layout;
  return h(
    SvgFrame,
    {...frame, width: layout.width, height: layout.height, fontSize: layout.fontSize},
    h('rect', {x: goal.x, y: goal.y, width: goal.width, height: goal.height, fill: goal.fill}),
    goal.labels.map((m, i) => h(Text, {key: `goal${i}`, mark: m})),
    h(
      'g',
      {'aria-hidden': true},
      layout.yTicks.map((t) => h('line', {key: `g${t.y}`, x1: plot.left, x2: plot.right, y1: t.y, y2: t.y, stroke: GRID})),
      layout.yTicks.map((t) => h('text', {key: `y${t.y}`, x: plot.left - 4, y: t.y + 4, textAnchor: 'end', fill: MUTED_INK}, t.label)),
      layout.xTicks.map((t) => h('line', {key: `x${t.x}`, x1: t.x, x2: t.x, y1: plot.bottom, y2: plot.bottom + 4, stroke: MUTED_INK})),
      layout.xTicks.map((t) => h('text', {key: `xl${t.x}`, x: t.x, y: plot.bottom + 16, textAnchor: 'middle', fill: MUTED_INK}, t.label)),
    ),
    h('path', {d: layout.path, fill: 'none', stroke: INK, strokeWidth: 1.5}),
    layout.points.map((p) => h('circle', {key: p.id, cx: p.cx, cy: p.cy, r: p.r, fill: p.fill, stroke: p.stroke, strokeWidth: 1.5, strokeDasharray: p.dash})),
    layout.labels.map((m, i) => h(Text, {key: `l${i}`, mark: m, weight: 'bold'})),
    h(Legend, {items: layout.legend}),
  );
}

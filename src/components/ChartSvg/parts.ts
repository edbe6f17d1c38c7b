/**
 * Building blocks of the chart SVGs. Written with createElement rather
 * than JSX because the plugin also renders these components in Node (to
 * write the downloadable .svg files), where Docusaurus loads TypeScript
 * with jiti, which does not compile JSX.
 */
import {createElement as h, type ReactElement, type ReactNode} from 'react';
import type {LegendItem, TextMark} from '../../charts/layoutStackedBars';
import {FONT_FAMILY, INK, PAPER} from '../../charts/palette';

export interface ChartSvgProps {
  /** Prefix for the ids of <title> and <desc>; unique on the page. */
  id: string;
  title: string;
  description: string;
}

export function SvgFrame({
  id,
  title,
  description,
  width,
  height,
  fontSize,
  children,
}: ChartSvgProps & {width: number; height: number; fontSize: number; children?: ReactNode}): ReactElement {
  return h(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${width} ${height}`,
      width,
      height,
      role: 'img',
      'aria-labelledby': `${id}-title ${id}-desc`,
      fontFamily: FONT_FAMILY,
      fontSize,
      fill: INK,
      'data-chart': id,
    },
    h('title', {id: `${id}-title`}, title),
    h('desc', {id: `${id}-desc`}, description),
    h('rect', {width, height, fill: PAPER}),
    children,
  );
}

export function Text({mark, weight}: {mark: TextMark; weight?: 'bold'}): ReactElement {
  return h('text', {x: mark.x, y: mark.y, textAnchor: mark.anchor, fill: mark.fill, fontWeight: weight}, mark.text);
}

export function Legend({items}: {items: readonly LegendItem[]}): ReactElement {
  return h(
    'g',
    null,
    items.map((item, i) =>
      h(
        'g',
        {key: i},
        item.shape === 'circle' || item.shape === 'hollow-circle'
          ? h('circle', {cx: item.x + item.size / 2, cy: item.y, r: item.size / 2, fill: item.fill, stroke: item.stroke, strokeWidth: 1.5, strokeDasharray: item.dash})
          : h('rect', {x: item.x, y: item.y, width: item.size, height: item.size, fill: item.fill, stroke: item.stroke}),
        h(Text, {mark: item.label}),
      ),
    ),
  );
}

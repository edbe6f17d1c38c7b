/** SVG of the tile-grid map, from layoutTileGrid. */
import {createElement as h, type ReactElement} from 'react';
import type {TileGridLayout} from '../../charts/layoutTileGrid';
import {Legend, SvgFrame, Text, type ChartSvgProps} from './parts';

export function TileGridSvg({layout, ...frame}: ChartSvgProps & {layout: TileGridLayout}): ReactElement {
  return h(
    SvgFrame,
    {...frame, width: layout.width, height: layout.height, fontSize: layout.fontSize},
    layout.tiles.map((t) =>
      h(
        'g',
        {key: t.id},
        h('rect', {x: t.x, y: t.y, width: t.size, height: t.size, rx: 3, fill: t.fill, stroke: '#8d9196'}),
        t.lines.map((m, i) => h(Text, {key: i, mark: m})),
        h(Text, {mark: t.value, weight: 'bold'}),
      ),
    ),
    h(Text, {mark: layout.legendTitle}),
    h(Legend, {items: layout.legend}),
  );
}

/** @jsxRuntime automatic @jsxImportSource react */
/** SVG of the tile-grid map, from layoutTileGrid. */
import type {ReactElement} from 'react';
import type {TileGridLayout} from '../../charts/layoutTileGrid';
import {Legend, SvgFrame, Text, type ChartSvgProps} from './parts';

export function TileGridSvg({layout, ...frame}: ChartSvgProps & {layout: TileGridLayout}): ReactElement {
  return (
    <SvgFrame {...frame} width={layout.width} height={layout.height} fontSize={layout.fontSize}>
      {layout.tiles.map((t) => (
        <g key={t.id}>
          <rect x={t.x} y={t.y} width={t.size} height={t.size} rx={3} fill={t.fill} stroke="#8d9196" />
          {t.lines.map((m, i) => (
            <Text key={i} mark={m} />
          ))}
          <Text mark={t.value} weight="bold" />
        </g>
      ))}
      <Text mark={layout.legendTitle} />
      <Legend items={layout.legend} />
    </SvgFrame>
  );
}

/** @jsxRuntime automatic @jsxImportSource react */
/** SVG of progress bars against targets, from layoutProgressBars. */
import type {ReactElement} from 'react';
import type {ProgressBarsLayout} from '../../charts/layoutProgressBars';
import {GRID, MUTED_INK} from '../../charts/palette';
import {SvgFrame, Text, type ChartSvgProps} from './parts';

export function ProgressBarsSvg({layout, ...frame}: ChartSvgProps & {layout: ProgressBarsLayout}): ReactElement {
  const {plot, colors} = layout;
  return (
    <SvgFrame {...frame} width={layout.width} height={layout.height} fontSize={layout.fontSize}>
      <g aria-hidden>
        <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} stroke={GRID} />
        {layout.ticks.map((t) => (
          <line key={`g${t.x}`} x1={t.x} x2={t.x} y1={plot.bottom} y2={plot.bottom + 4} stroke={MUTED_INK} />
        ))}
        {layout.ticks.map((t) => (
          <text key={`t${t.x}`} x={t.x} y={plot.bottom + 15} textAnchor="middle" fill={MUTED_INK}>
            {t.label}
          </text>
        ))}
      </g>
      {layout.rows.map((row) => (
        <g key={row.id}>
          <Text mark={row.label} />
          <rect {...row.track} fill={colors.track} stroke={colors.trackStroke} />
          {row.bar ? <rect {...row.bar} fill={colors.bar} /> : null}
          <Text mark={row.value} />
        </g>
      ))}
    </SvgFrame>
  );
}

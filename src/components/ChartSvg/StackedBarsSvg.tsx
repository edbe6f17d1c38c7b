/** @jsxRuntime automatic @jsxImportSource react */
/** SVG of a stacked horizontal bar chart, from layoutStackedBars. */
import type {ReactElement} from 'react';
import type {StackedBarsLayout} from '../../charts/layoutStackedBars';
import {GRID, MUTED_INK} from '../../charts/palette';
import {Legend, SvgFrame, Text, type ChartSvgProps} from './parts';

export function StackedBarsSvg({layout, ...frame}: ChartSvgProps & {layout: StackedBarsLayout}): ReactElement {
  const {plot} = layout;
  return (
    <SvgFrame {...frame} width={layout.width} height={layout.height} fontSize={layout.fontSize}>
      <g aria-hidden>
        {layout.ticks.map((t) => (
          <line key={`g${t.x}`} x1={t.x} x2={t.x} y1={plot.top} y2={plot.bottom} stroke={GRID} />
        ))}
        {layout.ticks.map((t) => (
          <text key={`t${t.x}`} x={t.x} y={plot.bottom + 15} textAnchor="middle" fill={MUTED_INK}>
            {t.label}
          </text>
        ))}
      </g>
      <Legend items={layout.legend} />
      {layout.rows.map((row) => (
        <g key={row.id}>
          <Text mark={row.label} />
          {row.segments.map((s) => (
            <rect key={s.key} x={s.x} y={s.y} width={s.width} height={s.height} fill={s.fill} stroke="#ffffff" strokeWidth={0.5} />
          ))}
          {row.segments.map((s) => (s.label ? <Text key={`v${s.key}`} mark={s.label} /> : null))}
          <Text mark={row.total} weight="bold" />
        </g>
      ))}
    </SvgFrame>
  );
}

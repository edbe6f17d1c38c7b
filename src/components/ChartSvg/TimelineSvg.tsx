/** @jsxRuntime automatic @jsxImportSource react */
/** SVG of the cumulative OCOP products over time, from layoutTimeline. */
import type {ReactElement} from 'react';
import type {TimelineLayout} from '../../charts/layoutTimeline';
import {GRID, INK, MUTED_INK} from '../../charts/palette';
import {Legend, SvgFrame, Text, type ChartSvgProps} from './parts';

export function TimelineSvg({layout, ...frame}: ChartSvgProps & {layout: TimelineLayout}): ReactElement {
  const {plot, goal} = layout;
  return (
    <SvgFrame {...frame} width={layout.width} height={layout.height} fontSize={layout.fontSize}>
      <rect x={goal.x} y={goal.y} width={goal.width} height={goal.height} fill={goal.fill} />
      {goal.labels.map((m, i) => (
        <Text key={`goal${i}`} mark={m} />
      ))}
      <g aria-hidden>
        {layout.yTicks.map((t) => (
          <line key={`g${t.y}`} x1={plot.left} x2={plot.right} y1={t.y} y2={t.y} stroke={GRID} />
        ))}
        {layout.yTicks.map((t) => (
          <text key={`y${t.y}`} x={plot.left - 4} y={t.y + 4} textAnchor="end" fill={MUTED_INK}>
            {t.label}
          </text>
        ))}
        {layout.xTicks.map((t) => (
          <line key={`x${t.x}`} x1={t.x} x2={t.x} y1={plot.bottom} y2={plot.bottom + 4} stroke={MUTED_INK} />
        ))}
        {layout.xTicks.map((t) => (
          <text key={`xl${t.x}`} x={t.x} y={plot.bottom + 16} textAnchor="middle" fill={MUTED_INK}>
            {t.label}
          </text>
        ))}
      </g>
      <path d={layout.path} fill="none" stroke={INK} strokeWidth={1.5} />
      {layout.points.map((p) => (
        <circle key={p.id} cx={p.cx} cy={p.cy} r={p.r} fill={p.fill} stroke={p.stroke} strokeWidth={1.5} strokeDasharray={p.dash} />
      ))}
      {layout.labels.map((m, i) => (
        <Text key={`l${i}`} mark={m} weight="bold" />
      ))}
      <Legend items={layout.legend} />
    </SvgFrame>
  );
}

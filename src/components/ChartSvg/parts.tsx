/** @jsxRuntime automatic @jsxImportSource react */
/** Building blocks of the chart SVGs: the frame (title, description, background), text marks and legends. */
import type {ReactElement, ReactNode} from 'react';
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
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      fontFamily={FONT_FAMILY}
      fontSize={fontSize}
      fill={INK}
      data-chart={id}>
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <rect width={width} height={height} fill={PAPER} />
      {children}
    </svg>
  );
}

export function Text({mark, weight}: {mark: TextMark; weight?: 'bold'}): ReactElement {
  return (
    <text x={mark.x} y={mark.y} textAnchor={mark.anchor} fill={mark.fill} fontWeight={weight}>
      {mark.text}
    </text>
  );
}

export function Legend({items}: {items: readonly LegendItem[]}): ReactElement {
  return (
    <g>
      {items.map((item, i) => (
        <g key={i}>
          {item.shape === 'circle' || item.shape === 'hollow-circle' ? (
            <circle cx={item.x + item.size / 2} cy={item.y} r={item.size / 2} fill={item.fill} stroke={item.stroke} strokeWidth={1.5} strokeDasharray={item.dash} />
          ) : (
            <rect x={item.x} y={item.y} width={item.size} height={item.size} fill={item.fill} stroke={item.stroke} />
          )}
          <Text mark={item.label} />
        </g>
      ))}
    </g>
  );
}

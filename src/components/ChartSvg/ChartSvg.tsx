/** @jsxRuntime automatic @jsxImportSource react */
/** Picks the SVG component for a chart's kind. */
import type {ReactElement} from 'react';
import type {ChartData} from '../../charts/specs';
import {ProgressBarsSvg} from './ProgressBarsSvg';
import {StackedBarsSvg} from './StackedBarsSvg';
import {TileGridSvg} from './TileGridSvg';
import {TimelineSvg} from './TimelineSvg';

export function ChartSvg({chart}: {chart: ChartData}): ReactElement {
  const frame = {id: chart.id, title: chart.title, description: chart.description};
  switch (chart.kind) {
    case 'stacked-bars':
      return <StackedBarsSvg {...frame} layout={chart.layout} />;
    case 'progress-bars':
      return <ProgressBarsSvg {...frame} layout={chart.layout} />;
    case 'timeline':
      return <TimelineSvg {...frame} layout={chart.layout} />;
    case 'tile-grid':
      return <TileGridSvg {...frame} layout={chart.layout} />;
  }
}

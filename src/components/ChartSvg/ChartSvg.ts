/** Picks the SVG component for a chart's kind. */
import {createElement as h, type ReactElement} from 'react';
import type {ChartData} from '../../plugins/ocop-data/pageData';
import {ProgressBarsSvg} from './ProgressBarsSvg';
import {StackedBarsSvg} from './StackedBarsSvg';
import {TileGridSvg} from './TileGridSvg';
import {TimelineSvg} from './TimelineSvg';

export function ChartSvg({chart}: {chart: ChartData}): ReactElement {
  const frame = {id: chart.id, title: chart.title, description: chart.description};
  switch (chart.kind) {
    case 'stacked-bars':
      return h(StackedBarsSvg, {...frame, layout: chart.layout});
    case 'progress-bars':
      return h(ProgressBarsSvg, {...frame, layout: chart.layout});
    case 'timeline':
      return h(TimelineSvg, {...frame, layout: chart.layout});
    case 'tile-grid':
      return h(TileGridSvg, {...frame, layout: chart.layout});
  }
}

/** The chart SVG components, by chart kind. */
export {StackedBarsSvg} from './StackedBarsSvg';
export {ProgressBarsSvg} from './ProgressBarsSvg';
export {TimelineSvg} from './TimelineSvg';
export {TileGridSvg} from './TileGridSvg';
export type {ChartSvgProps} from './parts';
export {ChartSvg} from './ChartSvg';

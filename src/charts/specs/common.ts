/** Words and cells shared by several chart definitions. */
import {PLAN} from '../../datasets/plan36';
import type {StarCounts} from '../../datasets/plan36';
import {formatNumber} from '../../format';
import {CHART_PICTURES, chartPictureName} from '../../share/sizes';
import type {ChartInput, ChartPictureLink} from './types';

export const PLAN_SOURCE = `Kế hoạch ${PLAN.number} ngày ${PLAN.dateText}, phụ lục`;
export const PLAN_AS_OF = `${PLAN.dateText} (ngày ban hành Kế hoạch)`;

export const STAR_HEADERS = [
  {label: 'Tổng', numeric: true},
  {label: '5 sao', numeric: true},
  {label: '4 sao', numeric: true},
  {label: '3 sao', numeric: true},
];

export const starCells = (c: StarCounts): string[] => [c.tong, c.sao_5, c.sao_4, c.sao_3].map(formatNumber);

/** Download links of a chart's share pictures. */
export const pictureLinks = (links: ChartInput['links'], id: string): ChartPictureLink[] =>
  CHART_PICTURES.map((size) => ({href: links.picture(chartPictureName(id, size)), label: size.label, width: size.width, height: size.height}));

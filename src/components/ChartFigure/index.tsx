/**
 * One chart as the reader meets it: a caption saying what it shows, the
 * server-rendered SVG, the source and date of the figures, download links
 * (CSV, SVG, and PNG pictures made for sharing: each carries the chart's
 * title, source, date and the site's name; src/share/) and the same
 * numbers as a table. The caption comes first:
 * a <figcaption> must be the first or the last child of its <figure>.
 */
import type {ReactNode} from 'react';
import {ChartSvg} from '../ChartSvg';
import TableView from '../TableView';
import ChartFileLinks from './ChartFileLinks';
import type {ChartData} from '../../charts/specs';
import styles from './styles.module.css';

export default function ChartFigure({chart}: {chart: ChartData}): ReactNode {
  return (
    <figure className={styles.figure} id={`hinh-${chart.id}`}>
      <figcaption className={styles.caption}>{chart.description}</figcaption>
      <div className={styles.canvas}>
        <ChartSvg chart={chart} />
      </div>
      <dl className={styles.meta}>
        <dt>Nguồn:</dt>
        <dd>{chart.source}</dd>
        <dt>Số liệu tính đến:</dt>
        <dd>{chart.asOf}</dd>
        <dt>Tải xuống:</dt>
        <dd>
          <a href={chart.csvHref} download>
            dữ liệu {chart.csvName} (CSV)
          </a>
          {' · '}
          <ChartFileLinks svgHref={chart.svgHref} pictures={chart.pictures} />
        </dd>
      </dl>
      <details className={styles.details}>
        <summary>Xem số liệu dạng bảng</summary>
        <TableView table={chart.table} />
      </details>
    </figure>
  );
}

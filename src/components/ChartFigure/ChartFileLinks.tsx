/**
 * A chart's files as links: its SVG, then its share pictures (PNG), with
 * each picture's size in the link text. Used under each chart on
 * /chi-tieu/ and in the chart list of /du-lieu/.
 */
import {Fragment, type ReactNode} from 'react';
import type {ChartPictureLink} from '../../charts/specs/types';

export default function ChartFileLinks({svgHref, pictures}: {svgHref: string; pictures: readonly ChartPictureLink[]}): ReactNode {
  return (
    <>
      <a href={svgHref} download>
        biểu đồ (SVG)
      </a>
      {pictures.map((p) => (
        <Fragment key={p.href}>
          {' · '}
          <a href={p.href} download>
            {p.label}
          </a>
        </Fragment>
      ))}
    </>
  );
}

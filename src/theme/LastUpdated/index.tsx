/**
 * "Cập nhật lần cuối vào 24/02/2025": the theme's component, with the date in
 * the site's dd/mm/yyyy form (src/format.ts) instead of `Intl.DateTimeFormat`.
 *
 * The first `Intl` formatter a page creates loads the browser's locale data:
 * on a phone that is the longest step of hydrating a doc page (≈ 65 ms at
 * Lighthouse's 4× CPU slowdown, in one block the page cannot answer input
 * during). The site's own format needs none of it, and is the form of the
 * dates in the site's tables and data pages. As in the theme's component, a
 * development server (`npm start`) shows a made-up date, and says so.
 */
import React, {type ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import {ThemeClassNames} from '@docusaurus/theme-common';
import type {Props} from '@theme/LastUpdated';
import {formatIsoDate} from '@site/src/format';

function LastUpdatedAtDate({lastUpdatedAt}: {lastUpdatedAt: number}): ReactNode {
  const iso = new Date(lastUpdatedAt).toISOString();
  return (
    <Translate
      id="theme.lastUpdated.atDate"
      description="The words used to describe on which date a page has been last updated"
      values={{
        date: (
          <b>
            <time dateTime={iso} itemProp="dateModified">
              {formatIsoDate(iso.slice(0, 10))}
            </time>
          </b>
        ),
      }}>
      {' on {date}'}
    </Translate>
  );
}

function LastUpdatedByUser({lastUpdatedBy}: {lastUpdatedBy: string}): ReactNode {
  return (
    <Translate
      id="theme.lastUpdated.byUser"
      description="The words used to describe by who the page has been last updated"
      values={{user: <b>{lastUpdatedBy}</b>}}>
      {' by {user}'}
    </Translate>
  );
}

export default function LastUpdated({lastUpdatedAt, lastUpdatedBy}: Props): ReactNode {
  return (
    <span className={ThemeClassNames.common.lastUpdated}>
      <Translate
        id="theme.lastUpdated.lastUpdatedAtBy"
        description="The sentence used to display when a page has been last updated, and by who"
        values={{
          atDate: lastUpdatedAt ? <LastUpdatedAtDate lastUpdatedAt={lastUpdatedAt} /> : '',
          byUser: lastUpdatedBy ? <LastUpdatedByUser lastUpdatedBy={lastUpdatedBy} /> : '',
        }}>
        {'Last updated{atDate}{byUser}'}
      </Translate>
      {process.env.NODE_ENV === 'development' && (
        <div>
          <small> (ngày giả lập khi chạy thử trên máy)</small>
        </div>
      )}
    </span>
  );
}

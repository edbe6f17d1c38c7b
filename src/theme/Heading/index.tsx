/**
 * Wraps the theme's Heading: inside the official plan text, each numbered
 * item's heading is followed by a "copy link" button, so an official can
 * cite "Kế hoạch 36, mục II.2.3" with a direct link. The items of Part IV
 * (#iv-1 … #iv-16) also get a link to the body's page under /co-quan/,
 * server-rendered, outside the heading and marked as the site's, not the plan's.
 */
import React, {useContext, useState, type ReactNode} from 'react';
import Heading from '@theme-original/Heading';
import type HeadingType from '@theme/Heading';
import type {WrapperProps} from '@docusaurus/types';
import Link from '@docusaurus/Link';
import {agencyPath, bodyForItem} from '@site/src/agencies/bodies';
import {OfficialTextContext} from '@site/src/components/OfficialText/context';
import {citationForAnchor} from '@site/src/plan/anchors';
import styles from './styles.module.css';

type Props = WrapperProps<typeof HeadingType>;

/** The Part IV item number of an anchor "iv-N", or null. */
function partIvItem(id: string): number | null {
  const m = /^iv-(\d+)$/.exec(id);
  return m ? Number(m[1]) : null;
}

function AgencyLink({id}: {id: string}): ReactNode {
  const item = partIvItem(id);
  const agency = item === null ? undefined : bodyForItem(item);
  if (!agency) return null;
  return (
    <span className={styles.agencyLink}>
      <Link to={agencyPath(agency.slug)}>Xem trang cơ quan: {agency.shortName}</Link>
    </span>
  );
}

function CopyLink({id, citation}: {id: string; citation: string}): ReactNode {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    const url = `${window.location.origin}${window.location.pathname}#${id}`;
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
      window.setTimeout(() => setCopied(false), 3000);
    } catch {
      window.location.hash = id;
    }
  };
  return (
    <>
      <button type="button" className={styles.copy} onClick={copy}>
        Sao chép liên kết đến mục {citation}
      </button>
      <span role="status" className={styles.status}>
        {copied ? 'Đã sao chép liên kết.' : ''}
      </span>
    </>
  );
}

export default function HeadingWrapper(props: Props): ReactNode {
  const inOfficialText = useContext(OfficialTextContext);
  const citation = props.id ? citationForAnchor(props.id) : null;
  if (!inOfficialText || !props.id || !citation) {
    return <Heading {...props} />;
  }
  // The button is in the server HTML (nothing to insert after hydration, so
  // nothing moves and no work on the phone's main thread); it works once the
  // page has hydrated. Without JavaScript it cannot copy, so it is hidden
  // (.js-only, src/css/custom.css).
  return (
    <>
      <Heading {...props} />
      <p className={`${styles.copyRow} no-print`}>
        <AgencyLink id={props.id} />
        <span className={`${styles.copySlot} js-only`} data-pagefind-ignore="">
          <CopyLink id={props.id} citation={citation} />
        </span>
      </p>
    </>
  );
}

/**
 * Wraps the theme's Heading: inside the official plan text, each numbered
 * item's heading is followed by a "copy link" button, so an official can
 * cite "Kế hoạch 36, mục II.2.3" with a direct link.
 */
import React, {useContext, useState, type ReactNode} from 'react';
import Heading from '@theme-original/Heading';
import type HeadingType from '@theme/Heading';
import type {WrapperProps} from '@docusaurus/types';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {OfficialTextContext} from '@site/src/components/OfficialText/context';
import {citationForAnchor} from '@site/src/plan/anchors';
import styles from './styles.module.css';

type Props = WrapperProps<typeof HeadingType>;

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
    <p className={`${styles.copyRow} no-print`}>
      <button type="button" className={styles.copy} onClick={copy}>
        Sao chép liên kết đến mục {citation}
      </button>
      <span role="status" className={styles.status}>
        {copied ? 'Đã sao chép liên kết.' : ''}
      </span>
    </p>
  );
}

export default function HeadingWrapper(props: Props): ReactNode {
  const inOfficialText = useContext(OfficialTextContext);
  const isBrowser = useIsBrowser();
  const citation = props.id ? citationForAnchor(props.id) : null;
  if (!inOfficialText || !isBrowser || !props.id || !citation) {
    return <Heading {...props} />;
  }
  return (
    <>
      <Heading {...props} />
      <CopyLink id={props.id} citation={citation} />
    </>
  );
}

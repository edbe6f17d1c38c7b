/**
 * An anchor for a numbered plan item that is a paragraph, not a heading
 * (e.g. mục III.1). Registered with Docusaurus so that links to it are
 * checked at build time like heading anchors.
 */
import type {ReactNode} from 'react';
import useBrokenLinks from '@docusaurus/useBrokenLinks';

export default function ItemAnchor({id}: {id: string}): ReactNode {
  useBrokenLinks().collectAnchor(id);
  return <span id={id} />;
}

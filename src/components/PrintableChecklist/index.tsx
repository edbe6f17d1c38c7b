/**
 * A printable checklist: wraps a Markdown list and draws an empty tick box
 * before each item, on screen and on paper. No JavaScript; the boxes are
 * decoration (CSS), so screen readers read a plain list.
 */
import type {ReactNode} from 'react';
import styles from './styles.module.css';

export default function PrintableChecklist({children}: {children: ReactNode}): ReactNode {
  return <div className={styles.checklist}>{children}</div>;
}

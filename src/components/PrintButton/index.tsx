/**
 * "In / Lưu PDF": shown once JavaScript runs (without it, the browser's own
 * print menu works). Its slot is server-rendered at the button's height, so
 * the button appearing after hydration moves nothing (no layout shift);
 * without JavaScript the slot takes no room (.js-only).
 */
import type {ReactNode} from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import styles from './styles.module.css';

export default function PrintButton(): ReactNode {
  const isBrowser = useIsBrowser();
  return (
    <div className={`${styles.slot} no-print js-only`}>
      {isBrowser ? (
        <button type="button" className="button button--primary" onClick={() => window.print()}>
          In / Lưu PDF
        </button>
      ) : null}
    </div>
  );
}

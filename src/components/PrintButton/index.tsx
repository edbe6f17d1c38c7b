/** "In / Lưu PDF": shown once JavaScript runs (without it, the browser's own print menu works). */
import type {ReactNode} from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';

export default function PrintButton(): ReactNode {
  const isBrowser = useIsBrowser();
  if (!isBrowser) return null;
  return (
    <button type="button" className="button button--primary no-print" onClick={() => window.print()}>
      In / Lưu PDF
    </button>
  );
}

/**
 * Frames the transcribed official text of Plan 36, so that readers (and
 * tests) can always tell it apart from editorial notes, which never sit
 * inside this frame. Headings inside it get a "copy link" button.
 */
import type {ReactNode} from 'react';
import {OfficialTextContext} from './context';
import styles from './styles.module.css';

export default function OfficialText({children, label = 'Văn bản chính thức (bản chép lại)'}: {children: ReactNode; label?: string}): ReactNode {
  return (
    <OfficialTextContext.Provider value={true}>
      <section className={`official-text ${styles.official}`} aria-label={label} data-official-text="" data-pagefind-weight="5">
        <p className={styles.label} aria-hidden="true">
          {label}
        </p>
        {children}
      </section>
    </OfficialTextContext.Provider>
  );
}

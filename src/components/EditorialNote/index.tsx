/**
 * An editorial note beside the official text: visibly labelled as not part
 * of the plan, dated, with its sources.
 */
import type {ReactNode} from 'react';
import Heading from '@theme/Heading';
import type {ContextNote} from '@site/src/plan/contextNotes';
import styles from './styles.module.css';

export default function EditorialNote({note, headingLevel = 3}: {note: ContextNote; headingLevel?: 2 | 3 | 4}): ReactNode {
  return (
    <aside className={`editorial-note ${styles.note}`} aria-labelledby={`ghi-chu-${note.id}`}>
      <p className={styles.kicker}>Ghi chú của ban biên tập — không thuộc văn bản Kế hoạch</p>
      <Heading as={`h${headingLevel}`} id={`ghi-chu-${note.id}`} className={styles.title}>
        {note.title}
      </Heading>
      {note.paragraphs.map((p) => (
        <p key={p}>{p}</p>
      ))}
      <p className={styles.sources}>
        Nguồn:{' '}
        {note.sources.map((s, i) => (
          <span key={s.href}>
            {i > 0 ? '; ' : ''}
            <a href={s.href} rel="noopener noreferrer">
              {s.label}
            </a>
            {` (${s.date})`}
          </span>
        ))}
        .
      </p>
    </aside>
  );
}

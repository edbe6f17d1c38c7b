/**
 * A list to tick off, on screen or on paper. Native checkboxes work
 * without JavaScript; nothing is stored.
 */
import {useId, type ReactNode} from 'react';
import InlineLinks from '../InlineLinks';
import styles from './styles.module.css';

export interface ChecklistProps {
  readonly items: readonly string[];
}

export default function Checklist({items}: ChecklistProps): ReactNode {
  const uid = useId();
  return (
    <ul className={styles.checklist}>
      {items.map((item, i) => (
        <li key={item} className={styles.item}>
          <input type="checkbox" id={`${uid}-${i}`} />
          <label htmlFor={`${uid}-${i}`}>
            <InlineLinks text={item} />
          </label>
        </li>
      ))}
    </ul>
  );
}

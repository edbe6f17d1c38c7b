/**
 * A list to tick off, on screen or on paper. Native checkboxes work
 * without JavaScript. With `lessonId` (the lesson's id in
 * src/training/tracks.ts), the ticks are kept in this browser with the
 * lesson progress (src/training/progress.ts), so they survive a reload;
 * "Xóa tiến độ chủ đề này" clears them with the rest of the track.
 *
 * The server HTML has every box unticked: ticks are read from storage after
 * hydration, and ticking moves nothing, so there is no layout shift.
 */
import {useId, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import {checkedItems, checklistItemKey} from '@site/src/training/progress';
import {findLesson} from '@site/src/training/tracks';
import {useTrainingProgress} from '@site/src/training/useTrainingProgress';
import InlineLinks from '../InlineLinks';
import styles from './styles.module.css';

export interface ChecklistProps {
  readonly items: readonly string[];
  /** `track/slug` of the lesson, as listed in src/training/tracks.ts: keeps the ticks on this device. */
  readonly lessonId?: string;
}

export default function Checklist({items, lessonId}: ChecklistProps): ReactNode {
  if (lessonId !== undefined && !findLesson(lessonId)) {
    throw new Error(`Checklist: không có bài học "${lessonId}" trong src/training/tracks.ts.`);
  }
  const uid = useId();
  const {status, state, setChecked} = useTrainingProgress();
  // Ticks held on this page only: without a lesson id, or once the browser has refused to save.
  const [local, setLocal] = useState<Readonly<Record<string, boolean>> | null>(lessonId ? null : {});
  const [failed, setFailed] = useState(false);
  const saved = lessonId && status === 'ready' ? checkedItems(state, lessonId) : [];
  const keys = items.map(checklistItemKey);
  const isChecked = (key: string) => (local ? local[key] === true : saved.includes(key));

  function toggle(key: string, value: boolean) {
    if (!local && lessonId && status === 'ready' && setChecked(lessonId, key, value)) return;
    // Keep working on this page even when nothing can be saved.
    setLocal({...Object.fromEntries(keys.map((k) => [k, isChecked(k)])), [key]: value});
    if (lessonId && status !== 'loading') setFailed(true);
  }

  return (
    <>
      <ul className={styles.checklist}>
        {items.map((item, i) => {
          const key = keys[i]!;
          return (
            <li key={item} className={styles.item}>
              <input
                type="checkbox"
                id={`${uid}-${i}`}
                checked={isChecked(key)}
                onChange={(e) => toggle(key, e.currentTarget.checked)}
              />
              <label htmlFor={`${uid}-${i}`}>
                <InlineLinks text={item} />
              </label>
            </li>
          );
        })}
      </ul>
      {lessonId && (
        // In the server HTML so that nothing moves; invisible until storage has been read.
        <p
          role="status"
          className={clsx(styles.note, 'no-print', 'js-only', status === 'loading' && 'js-pending')}>
          {status === 'unavailable' || failed
            ? 'Trình duyệt này không cho lưu dữ liệu trên máy, nên các ô đã đánh dấu sẽ mất khi tải lại trang.'
            : 'Các ô đã đánh dấu được lưu trong trình duyệt này, cùng tiến độ học.'}
        </p>
      )}
    </>
  );
}

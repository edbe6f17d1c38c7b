/**
 * A track's lessons in order, with links; in the browser, also which are
 * done, a progress bar and a button to clear the track's progress. The
 * lesson list comes from src/training/tracks.ts, the same list the
 * lessons' "đã học" checkboxes use.
 */
import {useId, useState, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import clsx from 'clsx';
import {checkedItems, countDone, isLessonDone} from '@site/src/training/progress';
import {findTrack, type TrackId} from '@site/src/training/tracks';
import {useTrainingProgress} from '@site/src/training/useTrainingProgress';
import styles from './styles.module.css';

export interface TrackProgressProps {
  readonly track: TrackId;
}

export default function TrackProgress({track: trackId}: TrackProgressProps): ReactNode {
  const track = findTrack(trackId);
  if (!track) throw new Error(`TrackProgress: không có chủ đề "${trackId}".`);
  const labelId = useId();
  const {status, state, reset} = useTrainingProgress();
  const [message, setMessage] = useState('');
  const ids = track.lessons.map((l) => l.id);
  const done = countDone(state, ids);
  // Checklist ticks are cleared with the track too, so they alone make the button useful.
  const ticked = ids.some((id) => checkedItems(state, id).length > 0);
  const ready = status === 'ready';

  function clear() {
    if (!window.confirm(`Xóa đánh dấu “đã học” và các ô đã đánh dấu trong danh sách kiểm tra của mọi bài thuộc chủ đề “${track!.title}”?`)) return;
    setMessage(reset(track!.id) ? 'Đã xóa tiến độ của chủ đề này.' : 'Không xóa được: trình duyệt đang chặn lưu dữ liệu.');
  }

  return (
    <div className={styles.track} data-track={track.id}>
      {/* In the server HTML, so that nothing moves when the stored progress is read;
          invisible (.js-pending) until then, hidden without JavaScript (.js-only). */}
      {status !== 'unavailable' && (
        <div className={clsx(styles.summary, 'no-print', 'js-only', !ready && 'js-pending')}>
          <p id={labelId} className={styles.count}>
            Đã học {done}/{ids.length} bài
          </p>
          <progress className={styles.bar} max={ids.length} value={done} aria-labelledby={labelId} />
        </div>
      )}
      {status === 'unavailable' && (
        <p className="no-print">Trình duyệt này không cho lưu dữ liệu trên máy, nên không hiện được tiến độ học.</p>
      )}
      <ol className={styles.lessons}>
        {track.lessons.map((lesson) => {
          const isDone = ready && isLessonDone(state, lesson.id);
          return (
            <li key={lesson.id} className={styles.lesson}>
              <Link to={lesson.path}>{lesson.title}</Link>
              {isDone && <span className={`${styles.badge} no-print`}>✓ Đã học</span>}
            </li>
          );
        })}
      </ol>
      {status !== 'unavailable' && (
        <p className={clsx(styles.reset, 'no-print', 'js-only', !ready && 'js-pending')}>
          <button
            type="button"
            className="button button--sm button--outline button--secondary"
            onClick={clear}
            disabled={!ready || (done === 0 && !ticked)}>
            Xóa tiến độ chủ đề này
          </button>
        </p>
      )}
      <p role="status" aria-live="polite" className="no-print">
        {message}
      </p>
      <noscript>
        <p>Khi bật JavaScript, trang này hiện những bài bạn đã đánh dấu học xong.</p>
      </noscript>
    </div>
  );
}

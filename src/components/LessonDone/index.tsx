/**
 * End of a lesson: a checkbox "Tôi đã học xong bài này" saved in this
 * browser only, the track's progress, and links onward. Without JavaScript
 * (or without storage) it says so and still offers the links.
 */
import {useId, useState, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import clsx from 'clsx';
import {countDone, isLessonDone} from '@site/src/training/progress';
import {findLesson, findTrack} from '@site/src/training/tracks';
import {useTrainingProgress} from '@site/src/training/useTrainingProgress';
import styles from './styles.module.css';

export interface LessonDoneProps {
  /** `track/slug`, as listed in src/training/tracks.ts. */
  readonly lessonId: string;
}

export default function LessonDone({lessonId}: LessonDoneProps): ReactNode {
  const lesson = findLesson(lessonId);
  const track = lesson && findTrack(lesson.trackId);
  if (!lesson || !track) {
    throw new Error(`LessonDone: không có bài học "${lessonId}" trong src/training/tracks.ts.`);
  }
  const checkboxId = useId();
  const {status, state, setDone} = useTrainingProgress();
  const [message, setMessage] = useState('');
  const done = isLessonDone(state, lesson.id);
  const ids = track.lessons.map((l) => l.id);
  const next = track.lessons[lesson.number];

  function toggle(value: boolean) {
    if (!setDone(lesson!.id, value)) {
      setMessage('Không lưu được: trình duyệt đang chặn lưu dữ liệu trên máy.');
      return;
    }
    setMessage(value ? 'Đã lưu: bài này đã học xong.' : 'Đã bỏ đánh dấu bài này.');
  }

  return (
    <div className={`${styles.box} no-print`}>
      {/* In the server HTML, so that nothing moves when the stored progress is read;
          invisible (.js-pending) until then, hidden without JavaScript (.js-only). */}
      {status !== 'unavailable' && (
        <div className={clsx('js-only', status === 'loading' && 'js-pending')}>
          <p className={styles.toggle}>
            <input
              type="checkbox"
              id={checkboxId}
              checked={done}
              disabled={status !== 'ready'}
              onChange={(e) => toggle(e.currentTarget.checked)}
            />
            <label htmlFor={checkboxId}>Tôi đã học xong bài này</label>
          </p>
          <p role="status" aria-live="polite" className={styles.status}>
            {message ? `${message} ` : ''}Chủ đề “{track.title}”: đã học {countDone(state, ids)}/
            {ids.length} bài.
          </p>
        </div>
      )}
      {status === 'unavailable' && (
        <p>
          Trình duyệt này không cho lưu dữ liệu trên máy, nên trang không ghi được tiến độ học. Bạn
          vẫn học và làm bài tự kiểm tra bình thường.
        </p>
      )}
      <noscript>
        <p>Cần bật JavaScript để đánh dấu bài đã học. Tiến độ chỉ lưu trong trình duyệt của bạn.</p>
      </noscript>
      <ul className={styles.links}>
        {next && (
          <li>
            Bài tiếp theo: <Link to={next.path}>{next.title}</Link>
          </li>
        )}
        <li>
          <Link to={track.path}>Tất cả bài của chủ đề “{track.title}” và tiến độ</Link>
        </li>
      </ul>
    </div>
  );
}

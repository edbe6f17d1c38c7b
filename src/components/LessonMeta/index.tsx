/**
 * The box at the top of every lesson: what the trainee will be able to do,
 * how long it takes, who it is for and what to read first. A prerequisite
 * written as a lesson id (`track/slug`) becomes a link to that lesson.
 */
import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {findLesson, findTrack} from '@site/src/training/tracks';
import {useHydrated} from '@site/src/hooks/useHydrated';
import InlineLinks from '../InlineLinks';
import styles from './styles.module.css';

export interface LessonMetaProps {
  /** "Sau bài này, bạn có thể…" — one goal per item. */
  readonly goals: readonly string[];
  /** E.g. "30 phút". */
  readonly time: string;
  readonly audience: string;
  /** Lesson ids (`track/slug`) or plain text. */
  readonly prerequisites?: readonly string[];
}

function Prerequisite({value}: {value: string}): ReactNode {
  const lesson = findLesson(value);
  if (lesson) {
    const track = findTrack(lesson.trackId);
    return (
      <Link to={lesson.path}>
        Bài {lesson.number} ({track?.title}): {lesson.title}
      </Link>
    );
  }
  if (/^[a-z0-9-]+\/[a-z0-9-]+$/.test(value)) {
    throw new Error(`LessonMeta: không có bài học "${value}" trong src/training/tracks.ts.`);
  }
  return <>{value}</>;
}

export default function LessonMeta({goals, time, audience, prerequisites = []}: LessonMetaProps): ReactNode {
  const hydrated = useHydrated();
  return (
    <div className={styles.meta}>
      <dl className={styles.list}>
        <dt>Sau bài này, bạn có thể</dt>
        <dd>
          <ul>
            {goals.map((goal) => (
              <li key={goal}>
                <InlineLinks text={goal} />
              </li>
            ))}
          </ul>
        </dd>
        <dt>Thời gian</dt>
        <dd>{time}</dd>
        <dt>Dành cho</dt>
        <dd>{audience}</dd>
        <dt>Cần học trước</dt>
        <dd>
          {prerequisites.length === 0 ? (
            'Không cần.'
          ) : (
            <ul>
              {prerequisites.map((p) => (
                <li key={p}>
                  <Prerequisite value={p} />
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
      {/* In the server HTML (no layout shift), disabled until hydrated; hidden without JavaScript. */}
      <p className="no-print js-only">
        <button
          type="button"
          className="button button--outline button--primary"
          onClick={() => window.print()}
          disabled={!hydrated}>
          In bài học
        </button>{' '}
        <span className={styles.hint}>Bản in không có các nút bấm; đáp án in ở trang riêng.</span>
      </p>
    </div>
  );
}

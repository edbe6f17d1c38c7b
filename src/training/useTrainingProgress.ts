/**
 * React access to the trainee's progress in localStorage. All components on
 * a page share it, and other tabs' changes arrive through the `storage`
 * event. On the server (and during hydration) the status is 'loading', so
 * the static HTML never depends on a particular browser's storage.
 */
import {useCallback, useMemo, useSyncExternalStore} from 'react';
import {
  EMPTY_PROGRESS,
  PROGRESS_STORAGE_KEY,
  parseProgress,
  resetProgress,
  setItemChecked,
  setLessonDone,
  type ProgressState,
} from './progress';
import {readStoredText, saveProgress, type StorageLike} from './storage';
import {listLessonIds} from './tracks';

const CHANGE_EVENT = 'ocop-dao-tao-tien-do';
const SERVER = Symbol('server');
const UNAVAILABLE = Symbol('unavailable');
type Snapshot = string | typeof SERVER | typeof UNAVAILABLE;

export type ProgressStatus = 'loading' | 'unavailable' | 'ready';

export interface TrainingProgress {
  readonly status: ProgressStatus;
  readonly state: ProgressState;
  /** Marks a lesson done or not; false if the browser refused to save. */
  setDone(lessonId: string, done: boolean): boolean;
  /** Ticks or unticks one item of a lesson's checklist; false if the browser refused to save. */
  setChecked(lessonId: string, itemKey: string, checked: boolean): boolean;
  /** Clears one track (done marks and ticks), or all progress; false if the browser refused. */
  reset(trackId?: string): boolean;
}

function getStorage(): StorageLike | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    // Some browsers throw on merely reading window.localStorage when site data is blocked.
    return null;
  }
}

function subscribe(onChange: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key === PROGRESS_STORAGE_KEY) onChange();
  };
  window.addEventListener('storage', onStorage);
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener('storage', onStorage);
    window.removeEventListener(CHANGE_EVENT, onChange);
  };
}

function getSnapshot(): Snapshot {
  const storage = getStorage();
  const raw = storage ? readStoredText(storage) : null;
  return raw === null ? UNAVAILABLE : raw;
}

function getServerSnapshot(): Snapshot {
  return SERVER;
}

function write(update: (state: ProgressState) => ProgressState): boolean {
  const storage = getStorage();
  if (!storage) return false;
  const raw = readStoredText(storage);
  const current = raw === null ? EMPTY_PROGRESS : parseProgress(raw, listLessonIds());
  const saved = saveProgress(storage, update(current));
  window.dispatchEvent(new Event(CHANGE_EVENT));
  return saved;
}

export function useTrainingProgress(): TrainingProgress {
  const snapshot = useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
  const state = useMemo(
    () => (typeof snapshot === 'string' ? parseProgress(snapshot, listLessonIds()) : EMPTY_PROGRESS),
    [snapshot],
  );
  const status: ProgressStatus =
    snapshot === SERVER ? 'loading' : snapshot === UNAVAILABLE ? 'unavailable' : 'ready';
  const setDone = useCallback(
    (lessonId: string, done: boolean) => write((s) => setLessonDone(s, lessonId, done)),
    [],
  );
  const setChecked = useCallback(
    (lessonId: string, itemKey: string, checked: boolean) =>
      write((s) => setItemChecked(s, lessonId, itemKey, checked)),
    [],
  );
  const reset = useCallback((trackId?: string) => write((s) => resetProgress(s, trackId)), []);
  return {status, state, setDone, setChecked, reset};
}

/**
 * Reading and writing progress through a Storage-like object. Browsers can
 * refuse storage (private mode, full quota, blocked site data), so every
 * call is guarded and reports failure as a value instead of throwing.
 */
import {
  EMPTY_PROGRESS,
  PROGRESS_STORAGE_KEY,
  isEmptyProgress,
  parseProgress,
  serializeProgress,
  type ProgressState,
} from './progress';

/** The part of the Web Storage API used here. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** The raw stored text ('' when nothing is stored), or null if storage cannot be read. */
export function readStoredText(storage: StorageLike): string | null {
  try {
    return storage.getItem(PROGRESS_STORAGE_KEY) ?? '';
  } catch {
    return null;
  }
}

export function loadProgress(storage: StorageLike, knownIds?: ReadonlySet<string>): ProgressState {
  const raw = readStoredText(storage);
  return raw === null ? EMPTY_PROGRESS : parseProgress(raw, knownIds);
}

/** Saves the state; an empty state (nothing done, nothing ticked) removes the key. Returns false if the browser refused. */
export function saveProgress(storage: StorageLike, state: ProgressState): boolean {
  try {
    if (isEmptyProgress(state)) storage.removeItem(PROGRESS_STORAGE_KEY);
    else storage.setItem(PROGRESS_STORAGE_KEY, serializeProgress(state));
    return true;
  } catch {
    return false;
  }
}

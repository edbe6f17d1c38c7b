/**
 * Which lessons a trainee has marked as done, kept only in their own
 * browser (localStorage). This module is pure: it turns the stored text
 * into a state and back, and never throws on old or damaged values.
 *
 * Stored format, version 1: `{"v":1,"done":["can-bo/tuyen-truyen", …]}`.
 * Also read: a bare JSON array of ids (version 0, the simplest earlier
 * shape). Anything else (bad JSON, another version, wrong types) reads as
 * "nothing done yet"; ids of lessons that no longer exist are dropped.
 */

export const PROGRESS_STORAGE_KEY = 'ocop-thanh-hoa-2025/dao-tao/tien-do';
export const PROGRESS_VERSION = 1;

/** Lesson ids marked done, sorted and without duplicates. */
export interface ProgressState {
  readonly done: readonly string[];
}

export const EMPTY_PROGRESS: ProgressState = {done: []};

function normalise(ids: Iterable<unknown>, knownIds?: ReadonlySet<string>): ProgressState {
  const kept = new Set<string>();
  for (const id of ids) {
    if (typeof id !== 'string') continue;
    if (knownIds && !knownIds.has(id)) continue;
    kept.add(id);
  }
  return {done: [...kept].sort()};
}

/**
 * Reads a stored value. `knownIds`, when given, drops ids of lessons that
 * are not (or no longer) on the site.
 */
export function parseProgress(raw: string | null | undefined, knownIds?: ReadonlySet<string>): ProgressState {
  if (typeof raw !== 'string' || raw === '') return EMPTY_PROGRESS;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return EMPTY_PROGRESS;
  }
  if (Array.isArray(value)) return normalise(value, knownIds);
  if (typeof value !== 'object' || value === null) return EMPTY_PROGRESS;
  const record = value as Record<string, unknown>;
  if (record.v !== PROGRESS_VERSION || !Array.isArray(record.done)) return EMPTY_PROGRESS;
  return normalise(record.done, knownIds);
}

/** The text to store for a state (always the current version). */
export function serializeProgress(state: ProgressState): string {
  return JSON.stringify({v: PROGRESS_VERSION, done: normalise(state.done).done});
}

export function isLessonDone(state: ProgressState, lessonId: string): boolean {
  return state.done.includes(lessonId);
}

/** A new state with the lesson marked done (or not done). */
export function setLessonDone(state: ProgressState, lessonId: string, done: boolean): ProgressState {
  const ids = state.done.filter((id) => id !== lessonId);
  return normalise(done ? [...ids, lessonId] : ids);
}

/** Forget every lesson of one track (`trackId/…`), or everything when no track is given. */
export function resetProgress(state: ProgressState, trackId?: string): ProgressState {
  if (trackId === undefined) return EMPTY_PROGRESS;
  return normalise(state.done.filter((id) => !id.startsWith(`${trackId}/`)));
}

/** How many of the given lessons are done. */
export function countDone(state: ProgressState, lessonIds: readonly string[]): number {
  return lessonIds.filter((id) => state.done.includes(id)).length;
}

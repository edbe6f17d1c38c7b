/**
 * Which lessons a trainee has marked as done, and which items of each
 * lesson's checklist they have ticked, kept only in their own browser
 * (localStorage). This module is pure: it turns the stored text into a
 * state and back, and never throws on old or damaged values.
 *
 * Stored format, version 1: `{"v":1,"done":["can-bo/tuyen-truyen", …]}`,
 * with, when something is ticked, `"checks":{"<lesson id>":["<item key>", …]}`
 * (an optional field, so earlier pages read the same value and ignore it).
 * An item key is a short hash of the item's text (checklistItemKey), so a
 * tick stays with its item when items are reordered and is dropped when
 * the item's text is rewritten. Also read: a bare JSON array of ids
 * (version 0, the simplest earlier shape). Anything else (bad JSON, another
 * version, wrong types) reads as "nothing done yet"; ids of lessons that no
 * longer exist are dropped, and so are malformed checks.
 */

export const PROGRESS_STORAGE_KEY = 'ocop-thanh-hoa-2025/dao-tao/tien-do';
export const PROGRESS_VERSION = 1;

/** Ticked checklist items per lesson id: item keys, sorted, never an empty list. */
export type ChecklistTicks = Readonly<Record<string, readonly string[]>>;

/** Lesson ids marked done, sorted and without duplicates; `checks` only when something is ticked. */
export interface ProgressState {
  readonly done: readonly string[];
  readonly checks?: ChecklistTicks;
}

export const EMPTY_PROGRESS: ProgressState = {done: []};

const ITEM_KEY = /^[0-9a-z]{1,8}$/;

function keepIds(ids: Iterable<unknown>, knownIds?: ReadonlySet<string>): string[] {
  const kept = new Set<string>();
  for (const id of ids) {
    if (typeof id !== 'string') continue;
    if (knownIds && !knownIds.has(id)) continue;
    kept.add(id);
  }
  return [...kept].sort();
}

function keepChecks(checks: unknown, knownIds?: ReadonlySet<string>): Record<string, string[]> {
  const kept: Record<string, string[]> = {};
  if (typeof checks !== 'object' || checks === null || Array.isArray(checks)) return kept;
  for (const lessonId of keepIds(Object.keys(checks), knownIds)) {
    const keys = (checks as Record<string, unknown>)[lessonId];
    if (!Array.isArray(keys)) continue;
    const valid = keepIds(keys.filter((k) => typeof k === 'string' && ITEM_KEY.test(k)));
    if (valid.length > 0) kept[lessonId] = valid;
  }
  return kept;
}

function normalise(ids: Iterable<unknown>, knownIds?: ReadonlySet<string>, checks?: unknown): ProgressState {
  const done = keepIds(ids, knownIds);
  const ticks = keepChecks(checks, knownIds);
  return Object.keys(ticks).length > 0 ? {done, checks: ticks} : {done};
}

/** True when nothing is done and nothing ticked (the stored value can be removed). */
export function isEmptyProgress(state: ProgressState): boolean {
  return state.done.length === 0 && Object.keys(state.checks ?? {}).length === 0;
}

/**
 * The key under which a checklist item's tick is stored: FNV-1a (32 bits)
 * of its NFC text without surrounding spaces, in base 36.
 */
export function checklistItemKey(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text.normalize('NFC').trim()) {
    const code = char.codePointAt(0) ?? 0;
    hash ^= code;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
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
  return normalise(record.done, knownIds, record.checks);
}

/** The text to store for a state (always the current version); `checks` only when something is ticked. */
export function serializeProgress(state: ProgressState): string {
  const {done, checks} = normalise(state.done, undefined, state.checks);
  const sorted = checks && Object.fromEntries(Object.keys(checks).sort().map((id) => [id, checks[id]]));
  return JSON.stringify(sorted ? {v: PROGRESS_VERSION, done, checks: sorted} : {v: PROGRESS_VERSION, done});
}

export function isLessonDone(state: ProgressState, lessonId: string): boolean {
  return state.done.includes(lessonId);
}

/** A new state with the lesson marked done (or not done); its ticks are kept. */
export function setLessonDone(state: ProgressState, lessonId: string, done: boolean): ProgressState {
  const ids = state.done.filter((id) => id !== lessonId);
  return normalise(done ? [...ids, lessonId] : ids, undefined, state.checks);
}

/** Keys of the ticked items of a lesson's checklist. */
export function checkedItems(state: ProgressState, lessonId: string): readonly string[] {
  return state.checks?.[lessonId] ?? [];
}

/** A new state with one checklist item of a lesson ticked (or not). */
export function setItemChecked(
  state: ProgressState,
  lessonId: string,
  itemKey: string,
  checked: boolean,
): ProgressState {
  const others = checkedItems(state, lessonId).filter((key) => key !== itemKey);
  return normalise(state.done, undefined, {...state.checks, [lessonId]: checked ? [...others, itemKey] : others});
}

/** Forget every lesson of one track (`trackId/…`), its ticks included, or everything when no track is given. */
export function resetProgress(state: ProgressState, trackId?: string): ProgressState {
  if (trackId === undefined) return EMPTY_PROGRESS;
  const inTrack = (id: string) => id.startsWith(`${trackId}/`);
  const checks = Object.fromEntries(Object.entries(state.checks ?? {}).filter(([id]) => !inTrack(id)));
  return normalise(state.done.filter((id) => !inTrack(id)), undefined, checks);
}

/** How many of the given lessons are done. */
export function countDone(state: ProgressState, lessonIds: readonly string[]): number {
  return lessonIds.filter((id) => state.done.includes(id)).length;
}

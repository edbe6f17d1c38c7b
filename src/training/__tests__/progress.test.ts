import {
  EMPTY_PROGRESS,
  PROGRESS_STORAGE_KEY,
  countDone,
  isLessonDone,
  parseProgress,
  resetProgress,
  serializeProgress,
  setLessonDone,
} from '../progress';
import {loadProgress, readStoredText, saveProgress, type StorageLike} from '../storage';
import {listLessonIds} from '../tracks';

const known = new Set(['a/1', 'a/2', 'b/1']);

describe('parseProgress', () => {
  it('reads the current format, sorted and without duplicates', () => {
    expect(parseProgress('{"v":1,"done":["b/1","a/1","a/1"]}')).toEqual({done: ['a/1', 'b/1']});
  });
  it('reads a bare array (version 0)', () => {
    expect(parseProgress('["a/2","a/1"]', known)).toEqual({done: ['a/1', 'a/2']});
  });
  it('drops unknown lesson ids and non-string entries', () => {
    expect(parseProgress('{"v":1,"done":["a/1","old/lesson",3,null,{"x":1}]}', known)).toEqual({
      done: ['a/1'],
    });
  });
  it.each([
    ['missing', null],
    ['undefined', undefined],
    ['empty', ''],
    ['not JSON', '{"v":1,"done":['],
    ['truncated', '{"v":1'],
    ['garbage', '\u0000\u0001xyz'],
    ['JSON null', 'null'],
    ['a number', '42'],
    ['a string', '"a/1"'],
    ['a future version', '{"v":2,"done":["a/1"]}'],
    ['no version', '{"done":["a/1"]}'],
    ['done not a list', '{"v":1,"done":"a/1"}'],
    ['done as an object', '{"v":1,"done":{"a/1":true}}'],
  ])('reads %s as nothing done', (_label, raw) => {
    expect(parseProgress(raw, known)).toEqual(EMPTY_PROGRESS);
  });
});

describe('serializeProgress', () => {
  it('writes version 1, sorted', () => {
    expect(serializeProgress({done: ['b/1', 'a/1']})).toBe('{"v":1,"done":["a/1","b/1"]}');
  });
  it('round-trips through parseProgress', () => {
    const state = {done: ['a/1', 'a/2']};
    expect(parseProgress(serializeProgress(state), known)).toEqual(state);
  });
});

describe('changing progress', () => {
  it('marks and unmarks a lesson without mutating the old state', () => {
    const before = {done: ['a/2']};
    const after = setLessonDone(before, 'a/1', true);
    expect(after).toEqual({done: ['a/1', 'a/2']});
    expect(before).toEqual({done: ['a/2']});
    expect(setLessonDone(after, 'a/2', false)).toEqual({done: ['a/1']});
    expect(setLessonDone(after, 'a/1', true)).toEqual(after);
  });
  it('resets one track or everything', () => {
    const state = {done: ['a/1', 'a/2', 'b/1', 'ab/1']};
    expect(resetProgress(state, 'a')).toEqual({done: ['ab/1', 'b/1']});
    expect(resetProgress(state)).toEqual(EMPTY_PROGRESS);
  });
  it('answers questions about the state', () => {
    const state = {done: ['a/1', 'b/1']};
    expect(isLessonDone(state, 'a/1')).toBe(true);
    expect(isLessonDone(state, 'a/2')).toBe(false);
    expect(countDone(state, ['a/1', 'a/2'])).toBe(1);
  });
});

function memoryStorage(initial: Record<string, string> = {}): StorageLike & {data: Record<string, string>} {
  const data = {...initial};
  return {
    data,
    getItem: (k) => (k in data ? data[k]! : null),
    setItem: (k, v) => {
      data[k] = v;
    },
    removeItem: (k) => {
      delete data[k];
    },
  };
}

const refusing: StorageLike = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
  removeItem: () => {
    throw new Error('SecurityError');
  },
};

describe('storage', () => {
  it('loads, saves and removes the key when nothing is done', () => {
    const storage = memoryStorage();
    expect(readStoredText(storage)).toBe('');
    expect(saveProgress(storage, {done: ['a/1']})).toBe(true);
    expect(storage.data[PROGRESS_STORAGE_KEY]).toBe('{"v":1,"done":["a/1"]}');
    expect(loadProgress(storage, known)).toEqual({done: ['a/1']});
    expect(saveProgress(storage, EMPTY_PROGRESS)).toBe(true);
    expect(PROGRESS_STORAGE_KEY in storage.data).toBe(false);
  });
  it('survives a corrupted stored value', () => {
    const storage = memoryStorage({[PROGRESS_STORAGE_KEY]: '{oops'});
    expect(loadProgress(storage, known)).toEqual(EMPTY_PROGRESS);
  });
  it('reports a browser that refuses storage instead of throwing', () => {
    expect(readStoredText(refusing)).toBeNull();
    expect(loadProgress(refusing)).toEqual(EMPTY_PROGRESS);
    expect(saveProgress(refusing, {done: ['a/1']})).toBe(false);
    expect(saveProgress(refusing, EMPTY_PROGRESS)).toBe(false);
  });
  it('keeps only lessons that exist on the site', () => {
    const ids = listLessonIds();
    const storage = memoryStorage({
      [PROGRESS_STORAGE_KEY]: '{"v":1,"done":["can-bo/tuyen-truyen","can-bo/bai-da-xoa"]}',
    });
    expect(loadProgress(storage, ids)).toEqual({done: ['can-bo/tuyen-truyen']});
  });
});

import {
  EMPTY_PROGRESS,
  PROGRESS_STORAGE_KEY,
  checkedItems,
  checklistItemKey,
  countDone,
  isEmptyProgress,
  isLessonDone,
  parseProgress,
  resetProgress,
  serializeProgress,
  setItemChecked,
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

describe('checklist ticks, kept with the lesson progress', () => {
  it('keys an item by a hash of its NFC text, ignoring surrounding spaces', () => {
    // FNV-1a reference values: 0x811c9dc5 for '', 0xe40c292c for 'a'.
    expect(checklistItemKey('')).toBe('ztntfp');
    expect(checklistItemKey('a')).toBe('1r9wi7g');
    expect(checklistItemKey('Tôi đã xếp sản phẩm vào một trong 6 nhóm.')).toBe(
      checklistItemKey('  Tôi đã xếp sản phẩm vào một trong 6 nhóm.'.normalize('NFD')),
    );
    expect(checklistItemKey('Việc một.')).not.toBe(checklistItemKey('Việc hai.'));
    expect(checklistItemKey('Việc một.')).toMatch(/^[0-9a-z]{1,8}$/);
  });

  it('ticks and unticks an item without touching done marks or other lessons', () => {
    const before = {done: ['a/1']};
    const one = setItemChecked(before, 'a/2', 'k1', true);
    expect(one).toEqual({done: ['a/1'], checks: {'a/2': ['k1']}});
    const two = setItemChecked(setItemChecked(one, 'a/2', 'k0', true), 'b/1', 'k9', true);
    expect(two).toEqual({done: ['a/1'], checks: {'a/2': ['k0', 'k1'], 'b/1': ['k9']}});
    expect(checkedItems(two, 'a/2')).toEqual(['k0', 'k1']);
    expect(checkedItems(two, 'a/1')).toEqual([]);
    expect(before).toEqual({done: ['a/1']});
    // Unticking the last item of a lesson drops the lesson; nothing left drops `checks`.
    expect(setItemChecked(one, 'a/2', 'k1', false)).toEqual({done: ['a/1']});
    // Marking a lesson done keeps its ticks.
    expect(setLessonDone(two, 'a/2', true)).toEqual({done: ['a/1', 'a/2'], checks: two.checks});
  });

  it('stores ticks in an optional field of version 1, and reads them back', () => {
    const state = {done: ['b/1'], checks: {'b/1': ['x2', 'x1'], 'a/1': ['y']}};
    const text = serializeProgress(state);
    expect(text).toBe('{"v":1,"done":["b/1"],"checks":{"a/1":["y"],"b/1":["x1","x2"]}}');
    expect(parseProgress(text, known)).toEqual({done: ['b/1'], checks: {'a/1': ['y'], 'b/1': ['x1', 'x2']}});
    expect(serializeProgress({done: ['a/1'], checks: {}})).toBe('{"v":1,"done":["a/1"]}');
  });

  it('drops malformed ticks and ticks of lessons that no longer exist', () => {
    expect(
      parseProgress(
        '{"v":1,"done":[],"checks":{"a/1":["ok","BAD","toolongkey",3,"ok"],"old/x":["k"],"a/2":"k","b/1":[]}}',
        known,
      ),
    ).toEqual({done: [], checks: {'a/1': ['ok']}});
    for (const checks of ['[]', '"x"', 'null', '3']) {
      expect(parseProgress(`{"v":1,"done":["a/1"],"checks":${checks}}`, known)).toEqual({done: ['a/1']});
    }
  });

  it('clearing a track clears its ticks too', () => {
    const state = {done: ['a/1', 'b/1'], checks: {'a/2': ['k'], 'b/1': ['k'], 'ab/1': ['k']}};
    expect(resetProgress(state, 'a')).toEqual({done: ['b/1'], checks: {'ab/1': ['k'], 'b/1': ['k']}});
    expect(resetProgress(state)).toEqual(EMPTY_PROGRESS);
  });

  it('keeps the stored value while anything is ticked, removes it when nothing is left', () => {
    expect(isEmptyProgress({done: []})).toBe(true);
    expect(isEmptyProgress({done: [], checks: {'a/1': ['k']}})).toBe(false);
    const storage = memoryStorage();
    expect(saveProgress(storage, {done: [], checks: {'a/1': ['k']}})).toBe(true);
    expect(storage.data[PROGRESS_STORAGE_KEY]).toBe('{"v":1,"done":[],"checks":{"a/1":["k"]}}');
    expect(saveProgress(storage, {done: []})).toBe(true);
    expect(PROGRESS_STORAGE_KEY in storage.data).toBe(false);
  });
});

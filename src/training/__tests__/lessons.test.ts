/**
 * Every lesson file has the same shape (goals, numbered steps, a labelled
 * example, a checklist, a 3–5 question quiz, the "done" checkbox and
 * sources), agrees with src/training/tracks.ts, and quotes parts I–III of
 * the plan word for word (Part IV: <PlanRef>, checked at build time).
 */
import path from 'node:path';
import {quotes} from '../../plan/citations';
import {validateQuiz} from '../quiz';
import {TRACKS, findLesson, lessonFileName, lessonForFile} from '../tracks';
import {
  TRAINING_DIR,
  findTags,
  listAdmonitions,
  listDir,
  listHeadings,
  normaliseText,
  readFrontMatter,
  readPlanSections,
  readProp,
  readText,
  sectionText,
} from './lessonSource';

const EXAMPLE_TITLE = 'Ví dụ minh họa (sản phẩm giả định)';
const FICTIONAL_NAME = 'Bản Xanh';

describe('tracks and lesson files agree', () => {
  it.each(TRACKS.map((t) => [t.id, t] as const))('%s: the folder holds exactly the listed lessons', (_id, track) => {
    const expected = ['_category_.json', 'index.mdx', ...track.lessons.map(lessonFileName)].sort();
    expect(listDir(path.join(TRAINING_DIR, track.id))).toEqual(expected);
  });

  it('each track has at least six lessons and unique slugs', () => {
    for (const track of TRACKS) {
      expect(track.lessons.length).toBeGreaterThanOrEqual(6);
      expect(new Set(track.lessons.map((l) => l.slug)).size).toBe(track.lessons.length);
      for (const lesson of track.lessons) expect(lesson.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    }
  });

  it.each(TRACKS.map((t) => [t.id, t] as const))('%s: the track page lists the track with TrackProgress', (_id, track) => {
    const source = readText(path.join(TRAINING_DIR, track.id, 'index.mdx'));
    expect(readProp(source, 'TrackProgress', 'track')).toBe(track.id);
  });

  it('the training home page shows both tracks', () => {
    const source = readText(path.join(TRAINING_DIR, 'index.mdx'));
    const tracks = findTags(source, 'TrackProgress').map((offset) =>
      readProp(source.slice(offset), 'TrackProgress', 'track'),
    );
    expect(tracks).toEqual(TRACKS.map((t) => t.id));
  });
});

const lessons = TRACKS.flatMap((track) =>
  track.lessons.map((lesson) => {
    const file = path.join(TRAINING_DIR, track.id, lessonFileName(lesson));
    return [lesson.id, lesson, readText(file)] as const;
  }),
);

describe.each(lessons)('lesson %s', (_id, lesson, source) => {
  const headings = listHeadings(source);
  const h2 = headings.filter((h) => h.level === 2);

  it('is NFC text with a description, and no title or top heading of its own (both come from tracks.ts)', () => {
    expect(source).toBe(source.normalize('NFC'));
    const fm = readFrontMatter(source);
    expect(fm.title).toBeUndefined();
    expect(typeof fm.description).toBe('string');
    expect((fm.description as string).length).toBeGreaterThan(40);
    expect(headings.filter((h) => h.level === 1)).toEqual([]);
    expect(lessonForFile(`docs/dao-tao/${lesson.trackId}/${lessonFileName(lesson)}`)).toBe(lesson);
  });

  it('has learning goals, time, audience and prerequisites', () => {
    const goals = readProp(source, 'LessonMeta', 'goals');
    expect(Array.isArray(goals)).toBe(true);
    expect((goals as unknown[]).length).toBeGreaterThanOrEqual(2);
    for (const g of goals as unknown[]) expect(typeof g).toBe('string');
    expect(readProp(source, 'LessonMeta', 'time')).toMatch(/^\d+ phút$/);
    expect(readProp(source, 'LessonMeta', 'audience')).toEqual(expect.stringMatching(/\S{3}/));
    const prerequisites = readProp(source, 'LessonMeta', 'prerequisites');
    expect(Array.isArray(prerequisites)).toBe(true);
    for (const p of prerequisites as string[]) {
      // Lesson ids must exist and come earlier in the same track, or be in another track.
      const target = findLesson(p);
      expect(target).toBeDefined();
      if (target?.trackId === lesson.trackId) expect(target.number).toBeLessThan(lesson.number);
    }
  });

  it('has numbered steps "Bước 1. …" with ids buoc-1, buoc-2, …', () => {
    const steps = h2.filter((h) => h.text.startsWith('Bước '));
    expect(steps.length).toBeGreaterThanOrEqual(3);
    steps.forEach((step, i) => {
      expect(step.text).toMatch(new RegExp(`^Bước ${i + 1}\\. \\S`));
      expect(step.id).toBe(`buoc-${i + 1}`);
    });
  });

  it('has a labelled example, and the fictional product appears only inside such examples', () => {
    const boxes = listAdmonitions(source, EXAMPLE_TITLE);
    expect(boxes.length).toBeGreaterThanOrEqual(1);
    let outside = source;
    for (const box of [...boxes].reverse()) outside = outside.slice(0, box.start) + outside.slice(box.end);
    expect(outside).not.toContain(FICTIONAL_NAME);
    for (const box of boxes) {
      const body = source.slice(box.start, box.end);
      if (body.includes(FICTIONAL_NAME)) expect(body).toContain('(sản phẩm giả định)');
    }
  });

  it('has a checklist of at least three items', () => {
    const items = readProp(source, 'Checklist', 'items');
    expect(Array.isArray(items)).toBe(true);
    expect((items as unknown[]).length).toBeGreaterThanOrEqual(3);
  });

  it('has a valid quiz of 3–5 questions', () => {
    expect(validateQuiz(readProp(source, 'Quiz', 'questions'))).toEqual([]);
  });

  it('marks itself done with its own id', () => {
    expect(readProp(source, 'LessonDone', 'lessonId')).toBe(lesson.id);
  });

  it('keeps its checklist ticks under its own id', () => {
    expect(readProp(source, 'Checklist', 'lessonId')).toBe(lesson.id);
  });

  it('keeps the order goals → steps → checklist → quiz → done → sources, sources last', () => {
    const at = (tag: string) => findTags(source, tag)[0] ?? -1;
    const firstStep = h2.find((h) => h.id === 'buoc-1')!.offset;
    const order = [at('LessonMeta'), firstStep, at('Checklist'), at('Quiz'), at('LessonDone')];
    expect(order.every((o) => o > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(h2.at(-1)).toMatchObject({text: 'Nguồn', id: 'nguon'});
    expect(h2.at(-1)!.offset).toBeGreaterThan(at('LessonDone'));
    expect(h2.map((h) => h.id)).toEqual(expect.arrayContaining(['danh-sach-kiem-tra', 'tu-kiem-tra']));
  });

  it('lists sources as links, including the plan', () => {
    const nguon = sectionText(source, headings, h2.at(-1)!);
    const items = nguon.split('\n').filter((line) => line.startsWith('- '));
    expect(items.length).toBeGreaterThanOrEqual(2);
    for (const item of items) expect(item).toMatch(/\[[^\]]+\]\((?:https?:\/\/|\/)[^)]+\)/);
    expect(nguon).toContain('](/ke-hoach/)');
  });
});

describe('quotations of Kế hoạch 36, parts I–III', () => {
  // “quote” (Kế hoạch 36, mục II.2.3). Part IV is cited with <PlanRef>, checked
  // at build time by the same rules (src/plan/citations.ts, src/plugins/plan-ref/).
  const plan = readPlanSections();
  const files = [
    path.join(TRAINING_DIR, 'index.mdx'),
    ...TRACKS.flatMap((t) => [
      path.join(TRAINING_DIR, t.id, 'index.mdx'),
      ...t.lessons.map((l) => path.join(TRAINING_DIR, t.id, lessonFileName(l))),
    ]),
  ];
  const QUOTE = /“([^”]+)”\s*\(Kế hoạch 36, mục ([IVX]+(?:\.\d+)*)\)/g;
  const found = files.flatMap((file) =>
    [...readText(file).matchAll(QUOTE)].map((m) => [path.relative(TRAINING_DIR, file), m[2]!, m[1]!] as const),
  );

  it('finds the plan sections and some quotations', () => {
    expect(plan.get('II.2.3')).toContain('Xúc tiến thương mại');
    expect(found.length).toBeGreaterThan(5);
  });

  it('cites Part IV only with <PlanRef> or a link', () => {
    expect(found.filter(([, section]) => section.startsWith('IV.'))).toEqual([]);
  });

  it.each(found)('%s quotes mục %s word for word: “%s”', (_file, section, quote) => {
    // The plan's Markdown source: escapes and emphasis removed first.
    const text = plan.get(section);
    expect({section, found: text !== undefined && quotes(normaliseText(text), quote)}).toEqual({section, found: true});
  });
});

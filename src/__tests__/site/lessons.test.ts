/**
 * Build test: each training lesson's page shows the title listed once in
 * src/training/tracks.ts (lesson files carry none; the front-matter hook
 * gives it), as its only top heading and in its <title>. Run `npm run build` first.
 */
import fs from 'node:fs';
import path from 'node:path';
import {load} from 'cheerio';
import {TRACKS} from '../../training/tracks';
import {BUILD_DIR} from '../support/siteDirs';

const lessons = TRACKS.flatMap((t) => t.lessons);

describe('training lessons in the build', () => {
  it.each(lessons.map((l) => [l.path, l] as const))('%s is headed by its title from tracks.ts', (_path, lesson) => {
    const $ = load(fs.readFileSync(path.join(BUILD_DIR, lesson.path, 'index.html'), 'utf8'));
    expect($('main h1').map((_i, el) => $(el).text().trim()).get()).toEqual([lesson.title]);
    expect($('head > title').text()).toContain(lesson.title.slice(0, 40));
  });
});

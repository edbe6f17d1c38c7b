/** The editorial guide explains every message the build can print. */
import fs from 'node:fs';
import path from 'node:path';
import {PROBLEM_CODES} from '../types';
import {GUIDE_HINT} from '../report';
import {TRUNCATE_MARKER} from '../checkContent';
import {MARKDOWN_LINE} from '../checkFrontMatter';

const guide = fs.readFileSync(path.resolve(__dirname, '..', '..', '..', 'docs', 'huong-dan-bien-tap.md'), 'utf8');

describe('docs/huong-dan-bien-tap.md', () => {
  it('is served at /huong-dan-bien-tap/, which the build messages point to', () => {
    expect(guide).toMatch(/^slug: \/huong-dan-bien-tap\/$/m);
    expect(GUIDE_HINT).toContain('/huong-dan-bien-tap/');
    expect(GUIDE_HINT).toContain('Thông báo lỗi khi dựng trang');
    expect(guide).toContain('## Thông báo lỗi khi dựng trang {/* #thong-bao-loi */}');
  });

  it.each(PROBLEM_CODES)('explains %s', (code) => {
    expect(guide).toContain(`| \`${code}\` |`);
  });

  it('documents the commands staff use', () => {
    for (const cmd of ['npm run new-post -- "', 'npm start', 'npm run build', 'npm run check:data', '--date']) {
      expect(guide).toContain(cmd);
    }
  });

  it('teaches posts as plain Markdown: the switch, the excerpt marker and heading ids, and names the old MDX forms', () => {
    expect(guide).toContain(`\`${MARKDOWN_LINE}\``);
    expect(guide).toContain(`\`${TRUNCATE_MARKER}\``);
    expect(guide).toContain('`{#ma-muc}`');
    expect(guide).toContain('`{/* truncate */}`');
    expect(guide).toContain('`{/* #ma-muc */}`');
  });

  it('lists no rule the checks no longer have', () => {
    const listed = [...guide.matchAll(/^\| `([a-z-]+\.[a-z-]+)` \|/gm)].map((m) => m[1]);
    expect(listed.filter((code) => !(PROBLEM_CODES as readonly string[]).includes(code!))).toEqual([]);
  });

  it('links the data dictionary', () => {
    expect(guide).toContain('](/du-lieu/)');
  });
});

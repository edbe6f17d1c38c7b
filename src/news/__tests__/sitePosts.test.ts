/** Every post in blog/ passes the news checks (the same ones the build runs). */
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import {checkPost} from '../checkPost';
import {checkLaterLinks, isoPostDate} from '../checkLaterLinks';
import {splitFrontMatter} from '../postFile';
import {loadVocabulary} from '../../plugins/news/vocabulary';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const BLOG = path.join(ROOT, 'blog');
const folders = fs.readdirSync(BLOG).filter((f) => /^\d{4}-\d{2}-\d{2}-/.test(f));

describe('posts in blog/', () => {
  it('exist', () => {
    expect(folders.length).toBeGreaterThanOrEqual(4);
  });

  it.each(folders)('%s passes every rule', (folder) => {
    const text = fs.readFileSync(path.join(BLOG, folder, 'index.md'), 'utf8');
    const split = splitFrontMatter(text);
    expect(split).not.toBeNull();
    const problems = checkPost(
      {
        file: `blog/${folder}/index.md`,
        frontMatter: yaml.load(split!.frontMatter) as Record<string, unknown>,
        rawFrontMatter: split!.frontMatter,
        body: split!.body,
        bodyStartLine: split!.bodyStartLine,
      },
      loadVocabulary(BLOG),
      {asset: (rel) => (fs.existsSync(path.join(BLOG, folder, rel)) ? {exists: true, bytes: fs.statSync(path.join(BLOG, folder, rel)).size} : {exists: false})},
    );
    expect(problems).toEqual([]);
  });

  it.each(folders)('%s cites its sources with links and uses the editorial author', (folder) => {
    const text = fs.readFileSync(path.join(BLOG, folder, 'index.md'), 'utf8');
    expect(text).toMatch(/^authors: \[ban-bien-tap\]$/m);
    const sources = text.split(/^## Nguồn.*$/m)[1] ?? '';
    expect(sources.match(/\]\((https?:\/\/|\/)/g)?.length ?? 0).toBeGreaterThanOrEqual(1);
  });

  it('no post links to a later post outside a dated update block', () => {
    const posts = folders.map((folder) => {
      const split = splitFrontMatter(fs.readFileSync(path.join(BLOG, folder, 'index.md'), 'utf8'))!;
      const fm = yaml.load(split.frontMatter) as Record<string, unknown>;
      return {file: `blog/${folder}/index.md`, date: isoPostDate(fm.date)!, body: split.body, bodyStartLine: split.bodyStartLine};
    });
    expect(checkLaterLinks(posts)).toEqual([]);
  });
});

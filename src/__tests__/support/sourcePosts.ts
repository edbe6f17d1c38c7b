/** The news posts of a site folder as the build tests see them: front matter, address and body. */
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';

export interface SourcePost {
  folder: string;
  title: string;
  description: string;
  date: string;
  tags: string[];
  draft: boolean;
  /** "/tin-tuc/2025/02/24/ban-hanh-ke-hoach-36/" */
  path: string;
  /** The Markdown after the front matter. */
  body: string;
}

export function sourcePosts(siteDir: string): SourcePost[] {
  const blog = path.join(siteDir, 'blog');
  return fs
    .readdirSync(blog)
    .filter((f) => /^\d{4}-\d{2}-\d{2}-/.test(f))
    .sort()
    .map((folder) => {
      const text = fs.readFileSync(path.join(blog, folder, 'index.md'), 'utf8');
      const [, frontMatter = '', ...rest] = text.split(/^---$/m);
      const fm = yaml.load(frontMatter) as Record<string, unknown>;
      const date = fm.date instanceof Date ? fm.date.toISOString().slice(0, 10) : String(fm.date);
      const [y, m, d] = folder.slice(0, 10).split('-');
      return {
        folder,
        title: String(fm.title),
        description: String(fm.description),
        date,
        tags: (fm.tags as string[]) ?? [],
        draft: fm.draft === true,
        path: `/tin-tuc/${y}/${m}/${d}/${folder.slice(11)}/`,
        body: rest.join('---'),
      };
    });
}

/** Published posts, newest first; posts of the same day in folder order, as Docusaurus's stable sort leaves them. */
export const publishedPosts = (siteDir: string): SourcePost[] =>
  sourcePosts(siteDir)
    .filter((p) => !p.draft)
    .sort((a, b) => b.date.localeCompare(a.date));

import {DEFAULT_PARSE_FRONT_MATTER} from '@docusaurus/utils';
import {checkPost, postSourceFromText} from '../../news/checkPost';
import type {Vocabulary} from '../../news/types';
import {daysBefore, generatePosts} from '../scalePosts';

const VOCAB = {
  tags: [
    {key: 'so-lieu', label: 'Số liệu'},
    {key: 'chinh-sach', label: 'Chính sách'},
  ],
  authors: [{key: 'ban-bien-tap', name: 'Ban biên tập'}],
} satisfies Vocabulary;

describe('daysBefore', () => {
  it('counts back in whole days across months and years', () => {
    expect(daysBefore('2025-03-01', 1)).toBe('2025-02-28');
    expect(daysBefore('2025-01-01', 366)).toBe('2024-01-01'); // 2024 has 366 days
  });
});

describe('generatePosts', () => {
  it('writes dated, tagged posts one day apart from the last date', () => {
    const posts = generatePosts(3, VOCAB, '2025-11-30');
    expect(posts.map((p) => p.folder.slice(0, 10))).toEqual(['2025-11-30', '2025-11-29', '2025-11-28']);
    expect(posts.map((p) => /^tags: \[(.*)\]$/m.exec(p.text)?.[1])).toEqual(['so-lieu', 'chinh-sach', 'so-lieu']);
    expect(posts[0]!.text).not.toMatch(/\[\[|^draft:/m);
  });

  it('names OCOP in each body, as every real post does, so search ranks words as on a real news desk', () => {
    const bodies = generatePosts(3, VOCAB, '2025-11-30').map((p) => p.text.split(/^---$/m)[2] ?? '');
    expect(bodies.filter((b) => !/\bOCOP\b/.test(b))).toEqual([]);
  });

  it('writes posts that pass every news check', async () => {
    for (const post of generatePosts(2, VOCAB, '2025-11-30')) {
      const {frontMatter} = await DEFAULT_PARSE_FRONT_MATTER({filePath: 'index.md', fileContent: post.text});
      const source = postSourceFromText(`blog/${post.folder}/index.md`, post.text, frontMatter);
      expect('body' in source ? checkPost(source, VOCAB, {today: '2025-11-30'}) : [source]).toEqual([]);
    }
  });
});

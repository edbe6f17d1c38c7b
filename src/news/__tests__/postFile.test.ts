import {postFolder, rawField, splitFrontMatter} from '../postFile';

describe('splitFrontMatter', () => {
  it('splits and gives line numbers', () => {
    expect(splitFrontMatter('---\ntitle: a\ndate: 2025-01-01\n---\n\nThân bài\n')).toEqual({
      frontMatter: 'title: a\ndate: 2025-01-01',
      frontMatterStartLine: 2,
      body: '\nThân bài\n',
      bodyStartLine: 5,
    });
  });
  it('handles Windows line ends and a byte-order mark', () => {
    expect(splitFrontMatter('\uFEFF---\r\ntitle: a\r\n---\r\nx')?.body).toBe('x');
  });
  it('returns null without both --- lines', () => {
    expect(splitFrontMatter('title: a\n---\nx')).toBeNull();
    expect(splitFrontMatter('---\ntitle: a\nx')).toBeNull();
  });
});

describe('rawField', () => {
  const fm = 'title: "Hội chợ: khai mạc"\ndate: 2025-02-30 # sai\nauthors: [ban-bien-tap]\n# date: 2020-01-01';
  it('reads a value as written', () => {
    expect(rawField(fm, 'date')).toBe('2025-02-30');
    expect(rawField(fm, 'title')).toBe('Hội chợ: khai mạc');
    expect(rawField(fm, 'authors')).toBe('[ban-bien-tap]');
  });
  it('is undefined for a missing field', () => {
    expect(rawField(fm, 'tags')).toBeUndefined();
  });
});

describe('postFolder', () => {
  it('reads date and slug from the folder', () => {
    expect(postFolder('blog/2025-02-24-ban-hanh-ke-hoach-36/index.md')).toEqual({
      name: '2025-02-24-ban-hanh-ke-hoach-36',
      date: '2025-02-24',
      slug: 'ban-hanh-ke-hoach-36',
      isIndex: true,
    });
  });
  it('recognises a loose file', () => {
    expect(postFolder('blog/2025-02-24-bai.md')).toEqual({name: '2025-02-24-bai', date: '2025-02-24', slug: 'bai', isIndex: false});
    expect(postFolder('blog/bai/index.mdx')).toEqual({name: 'bai', isIndex: true});
  });
});

/**
 * The news-post format: a post read and written back unchanged is the same
 * file byte for byte; a change touches only the lines of the changed field;
 * a new post has the front matter of the new-post template, and passes the
 * news checks.
 */
import fs from 'node:fs';
import path from 'node:path';
import {postFromFile, postToFile} from '../postFormat';
import {renderPostTemplate} from '../../news/newPost';
import yaml from 'js-yaml';
import {checkPost, postSourceFromText} from '../../news/checkPost';
import {splitFrontMatter} from '../../news/postFile';

const BLOG = path.resolve(__dirname, '../../../blog');
const posts = fs
  .readdirSync(BLOG, {withFileTypes: true})
  .filter((e) => e.isDirectory())
  .map((e) => path.join(BLOG, e.name, 'index.md'))
  .filter((f) => fs.existsSync(f));

const roundTrip = (text: string, change: Record<string, unknown> = {}) => postToFile({...postFromFile(text), ...change});

describe('unchanged posts stay byte for byte', () => {
  it('finds the posts', () => expect(posts.length).toBeGreaterThan(0));
  it.each(posts.map((f) => [path.relative(BLOG, f), f]))('%s', (_name, file) => {
    const text = fs.readFileSync(file, 'utf8');
    expect(roundTrip(text)).toBe(text);
  });
  it('the new-post template with its comments, and a CRLF file', () => {
    const template = renderPostTemplate('Hội chợ OCOP', '2025-07-06', {tags: [{key: 'so-lieu', label: 'Số liệu'}], authors: [{key: 'ban-bien-tap', name: 'Ban biên tập'}]});
    expect(roundTrip(template)).toBe(template);
    const crlf = '---\r\ntitle: "A"\r\ndate: 2025-01-02\r\n---\r\n\r\nChữ.\r\n';
    expect(roundTrip(crlf)).toBe(crlf);
  });
  it('reads dates as written, not as Date objects', () => {
    expect(postFromFile('---\ndate: 2025-07-06\ndraft: true\ntags: [a, b]\n---\nX\n')).toEqual({
      date: '2025-07-06',
      draft: true,
      tags: ['a', 'b'],
      body: 'X\n',
      _source: '---\ndate: 2025-07-06\ndraft: true\ntags: [a, b]\n---\nX\n',
    });
  });
});

describe('a change touches only its own lines', () => {
  const text = '---\ntitle: "Tiêu đề"\n# Ghi chú của người viết\ndate: 2025-07-06\nmdx: {format: md}\nauthors: [ban-bien-tap]\ntags:\n  - so-lieu\ndraft: true\n---\n\nĐoạn mở đầu.\n';
  it('a changed title', () => {
    expect(roundTrip(text, {title: 'Tiêu đề "mới"'})).toBe(text.replace('title: "Tiêu đề"', 'title: "Tiêu đề \\"mới\\""'));
  });
  it('a tag added: the list on one line; the comment kept', () => {
    expect(roundTrip(text, {tags: ['so-lieu', 'chinh-sach']})).toBe(text.replace('tags:\n  - so-lieu\n', 'tags: [so-lieu, chinh-sach]\n'));
  });
  it('draft unticked: the line disappears (published)', () => {
    expect(roundTrip(text, {draft: false})).toBe(text.replace('draft: true\n', ''));
  });
  it('a picture added: image and image_alt appended in template order', () => {
    expect(roundTrip(text, {image_alt: 'Gian hàng', image: './anh.jpg'})).toBe(text.replace('draft: true\n', 'draft: true\nimage: ./anh.jpg\nimage_alt: "Gian hàng"\n'));
  });
  it('a changed body keeps the front matter', () => {
    expect(roundTrip(text, {body: '\nĐoạn khác.\n'})).toBe(text.replace('Đoạn mở đầu.', 'Đoạn khác.'));
  });
});

test('a new post from the editor: the template\'s front matter, and it passes the news checks', () => {
  const text = postToFile({
    title: 'Hội chợ OCOP Thanh Hóa 2025',
    description: 'Hội chợ giới thiệu sản phẩm OCOP của tỉnh tại Thanh Hóa, tháng 7/2025.',
    date: '2025-07-06',
    mdx: {format: 'md'},
    authors: ['ban-bien-tap'],
    tags: ['so-lieu'],
    draft: true,
    image: '',
    image_alt: '',
    body: 'Đoạn mở đầu của tin.\n\n<!-- truncate -->\n\nNội dung chính.\n\n## Nguồn {#nguon}\n\n- [Kế hoạch 36/KH-UBND](/ke-hoach/)',
  });
  expect(text).toBe(
    '---\ntitle: "Hội chợ OCOP Thanh Hóa 2025"\ndescription: "Hội chợ giới thiệu sản phẩm OCOP của tỉnh tại Thanh Hóa, tháng 7/2025."\ndate: 2025-07-06\nmdx: {format: md}\nauthors: [ban-bien-tap]\ntags: [so-lieu]\ndraft: true\n---\n\nĐoạn mở đầu của tin.\n\n<!-- truncate -->\n\nNội dung chính.\n\n## Nguồn {#nguon}\n\n- [Kế hoạch 36/KH-UBND](/ke-hoach/)',
  );
  const file = 'blog/2025-07-06-hoi-cho-ocop-thanh-hoa-2025/index.md';
  // As the build reads it (js-yaml's default schema), after Decap's final "\n".
  const source = postSourceFromText(file, `${text}\n`, yaml.load(splitFrontMatter(`${text}\n`)!.frontMatter) as Record<string, unknown>);
  if ('code' in source) throw new Error(source.message);
  expect(checkPost(source, {tags: [{key: 'so-lieu', label: 'Số liệu'}], authors: [{key: 'ban-bien-tap', name: 'Ban biên tập'}]})).toEqual([]);
});

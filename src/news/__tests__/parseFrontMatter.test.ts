import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {DEFAULT_PARSE_FRONT_MATTER} from '@docusaurus/utils';
import {createParseFrontMatter, isBlogPostFile, yamlProblem} from '../../plugins/news/parseFrontMatter';

const ROOT = path.resolve(__dirname, '..', '..', '..');
let site: string;
let logs: string[];
let parse: ReturnType<typeof createParseFrontMatter>;

const run = (rel: string, fileContent: string) =>
  parse({filePath: path.join(site, rel), fileContent, defaultParseFrontMatter: DEFAULT_PARSE_FRONT_MATTER});

beforeEach(() => {
  site = fs.mkdtempSync(path.join(os.tmpdir(), 'news-fm-'));
  fs.mkdirSync(path.join(site, 'blog'));
  for (const f of ['tags.yml', 'authors.yml']) {
    fs.copyFileSync(path.join(ROOT, 'blog', f), path.join(site, 'blog', f));
  }
  logs = [];
  parse = createParseFrontMatter({siteDir: site, log: (t) => logs.push(t)});
});
afterEach(() => fs.rmSync(site, {recursive: true, force: true}));

const POST = 'blog/2025-07-06-hoi-cho/index.md';

describe('parseFrontMatter hook', () => {
  it('gives a training lesson its title from src/training/tracks.ts, and stops on a different one', async () => {
    const lesson = 'docs/dao-tao/can-bo/02-tuyen-truyen.mdx';
    const parsed = await run(lesson, '---\ndescription: Bài 2.\n---\nx');
    expect(parsed.frontMatter).toEqual({description: 'Bài 2.', title: 'Tuyên truyền về Chương trình OCOP'});
    await expect(run(lesson, '---\ntitle: Tuyên truyền\n---\nx')).rejects.toThrow(
      'docs/dao-tao/can-bo/02-tuyen-truyen.mdx: bài học không ghi title riêng; tên bài lấy từ src/training/tracks.ts ("Tuyên truyền về Chương trình OCOP").',
    );
    expect((await run('docs/dao-tao/can-bo/index.mdx', '---\ntitle: Cán bộ\n---\nx')).frontMatter.title).toBe('Cán bộ');
  });

  it('passes good posts and other files through unchanged', async () => {
    const text = '---\ntitle: "A"\ndate: 2025-07-06\nauthors: [ban-bien-tap]\ntags: [so-lieu]\n---\nx';
    await expect(run(POST, text)).resolves.toEqual(await DEFAULT_PARSE_FRONT_MATTER({filePath: POST, fileContent: text}));
    await expect(run('docs/a.md', '---\ntitle: a: b\n---\n')).rejects.toThrow();
    expect(logs).toEqual([]);
  });

  it('stops on a malformed corrections page (docs/dinh-chinh.md), naming the line; passes a good one', async () => {
    const good = '---\ntitle: Đính chính\n---\n\n## Các lần đính chính\n\n### 30/11/2026: A\n\n- **Trang:** [x](/x/)\n- **Trước đây:** a\n- **Nay:** b\n';
    await expect(run('docs/dinh-chinh.md', good)).resolves.toEqual(await DEFAULT_PARSE_FRONT_MATTER({filePath: 'docs/dinh-chinh.md', fileContent: good}));
    await expect(run('docs/dinh-chinh.md', good.replace('- **Nay:** b\n', ''))).rejects.toThrow('Có 1 lỗi trong trang Đính chính');
    expect(logs.join('\n')).toContain('docs/dinh-chinh.md, dòng 7: Lần đính chính "A" thiếu dòng - **Nay:**');
  });

  it('explains invalid YAML in Vietnamese, with the line', async () => {
    await expect(run(POST, '---\ndescription: x\ntitle: Hội chợ OCOP: khai mạc\n---\nx')).rejects.toThrow('Có 1 lỗi');
    expect(logs[0]).toContain('blog/2025-07-06-hoi-cho/index.md, dòng 3 (thông tin đầu bài)');
    expect(logs[0]).toContain('Dòng có lỗi: "title: Hội chợ OCOP: khai mạc"');
    expect(logs[0]).toContain('ngoặc kép');
  });

  it.each([
    ['date: 24/02/2025', 'date.format', 'date: 2025-02-24'],
    ['authors: [ban-bien-tạp]', 'authors.unknown', '"ban-bien-tap"'],
    ['tags: so-lieu', 'tags.type', 'tags: [so-lieu]'],
    ['draft: có', 'draft.type', 'draft: true'],
    ['title: 2025', 'title.type', 'ngoặc kép'],
  ])('puts a Vietnamese message before Docusaurus for %j', async (line, _code, hint) => {
    const fm = ['title: "A"', 'date: 2025-07-06', 'authors: [ban-bien-tap]', 'tags: [so-lieu]']
      .filter((l) => l.split(':')[0] !== line.split(':')[0])
      .concat(line);
    await expect(run(POST, `---\n${fm.join('\n')}\n---\nx`)).rejects.toThrow('Có 1 lỗi');
    expect(logs[0]).toContain(hint);
  });

  it('leaves the other rules to the processBlogPosts hook', async () => {
    await expect(run(POST, '---\ntitle: ""\ntags: []\n---\nx')).resolves.toBeDefined();
  });
});

describe('isBlogPostFile', () => {
  const blog = path.join('/site', 'blog');
  it.each([
    ['/site/blog/2025-07-06-a/index.md', true],
    ['/site/blog/a.mdx', true],
    ['/site/blog/_mau/index.md', false],
    ['/site/blog/tags.yml', false],
    ['/site/docs/a.md', false],
  ])('%s → %s', (file, ok) => {
    expect(isBlogPostFile(file, blog)).toBe(ok);
  });
});

describe('yamlProblem', () => {
  it('works without a closing ---', () => {
    expect(yamlProblem('blog/a/index.md', 'title: x').line).toBeUndefined();
  });
});

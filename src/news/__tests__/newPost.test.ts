import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import yaml from 'js-yaml';
import {checkPost} from '../checkPost';
import {postFolderName, previewUrl, renderPostTemplate} from '../newPost';
import {splitFrontMatter} from '../postFile';
import {VOCAB} from './fixtures';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
const SCRIPT = path.join(ROOT, 'src', 'scripts', 'new-post.ts');

jest.setTimeout(60_000);

function run(args: string[], cwd = ROOT) {
  const r = spawnSync(TSX, [SCRIPT, ...args], {cwd, encoding: 'utf8'});
  return {status: r.status, stdout: r.stdout, stderr: r.stderr};
}

describe('postFolderName', () => {
  it('is the date plus the slug of the title', () => {
    expect(postFolderName('Hội chợ OCOP Thanh Hóa 2025', '2025-07-06')).toEqual({folder: '2025-07-06-hoi-cho-ocop-thanh-hoa-2025'});
  });
  it('explains what is wrong in Vietnamese', () => {
    expect(postFolderName('  ', '2025-07-06')).toEqual({error: expect.stringContaining('Chưa có tiêu đề')});
    expect(postFolderName('Tin', '06/07/2025')).toEqual({error: expect.stringContaining('năm-tháng-ngày')});
    expect(postFolderName('!!!', '2025-07-06')).toEqual({error: expect.stringContaining('không có chữ cái')});
  });
});

describe('previewUrl', () => {
  it('is the local address of the post', () => {
    expect(previewUrl('2025-07-06-hoi-cho')).toBe('http://localhost:3000/tin-tuc/2025/07/06/hoi-cho/');
  });
});

describe('renderPostTemplate', () => {
  const text = renderPostTemplate('Hội chợ "OCOP": khai mạc', '2025-07-06', VOCAB);
  const split = splitFrontMatter(text)!;
  const fm = yaml.load(split.frontMatter) as Record<string, unknown>;

  it('is valid YAML even with quotes and colons in the title', () => {
    expect(fm.title).toBe('Hội chợ "OCOP": khai mạc');
    expect(fm.date).toEqual(new Date('2025-07-06T00:00:00Z'));
    expect(fm.authors).toEqual(['ban-bien-tap']);
    expect(fm.draft).toBe(true);
  });
  it('lists the tags in a comment', () => {
    expect(text).toContain('#   so-lieu = Số liệu');
  });
  it('is plain Markdown: mdx: {format: md}, the Markdown excerpt marker and heading id, no MDX comment', () => {
    expect(fm.mdx).toEqual({format: 'md'});
    expect(text).toContain('\nmdx: {format: md}\n');
    expect(text).toContain('\n<!-- truncate -->\n');
    expect(text).toContain('\n## Nguồn {#nguon}\n');
    expect(text).not.toContain('{/*');
    expect(text.match(/<!--/g)).toHaveLength(1);
  });
  it('fails the checks until staff fill it in: placeholders and tags', () => {
    const problems = checkPost(
      {file: 'blog/2025-07-06-hoi-cho-ocop-khai-mac/index.md', frontMatter: fm, rawFrontMatter: split.frontMatter, body: split.body, bodyStartLine: split.bodyStartLine},
      VOCAB,
    );
    expect(problems.map((p) => p.code)).toEqual(['description.placeholder', 'tags.missing', 'content.placeholder', 'content.placeholder', 'content.placeholder']);
  });
  it('passes once filled in', () => {
    const filled = text
      .replace(/"\[\[Tóm tắt[^\]]*\]\]"/, '"Hội chợ khai mạc."')
      .replace('tags: []', 'tags: [so-lieu]')
      .replace('draft: true\n', '')
      .replace(/\[\[Đoạn mở đầu[^\]]*\]\]/, 'Mở đầu.')
      .replace(/\[\[Nội dung chính[^\]]*\]\]/, 'Thân bài.')
      .replace(/- \[\[Mỗi nguồn.*\]\]/, '- [Kế hoạch](/ke-hoach/)');
    const s = splitFrontMatter(filled)!;
    const problems = checkPost(
      {file: 'blog/2025-07-06-hoi-cho-ocop-khai-mac/index.md', frontMatter: yaml.load(s.frontMatter) as Record<string, unknown>, rawFrontMatter: s.frontMatter, body: s.body, bodyStartLine: s.bodyStartLine},
      VOCAB,
    );
    expect(problems).toEqual([]);
  });
});

describe('src/scripts/new-post.ts', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'new-post-'));
  });
  afterEach(() => {
    fs.rmSync(dir, {recursive: true, force: true});
  });

  it('creates blog/YYYY-MM-DD-<slug>/index.md from the template', () => {
    const r = run(['Hội chợ OCOP Thanh Hóa 2025', '--date', '2025-07-06', '--blog-dir', dir]);
    expect(r.status).toBe(0);
    const file = path.join(dir, '2025-07-06-hoi-cho-ocop-thanh-hoa-2025', 'index.md');
    expect(fs.readFileSync(file, 'utf8')).toBe(renderPostTemplate('Hội chợ OCOP Thanh Hóa 2025', '2025-07-06', {
      ...VOCAB,
      tags: yamlTags(),
    }));
    expect(r.stdout).toContain('Đã tạo bài viết mới (bản nháp)');
    expect(r.stdout).toContain('http://localhost:3000/tin-tuc/2025/07/06/hoi-cho-ocop-thanh-hoa-2025/');
  });

  it('joins words given without quotes and uses today in Vietnam without --date', () => {
    const r = run(['Tập', 'huấn', 'OCOP', '--blog-dir', dir]);
    expect(r.status).toBe(0);
    const [folder] = fs.readdirSync(dir);
    expect(folder).toMatch(/^\d{4}-\d{2}-\d{2}-tap-huan-ocop$/);
  });

  it('refuses to overwrite an existing post and says why', () => {
    const args = ['Hội chợ OCOP', '--date', '2025-07-06', '--blog-dir', dir];
    expect(run(args).status).toBe(0);
    const file = path.join(dir, '2025-07-06-hoi-cho-ocop', 'index.md');
    fs.writeFileSync(file, 'NỘI DUNG ĐÃ VIẾT');
    const r = run(args);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Không tạo bài viết: đã có thư mục');
    expect(r.stderr).toContain('không bao giờ ghi đè');
    expect(fs.readFileSync(file, 'utf8')).toBe('NỘI DUNG ĐÃ VIẾT');
  });

  it('refuses even when the folder exists but is empty', () => {
    fs.mkdirSync(path.join(dir, '2025-07-06-hoi-cho-ocop'));
    expect(run(['Hội chợ OCOP', '--date', '2025-07-06', '--blog-dir', dir]).status).toBe(1);
  });

  it('explains usage when the title or a value is missing, or the date is wrong', () => {
    const none = run(['--blog-dir', dir]);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('Chưa có tiêu đề bài viết');
    expect(none.stderr).toContain('npm run new-post -- "Tiêu đề bài viết"');
    expect(run(['Tin', '--date']).stderr).toContain('Thiếu giá trị sau --date');
    expect(run(['Tin', '--date', '06/07/2025', '--blog-dir', dir]).stderr).toContain('năm-tháng-ngày');
    expect(run(['Tin', '--ngay', 'x']).stderr).toContain('Không hiểu tùy chọn --ngay');
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});

/** The site's tags, which the script lists when --blog-dir has no tags.yml. */
function yamlTags() {
  const data = yaml.load(fs.readFileSync(path.join(ROOT, 'blog', 'tags.yml'), 'utf8')) as Record<string, {label: string}>;
  return Object.entries(data).map(([key, v]) => ({key, label: v.label}));
}

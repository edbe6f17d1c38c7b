import {checkLaterLinks, isoFromUpdateDate, isoPostDate, linkedPost, type DatedPost} from '../checkLaterLinks';

const EARLY = 'blog/2025-02-10-dau-nam/index.md';
const LATE = 'blog/2025-07-06-hai-cap/index.md';

function posts(earlyBody: string, lateBody = 'Mở đầu.\n'): DatedPost[] {
  return [
    {file: EARLY, date: '2025-02-10', permalink: '/tin-tuc/2025/02/10/dau-nam', body: earlyBody, bodyStartLine: 8},
    {file: LATE, date: '2025-07-06', permalink: '/tin-tuc/2025/07/06/hai-cap', body: lateBody, bodyStartLine: 8},
  ];
}

const LINK = '[Đánh giá còn hai cấp](../2025-07-06-hai-cap/index.md)';

describe('checkLaterLinks', () => {
  it('refuses a link to a later post outside an update block, naming file and line, in Vietnamese', () => {
    expect(checkLaterLinks(posts(`Mở đầu.\n\nXem tin ${LINK}.\n`))).toEqual([
      {
        file: EARLY,
        field: 'nội dung',
        line: 10,
        code: 'content.later-post-link',
        message: expect.stringMatching(/^Bài đăng ngày 10\/02\/2025 dẫn tới bài blog\/2025-07-06-hai-cap\/index\.md, đăng sau đó \(ngày 06\/07\/2025\)\..*:::note\[Cập nhật ngày 06\/07\/2025\]/),
      },
    ]);
  });

  it('accepts the same link inside a dated update block (any admonition type)', () => {
    expect(checkLaterLinks(posts(`Mở đầu.\n\n:::note[Cập nhật ngày 06/07/2025]\n\nXem tin ${LINK}.\n\n:::\n`))).toEqual([]);
    expect(checkLaterLinks(posts(`Mở đầu.\n\n:::info[Cập nhật ngày 30/11/2026]\n\n:::tip\nlồng\n:::\n\nXem tin ${LINK}.\n:::\n`))).toEqual([]);
  });

  it('refuses the link again after the block is closed', () => {
    const body = `Mở đầu.\n\n:::note[Cập nhật ngày 06/07/2025]\nCó.\n:::\n\nXem tin ${LINK}.\n`;
    expect(checkLaterLinks(posts(body)).map((p) => [p.code, p.line])).toEqual([['content.later-post-link', 14]]);
  });

  it('refuses a block dated before the post it links to', () => {
    const problems = checkLaterLinks(posts(`:::note[Cập nhật ngày 01/07/2025]\nXem tin ${LINK}.\n:::\n`));
    expect(problems.map((p) => [p.code, p.line])).toEqual([['content.later-post-link', 9]]);
    expect(problems[0]!.message).toMatch(/^Khối "Cập nhật ngày 01\/07\/2025" dẫn tới bài .* \(ngày 06\/07\/2025\)/);
  });

  it('refuses an update block dated before the post, or with a date that is not real', () => {
    expect(checkLaterLinks(posts(':::note[Cập nhật ngày 09/02/2025]\nx\n:::\n')).map((p) => [p.code, p.line])).toEqual([['content.update-date', 8]]);
    const bad = checkLaterLinks(posts(':::note[Cập nhật ngày 31/02/2025]\nx\n:::\n'));
    expect(bad.map((p) => p.code)).toEqual(['content.update-date']);
    expect(bad[0]!.message).toContain('"Cập nhật ngày 31/02/2025"');
  });

  it('accepts links to earlier and same-day posts, to other pages and to external sites', () => {
    const late = `Xem [tin đầu năm](../2025-02-10-dau-nam/index.md), [Kế hoạch](/ke-hoach/), [báo](https://example.vn/2025-07-06-hai-cap/index.md).\n`;
    expect(checkLaterLinks(posts('Mở đầu.\n', late))).toEqual([]);
  });

  it('finds links by the post’s address too, and ignores links in code', () => {
    expect(checkLaterLinks(posts('Xem [tin](/tin-tuc/2025/07/06/hai-cap/#ai-danh-gia).\n')).map((p) => p.code)).toEqual(['content.later-post-link']);
    expect(checkLaterLinks(posts('`[tin](../2025-07-06-hai-cap/index.md)`\n\n```\n[tin](../2025-07-06-hai-cap/index.md)\n```\n'))).toEqual([]);
  });
});

describe('helpers', () => {
  it('linkedPost resolves relative file links and folder links', () => {
    const all = posts('');
    expect(linkedPost(all[0]!, '../2025-07-06-hai-cap/index.md#nguon', all)?.file).toBe(LATE);
    expect(linkedPost(all[0]!, '../2025-07-06-hai-cap/', all)?.file).toBe(LATE);
    expect(linkedPost(all[0]!, '../2025-07-06-khac/index.md', all)).toBeUndefined();
    expect(linkedPost(all[0]!, 'mailto:a@b.vn', all)).toBeUndefined();
  });

  it('isoFromUpdateDate and isoPostDate', () => {
    expect(isoFromUpdateDate('6/7/2025')).toBe('2025-07-06');
    expect(isoFromUpdateDate('29/02/2025')).toBeUndefined();
    expect(isoFromUpdateDate('2025-07-06')).toBeUndefined();
    expect(isoPostDate(new Date('2025-07-06T00:00:00Z'))).toBe('2025-07-06');
    expect(isoPostDate('2025-07-06')).toBe('2025-07-06');
    expect(isoPostDate(undefined)).toBeUndefined();
  });
});

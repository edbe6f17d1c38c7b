/** Reading citations of Part IV out of built HTML (the build test's reader), on small pages; the rules are tested in src/plan/__tests__/citations.test.ts. */
import {checkPartIvCitations, realCitedItems} from './support/partIvCitations';

const items = realCitedItems();
const check = (body: string) => checkPartIvCitations(`<main><article>${body}</article></main>`, items);

describe('checkPartIvCitations', () => {
  it('accepts a citation linked to the cited duty, body page or plan item', () => {
    expect(
      check(
        '<p>Sở Y tế: an toàn thực phẩm (<a href="/co-quan/so-y-te/#iv-6-1">mục IV.6, ý 1</a>).</p>' +
          '<p>Ngân hàng (<a href="/co-quan/ngan-hang-nha-nuoc/#iv-12-1">mục IV.12</a>).</p>' +
          '<p>Đọc <a href="/co-quan/ubnd-cap-huyen/">mục IV.14</a>.</p>' +
          '<p>Các mục II.2.2, <a href="/ke-hoach/to-chuc-thuc-hien/#iv-3">IV.3</a> đến <a href="/ke-hoach/to-chuc-thuc-hien/#iv-9">IV.9</a>.</p>',
      ),
    ).toEqual({citations: 5, quotations: 0, problems: []});
  });

  it('finds an unlinked citation', () => {
    const report = check('<p>Sở Y tế (<a href="/co-quan/so-y-te/#iv-6-1">mục IV.6, ý 1</a>); UBND cấp huyện (mục IV.14).</p>');
    expect(report.citations).toBe(2);
    expect(report.problems).toEqual([expect.stringMatching(/^IV\.14 chưa có liên kết/)]);
  });

  it('finds citations in any element of the content, and only there', () => {
    expect(check('<fieldset><legend>Theo mục IV.6, …</legend></fieldset><table><tr><td>IV.5</td></tr></table>').problems).toHaveLength(2);
    expect(checkPartIvCitations('<nav>mục IV.6</nav><article><p>Không có.</p></article>', items)).toEqual({citations: 0, quotations: 0, problems: []});
    expect(() => checkPartIvCitations('<p>mục IV.6</p>', items)).toThrow('Trang không có article.');
  });

  it('does not take other numbers for Part IV', () => {
    expect(check('<p>Mục II.2.4, III.2, XIV.3 và IV.3.2 khác.</p>')).toEqual({citations: 0, quotations: 0, problems: []});
  });

  it('refuses a link whose item, body or duty does not match the text', () => {
    const wrong = [
      '<p>(<a href="/co-quan/so-y-te/#iv-5-1">mục IV.5, ý 1</a>)</p>', // Sở Y tế is item 6
      '<p>(<a href="/co-quan/so-y-te/#iv-6-2">mục IV.6, ý 1</a>)</p>', // text ý 1, link ý 2
      '<p>(<a href="/co-quan/so-y-te/#iv-6-1">mục IV.6</a>)</p>', // item 6 has 4 duties: say which
      '<p>(<a href="/co-quan/so-y-te/#iv-6-9">mục IV.6, ý 9</a>)</p>', // no such duty
      '<p>(<a href="/co-quan/ngan-hang-nha-nuoc/#iv-12-1">mục IV.12, ý 1</a>)</p>', // one duty only
      '<p>(<a href="/co-quan/so-y-te/">mục IV.7</a>)</p>',
      '<p>(<a href="/co-quan/so-y-te/">mục IV.6, ý 1</a>)</p>',
      '<p>(<a href="/ke-hoach/to-chuc-thuc-hien/#iv-7">mục IV.6</a>)</p>',
      '<p>(<a href="/co-quan/">mục IV.6</a>)</p>',
      '<p>(<a href="/ke-hoach/">mục IV.6</a>)</p>',
      '<p>mục IV.17</p>',
    ];
    for (const body of wrong) expect({body, problems: check(body).problems.length}).toEqual({body, problems: 1});
  });

  it('checks a quotation right before a duty link against that duty', () => {
    const href = '/co-quan/van-phong-dieu-phoi-ntm/#iv-1-5';
    const good = `<li>Văn phòng là “Đầu mối, phối hợp với các cơ quan truyền thông” (<a href="${href}">mục IV.1, ý 5</a>).</li>`;
    const bad = `<li>Văn phòng “Tiếp nhận hồ sơ sản phẩm” (Kế hoạch 36, <a href="${href}">mục IV.1, ý 5</a>).</li>`;
    expect(check(good)).toMatchObject({quotations: 1, problems: []});
    expect(check(bad).problems).toEqual([
      'Câu trích “Tiếp nhận hồ sơ sản phẩm” không có trong mục IV.1, ý 5: phải chép đúng lời Kế hoạch, dùng “…” cho phần lược bớt. “mục IV.1, ý 5”',
    ]);
  });

  it('checks a blockquote signed with a duty link', () => {
    const sign = '<p>— <a href="/ke-hoach/">Kế hoạch 36/KH-UBND</a>, <a href="/co-quan/ubnd-cap-huyen/#iv-14-7">mục IV.14, ý 7</a></p>';
    const good = `<blockquote><p>Triển khai các bước trong Chu trình OCOP thường niên theo hướng dẫn của các cơ quan cấp tỉnh; tổ chức đánh giá, phân hạng sản phẩm tại địa phương theo quy định.</p>${sign}</blockquote>`;
    const bad = `<blockquote><p>Tổ chức đánh giá 3 sao.</p>${sign}</blockquote>`;
    expect(check(good)).toMatchObject({quotations: 1, problems: []});
    expect(check(bad).problems).toEqual([
      'Câu trích “Tổ chức đánh giá 3 sao.” không có trong mục IV.14, ý 7: phải chép đúng lời Kế hoạch, dùng “…” cho phần lược bớt. “mục IV.14, ý 7”',
    ]);
  });
});

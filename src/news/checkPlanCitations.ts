/**
 * A news post cites Part IV of Plan 36 with ordinary Markdown links to the
 * item's anchors — [mục IV.14](/ke-hoach/to-chuc-thuc-hien/#iv-14) or
 * [mục IV.6, ý 1](/co-quan/so-y-te/#iv-6-1) — checked by the site's one set
 * of citation rules (src/plan/citations.ts), as <PlanRef> in docs is.
 */
import {citationProblems, markdownCitations, type CitedItem} from '../plan/citations';
import {maskCode} from './checkContent';
import type {PostSource, Problem} from './types';

const HOW =
  'Cách sửa: viết mục được nhắc thành liên kết, tới mục trong Kế hoạch, ví dụ [mục IV.14](/ke-hoach/to-chuc-thuc-hien/#iv-14), hoặc tới đúng ý trên trang cơ quan, ví dụ [mục IV.6, ý 1](/co-quan/so-y-te/#iv-6-1) (mã của từng ý có ở trang /co-quan/…); lời trích trong “…” phải đúng từng chữ của ý đó.';

export function checkPlanCitations(post: PostSource, items: readonly CitedItem[]): Problem[] {
  return markdownCitations(maskCode(post.body).join('\n'), post.bodyStartLine).flatMap((citation) =>
    citationProblems(citation, items).map((problem) => ({
      file: post.file,
      field: 'nội dung',
      line: citation.line,
      code: 'content.plan-citation' as const,
      message: `Dẫn Kế hoạch 36 chưa đúng: ${problem} ${HOW}`,
    })),
  );
}

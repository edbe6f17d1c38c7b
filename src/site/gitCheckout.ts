/**
 * Whether the site folder is a git checkout. Docusaurus reads each doc's
 * "Cập nhật lần cuối" date from git history and stops the build outside a
 * git worktree ("This Docusaurus site is outside any Git worktree"); a copy
 * downloaded as an archive has no history, so the config leaves those dates
 * out there (and says so once), rather than inventing them.
 */
import {execFileSync} from 'node:child_process';

export function isGitCheckout(dir: string): boolean {
  try {
    return execFileSync('git', ['rev-parse', '--is-inside-work-tree'], {cwd: dir, stdio: ['ignore', 'pipe', 'ignore'], encoding: 'utf8'}).trim() === 'true';
  } catch {
    // git missing, or not a worktree.
    return false;
  }
}

export const NO_GIT_NOTICE =
  '[Thông báo] Thư mục trang không phải bản sao git (ví dụ tệp nén tải về): các trang tài liệu sẽ không ghi ngày "Cập nhật lần cuối", vì ngày này chỉ lấy được từ lịch sử git.';

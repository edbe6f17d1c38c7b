/**
 * The dated status line of the plan (src/plan/status.ts), as of the build:
 * generated from the data. Home and /chi-tieu/ pass their page data; MDX
 * pages use the default export of ./index (the plugin's plan-status.json).
 */
import type {ReactNode} from 'react';
import type {PlanStatus} from '@site/src/plan/status';
import {planStatusText} from '@site/src/plan/statusText';
import styles from './styles.module.css';

export function PlanStatusView({status}: {status: PlanStatus}): ReactNode {
  const t = planStatusText(status);
  return (
    <aside className={styles.status} aria-label="Tình hình thực hiện Kế hoạch">
      <p>
        <strong>{t.lead}</strong> {t.year}{' '}
        {'text' in t.total ? (
          t.total.text
        ) : (
          <>
            {t.total.before}
            <a href={status.latest?.href} rel="noopener noreferrer">
              {t.total.linkText}
            </a>
            {t.total.language && `, ${t.total.language}`}
            {t.total.after}
          </>
        )}
        {t.report && (
          <>
            {' '}
            {t.report.text}
            {t.report.link && (
              <>
                {' '}
                <a href={t.report.link.href} rel="noopener noreferrer">
                  {t.report.link.text}
                </a>
                .
              </>
            )}
          </>
        )}
      </p>
      <p className={styles.kicker}>Dòng này do trang tự tạo từ dữ liệu khi cập nhật, không thuộc văn bản Kế hoạch.</p>
    </aside>
  );
}

/**
 * A chart's numbers as a plain table (cells already formatted); URLs become
 * links, followed by the page's language when the address names one other
 * than Vietnamese (src/linkLanguage.ts).
 */
import type {ReactNode} from 'react';
import clsx from 'clsx';
import type {TableView as TableViewData} from '../../charts/specs';
import {linkLanguage} from '../../linkLanguage';
import styles from './styles.module.css';

export default function TableView({table}: {table: TableViewData}): ReactNode {
  return (
    <div className={clsx('table-scroll', styles.scroll)}>
      <table className={styles.table}>
        <caption className={styles.caption}>
          <span className={styles.captionText}>{table.caption}</span>
        </caption>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c.label} scope="col" className={clsx(c.numeric && 'num')}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, i) => {
                const column = table.columns[i]!;
                const language = linkLanguage(cell);
                const content = /^https?:\/\/\S+$/.test(cell) ? (
                  <>
                    <a href={cell}>{new URL(cell).hostname}</a>
                    {language && ` (${language})`}
                  </>
                ) : (
                  cell
                );
                return i === 0 ? (
                  <th key={column.label} scope="row">
                    {content}
                  </th>
                ) : (
                  <td key={column.label} className={clsx(column.numeric && 'num')}>
                    {content}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

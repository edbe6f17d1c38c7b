/**
 * A table that is complete and readable as static HTML, and, once the page
 * has loaded JavaScript, lets the reader sort it by any column with the
 * header buttons (aria-sort tells screen readers the current order). The
 * footer row (totals) always stays last. The server HTML already has the
 * hint and the arrows (hidden without JavaScript) in the buttons' shape, so
 * that nothing moves when the buttons come alive.
 */
import {useState, type ReactNode} from 'react';
import clsx from 'clsx';
import {useHydrated} from '@site/src/hooks/useHydrated';
import styles from './styles.module.css';

export interface SortableColumn {
  key: string;
  label: string;
  numeric: boolean;
}

export interface SortableCell {
  display: ReactNode;
  /** Value used for sorting; null sorts last. */
  sortValue: number | string | null;
}

export interface SortableRow {
  key: string;
  /** First cell is the row header. */
  cells: SortableCell[];
}

type Direction = 'ascending' | 'descending';

// Made on the first sort, not as the page loads: the first Intl object a page
// creates loads the browser's locale data (≈ 65 ms on a phone, see src/format.ts).
let collator: Intl.Collator | undefined;
const vietnameseCollator = (): Intl.Collator => (collator ??= new Intl.Collator('vi'));

function compare(a: SortableCell, b: SortableCell, dir: Direction): number {
  if (a.sortValue === null || b.sortValue === null) {
    return a.sortValue === b.sortValue ? 0 : a.sortValue === null ? 1 : -1;
  }
  const base = typeof a.sortValue === 'number' && typeof b.sortValue === 'number' ? a.sortValue - b.sortValue : vietnameseCollator().compare(String(a.sortValue), String(b.sortValue));
  return dir === 'ascending' ? base : -base;
}

export default function SortableTable({
  caption,
  columns,
  rows,
  footer,
}: {
  caption: ReactNode;
  columns: readonly SortableColumn[];
  rows: readonly SortableRow[];
  footer?: readonly ReactNode[];
}): ReactNode {
  const enhanced = useHydrated();
  const [sort, setSort] = useState<{index: number; dir: Direction} | null>(null);

  const ordered =
    sort === null
      ? rows
      : rows
          .map((row, i) => ({row, i}))
          .sort((a, b) => compare(a.row.cells[sort.index]!, b.row.cells[sort.index]!, sort.dir) || a.i - b.i)
          .map((x) => x.row);

  const toggle = (index: number) => {
    const numeric = columns[index]?.numeric ?? false;
    setSort((s) => ({index, dir: s?.index === index ? (s.dir === 'ascending' ? 'descending' : 'ascending') : numeric ? 'descending' : 'ascending'}));
  };

  return (
    <div className={clsx("table-scroll", styles.scroll)}>
      <table className={styles.table}>
        <caption className={styles.caption}>
          <span className={styles.captionText}>
            {caption}
            <span className={clsx(styles.hint, 'js-only')} data-pagefind-ignore="">
              {' '}
              Bấm vào tiêu đề cột để sắp xếp.
            </span>
          </span>
        </caption>
        <thead>
          <tr>
            {columns.map((c, i) => (
              <th key={c.key} scope="col" className={clsx(c.numeric && 'num')} aria-sort={sort?.index === i ? sort.dir : undefined}>
                {enhanced ? (
                  <button type="button" className={styles.sortButton} onClick={() => toggle(i)}>
                    {c.label}
                    <span aria-hidden="true" className={styles.arrow}>
                      {sort?.index === i ? (sort.dir === 'ascending' ? '▲' : '▼') : '↕'}
                    </span>
                  </button>
                ) : (
                  // Same box as the button (no layout shift when it replaces this).
                  <span className={styles.sortButton}>
                    {c.label}
                    <span aria-hidden="true" className={clsx(styles.arrow, 'js-only')}>
                      ↕
                    </span>
                  </span>
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ordered.map((row) => (
            <tr key={row.key}>
              {row.cells.map((cell, i) =>
                i === 0 ? (
                  <th key={columns[i]!.key} scope="row">
                    {cell.display}
                  </th>
                ) : (
                  <td key={columns[i]!.key} className={clsx(columns[i]!.numeric && 'num')}>
                    {cell.display}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
        {footer && (
          <tfoot>
            <tr className={styles.total}>
              {footer.map((cell, i) =>
                i === 0 ? (
                  <th key={i} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={i} className={clsx(columns[i]?.numeric && 'num')}>
                    {cell}
                  </td>
                ),
              )}
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}

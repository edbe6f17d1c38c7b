/** The "Nguồn" list of a data page: links with site, subject and date. */
import type {ReactNode} from 'react';
import type {Source} from '../../content/sources';

export default function SourceList({sources}: {sources: readonly Source[]}): ReactNode {
  return (
    <ul>
      {sources.map((s) => (
        <li key={s.href}>
          <a href={s.href}>{s.label}</a> ({s.date})
        </li>
      ))}
    </ul>
  );
}

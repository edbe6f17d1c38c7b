/** "Section › this page" trail at the top of the plugin's route pages. */
import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import styles from './styles.module.css';

export default function Breadcrumbs({parent, current}: {parent: {to: string; label: string}; current: ReactNode}): ReactNode {
  return (
    <nav aria-label="Đường dẫn" className={styles.breadcrumbs}>
      <ol>
        <li>
          <Link to={parent.to}>{parent.label}</Link>
        </li>
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}

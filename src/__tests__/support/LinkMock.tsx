/** Plain <a> in place of Docusaurus's router-aware Link, for rendering components in unit tests. */
import type {ReactNode} from 'react';

export default function Link({to, href, children, ...rest}: {to?: string; href?: string; children?: ReactNode; [k: string]: unknown}) {
  return (
    <a href={to ?? href} {...rest}>
      {children}
    </a>
  );
}

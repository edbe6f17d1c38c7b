/**
 * The phone menu's button (☰), and a menu that works without JavaScript.
 *
 * The news pages are served as static HTML that never runs a script
 * (src/routing/staticRoutes.ts), and some readers turn JavaScript off:
 * for them Docusaurus's button would do nothing. Beside it, a `<details>`
 * menu lists the header's sections; it is shown only where no script runs
 * (.no-js-only: no scripting, or a page marked `data-static-page`, see
 * src/css/custom.css), and Docusaurus's button only where one does
 * (.js-only). Both take the same place in the header.
 */
import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import {useThemeConfig} from '@docusaurus/theme-common';
import IconMenu from '@theme/Icon/Menu';
import MobileSidebarToggle from '@theme-original/Navbar/MobileSidebar/Toggle';
import styles from './styles.module.css';

interface HeaderLink {
  to: string;
  label: string;
}

function headerLinks(items: readonly Record<string, unknown>[]): HeaderLink[] {
  return items.flatMap((item) =>
    typeof item.to === 'string' && typeof item.label === 'string' ? [{to: item.to, label: item.label}] : [],
  );
}

export default function MobileSidebarToggleWrapper(): ReactNode {
  const {navbar} = useThemeConfig();
  const links = headerLinks(navbar.items as readonly Record<string, unknown>[]);
  const label = translate({
    id: 'theme.docs.sidebar.toggleSidebarButtonAriaLabel',
    message: 'Toggle navigation bar',
  });
  return (
    <>
      <span className={clsx(styles.slot, 'js-only')}>
        <MobileSidebarToggle />
      </span>
      <details className={clsx(styles.menu, 'no-js-only')}>
        <summary className="navbar__toggle clean-btn" aria-label={label}>
          <IconMenu />
        </summary>
        <nav className={styles.panel} aria-label="Các mục của trang">
          <ul className="menu__list">
            {links.map((link) => (
              <li key={link.to} className="menu__list-item">
                <Link className="menu__link" to={link.to}>
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </details>
    </>
  );
}

/**
 * The phone menu (☰), built the first time it is opened rather than as soon
 * as the page has loaded.
 *
 * Docusaurus builds the hidden phone menu on every page once it knows the
 * screen is narrow, right after hydration — with the whole documentation
 * sidebar inside (every chapter, lesson and agency page). On a phone that
 * insertion is the longest main-thread task of a page (≈ 0.4 s at
 * Lighthouse's 4× CPU slowdown on the plan's full text), spent on a menu
 * most readers never open. Built on first open, it costs one short delay on
 * that tap; it stays afterwards, so closing and reopening animate as before.
 * The sidebar's content for the menu follows the same rule (src/theme/DocSidebar).
 */
import React, {useEffect, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import MobileSidebar from '@theme-original/Navbar/MobileSidebar';
import type MobileSidebarType from '@theme/Navbar/MobileSidebar';
import type {WrapperProps} from '@docusaurus/types';
import {usePhoneMenuOpened} from '@site/src/hooks/usePhoneMenuOpened';
import styles from './styles.module.css';

type Props = WrapperProps<typeof MobileSidebarType>;

export default function MobileSidebarWrapper(props: Props): ReactNode {
  const opened = usePhoneMenuOpened();
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    if (!opened) return undefined;
    const timer = window.setTimeout(() => setSettled(true), 500);
    return () => window.clearTimeout(timer);
  }, [opened]);
  if (!opened) return null;
  return (
    <div className={clsx(styles.menu, !settled && styles.opening)}>
      <MobileSidebar {...props} />
    </div>
  );
}

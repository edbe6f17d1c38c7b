/**
 * The phone menu (☰), built the first time it is opened rather than as soon
 * as the page has loaded.
 *
 * Docusaurus builds the hidden phone menu on every page once it knows the
 * screen is narrow, right after hydration, with the section's whole sidebar
 * inside. On a phone that insertion was the longest main-thread task of a
 * page (≈ 0.4 s at Lighthouse's 4× CPU slowdown on the plan's full text),
 * spent on a menu most readers never open. Built on first open, the menu
 * appears without its slide-in that once; it stays afterwards, so closing
 * and reopening animate as before. The sidebar's copy for the menu follows
 * the same rule (src/theme/DocSidebar).
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

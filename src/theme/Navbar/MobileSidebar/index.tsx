/**
 * The phone menu (☰), rendered the first time it is opened rather than as
 * soon as the page has loaded.
 *
 * Docusaurus renders the hidden phone menu on every page once it knows the
 * screen is narrow, right after hydration — with the whole documentation
 * sidebar inside (every chapter, lesson and agency page). On a phone that
 * insertion is the longest main-thread task of a page (≈ 0.4 s at
 * Lighthouse's 4× CPU slowdown on the plan's full text), spent on a menu
 * most readers never open. Rendering it on first open costs one short delay
 * on that tap; it stays mounted afterwards, so closing and reopening animate
 * as before.
 */
import React, {useEffect, useState, type ReactNode} from 'react';
import MobileSidebar from '@theme-original/Navbar/MobileSidebar';
import type MobileSidebarType from '@theme/Navbar/MobileSidebar';
import type {WrapperProps} from '@docusaurus/types';
import {useNavbarMobileSidebar} from '@docusaurus/theme-common/internal';

type Props = WrapperProps<typeof MobileSidebarType>;

export default function MobileSidebarWrapper(props: Props): ReactNode {
  const {shown} = useNavbarMobileSidebar();
  const [opened, setOpened] = useState(shown);
  useEffect(() => {
    if (shown) setOpened(true);
  }, [shown]);
  return opened || shown ? <MobileSidebar {...props} /> : null;
}

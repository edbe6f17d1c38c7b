/**
 * The documentation sidebar, kept in the page on phones.
 *
 * Docusaurus server-renders the desktop sidebar and, once hydrated on a
 * narrow screen, unmounts it (and mounts the phone menu's copy instead).
 * Unmounting it — every chapter, lesson and agency link — is one of the
 * longest main-thread tasks of a doc page on a phone (a few hundred ms at
 * Lighthouse's 4× CPU slowdown) and removes nothing a reader could see: the
 * sidebar's container is already `display: none` below 997 px. So the desktop
 * sidebar stays; the phone menu's copy is still added on phones, as before.
 */
import React, {type ReactNode} from 'react';
import {useWindowSize} from '@docusaurus/theme-common';
import DocSidebarDesktop from '@theme/DocSidebar/Desktop';
import DocSidebarMobile from '@theme/DocSidebar/Mobile';
import type {Props} from '@theme/DocSidebar';

export default function DocSidebar(props: Props): ReactNode {
  const windowSize = useWindowSize();
  return (
    <>
      <DocSidebarDesktop {...props} />
      {windowSize === 'mobile' && <DocSidebarMobile {...props} />}
    </>
  );
}

/**
 * The documentation sidebar, without the work Docusaurus does on phones right
 * after a page has loaded.
 *
 * Docusaurus server-renders the desktop sidebar and, once hydrated on a
 * narrow screen, unmounts it and hands the sidebar to the phone menu. Both
 * steps were among the longest main-thread tasks of a doc page on a phone
 * (together a few hundred ms at Lighthouse's 4× CPU slowdown; handing over
 * also makes the browser load its locale data, for a `localeCompare`):
 * - the desktop sidebar stays: below 997 px its container is already
 *   `display: none`, so unmounting it removed nothing a reader could see;
 * - the phone menu gets the sidebar when it is first opened, which is also
 *   when the menu itself is built (src/theme/Navbar/MobileSidebar).
 */
import React, {type ReactNode} from 'react';
import {useWindowSize} from '@docusaurus/theme-common';
import DocSidebarDesktop from '@theme/DocSidebar/Desktop';
import DocSidebarMobile from '@theme/DocSidebar/Mobile';
import type {Props} from '@theme/DocSidebar';
import {usePhoneMenuOpened} from '@site/src/hooks/usePhoneMenuOpened';

export default function DocSidebar(props: Props): ReactNode {
  const windowSize = useWindowSize();
  const menuOpened = usePhoneMenuOpened();
  return (
    <>
      <DocSidebarDesktop {...props} />
      {windowSize === 'mobile' && menuOpened && <DocSidebarMobile {...props} />}
    </>
  );
}

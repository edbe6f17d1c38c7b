import {useEffect, useState} from 'react';
import {useNavbarMobileSidebar} from '@docusaurus/theme-common/internal';

// Once opened, for the rest of the visit: components that mount later (the
// docs sidebar remounts when the reader moves to another section) hand their
// part to the menu at once, so it opens straight onto the section's pages.
// Only ever set in the browser, after hydration.
let openedBefore = false;

/**
 * Whether the phone menu (☰) has been opened during this visit. The menu and
 * what it shows are built from then on, not while the page loads (see
 * src/theme/Navbar/MobileSidebar).
 */
export function usePhoneMenuOpened(): boolean {
  const {shown} = useNavbarMobileSidebar();
  const [opened, setOpened] = useState(() => openedBefore || shown);
  useEffect(() => {
    if (shown) {
      openedBefore = true;
      setOpened(true);
    }
  }, [shown]);
  return opened || shown;
}

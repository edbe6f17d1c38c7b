import {useEffect, useState} from 'react';
import {useNavbarMobileSidebar} from '@docusaurus/theme-common/internal';

/**
 * Whether the phone menu (☰) has been opened since the page loaded. The menu
 * and what it shows are built from then on, not while the page loads (see
 * src/theme/Navbar/MobileSidebar).
 */
export function usePhoneMenuOpened(): boolean {
  const {shown} = useNavbarMobileSidebar();
  const [opened, setOpened] = useState(shown);
  useEffect(() => {
    if (shown) setOpened(true);
  }, [shown]);
  return opened || shown;
}

/**
 * The header's colour-mode toggle, shown only where scripts run (.js-only):
 * without JavaScript (a news page, which is static HTML, or a browser with
 * scripts off) it could not switch anything. The colour chosen on another
 * page still applies there: the inline script of every page reads it.
 */
import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import ColorModeToggle from '@theme-original/Navbar/ColorModeToggle';
import type ColorModeToggleType from '@theme/Navbar/ColorModeToggle';
import type {WrapperProps} from '@docusaurus/types';

type Props = WrapperProps<typeof ColorModeToggleType>;

export default function ColorModeToggleWrapper(props: Props): ReactNode {
  return <ColorModeToggle {...props} className={clsx(props.className, 'js-only')} />;
}

/**
 * Swizzled (the component Docusaurus provides for this): page titles drop
 * the site's name when the whole would be longer than 70 characters, so
 * that search results show the page's own words in full (src/pageTitle.ts).
 */
import React, {type ComponentProps, type ReactNode} from 'react';
import {TitleFormatterProvider} from '@docusaurus/theme-common/internal';
import type {Props} from '@theme/ThemeProvider/TitleFormatter';
import {pageTitle} from '@site/src/pageTitle';

type FormatterProp = ComponentProps<typeof TitleFormatterProvider>['formatter'];

const formatter: FormatterProp = (params) => pageTitle(params);

export default function ThemeProviderTitleFormatter({children}: Props): ReactNode {
  return <TitleFormatterProvider formatter={formatter}>{children}</TitleFormatterProvider>;
}

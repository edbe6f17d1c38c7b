/**
 * Swizzled (ejected) from @docusaurus/theme-classic 3.10.2: the same
 * breadcrumb structured data, serialised safely (see src/security/jsonLd.ts),
 * so that no page or category title can end the script element.
 */
import type {ReactNode} from 'react';
import {useBreadcrumbsStructuredData} from '@docusaurus/plugin-content-docs/client';
import type {Props} from '@theme/DocBreadcrumbs/StructuredData';
import JsonLd from '@site/src/components/JsonLd';

export default function DocBreadcrumbsStructuredData({breadcrumbs}: Props): ReactNode {
  return <JsonLd data={useBreadcrumbsStructuredData({breadcrumbs})} />;
}

/**
 * Swizzled (ejected) from @docusaurus/theme-classic 3.10.2: the same
 * structured data, serialised safely (see src/security/jsonLd.ts). The
 * theme's JSON.stringify let a news title containing "</script>" end the
 * script element and run the HTML after it.
 */
import type {ReactNode} from 'react';
import {useBlogPostStructuredData} from '@docusaurus/plugin-content-blog/client';
import JsonLd from '@site/src/components/JsonLd';

export default function BlogPostStructuredData(): ReactNode {
  return <JsonLd data={useBlogPostStructuredData()} />;
}

/**
 * Structured data (JSON-LD) in the page head, serialised so that text in
 * it (news titles, descriptions) can never end the script element.
 */
import type {ReactNode} from 'react';
import Head from '@docusaurus/Head';
import {jsonLdText} from '@site/src/security/jsonLd';

export default function JsonLd({data}: {data: unknown}): ReactNode {
  return (
    <Head>
      <script type="application/ld+json">{jsonLdText(data)}</script>
    </Head>
  );
}

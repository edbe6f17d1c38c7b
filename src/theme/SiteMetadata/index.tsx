/**
 * Wrapped (Docusaurus's component, then ours): every page's Open Graph /
 * Twitter image is its own card, at an address computed from the page's
 * path alone (src/share/cardPath.ts), so no data reaches the browser; the
 * share-images plugin draws the card the address names after the build
 * (src/plugins/share-images/). A post or page that sets its own `image`
 * keeps it: Docusaurus's page metadata, rendered later, replaces og:image
 * and twitter:image, and the share-images plugin's global data gives that
 * picture's size and alt text here instead of the card's.
 */
import React, {type ReactNode} from 'react';
import Head from '@docusaurus/Head';
import {useLocation} from '@docusaurus/router';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {usePluginData} from '@docusaurus/useGlobalData';
import SiteMetadata from '@theme-original/SiteMetadata';
import {cardFile} from '@site/src/share/cardPath';
import {CARD_ALT, CARD_SIZE} from '@site/src/share/sizes';
import type {ShareImagesGlobalData} from '@site/src/plugins/share-images/globalData';

export default function SiteMetadataWrapper(): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  const {pathname} = useLocation();
  const {ownImages} = usePluginData('share-images') as ShareImagesGlobalData;
  const own = ownImages[pathname];
  const image = `${siteConfig.url}${siteConfig.baseUrl}${cardFile(pathname, siteConfig.baseUrl)}`;
  return (
    <>
      <SiteMetadata />
      {own ? (
        <Head>
          {own.width === null ? null : <meta property="og:image:width" content={String(own.width)} />}
          {own.height === null ? null : <meta property="og:image:height" content={String(own.height)} />}
          <meta property="og:image:alt" content={own.alt} />
        </Head>
      ) : (
        <Head>
          <meta property="og:image" content={image} />
          <meta property="og:image:type" content="image/png" />
          <meta property="og:image:width" content={String(CARD_SIZE.width)} />
          <meta property="og:image:height" content={String(CARD_SIZE.height)} />
          <meta property="og:image:alt" content={CARD_ALT} />
          <meta name="twitter:image" content={image} />
        </Head>
      )}
    </>
  );
}

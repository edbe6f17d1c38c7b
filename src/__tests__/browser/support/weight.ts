/**
 * What a first visit to a page downloads, by resource type, as gzip sizes.
 *
 * The page is opened in a fresh browser context (empty cache). Every
 * response until React has hydrated (or, for a page served as static HTML,
 * `data-static-page`, until load) and the network is idle is counted,
 * with its body compressed by zlib at gzip level 9: the test server does
 * not compress, and real hosts do. Docusaurus's prefetches of other routes
 * (`<link rel="prefetch">` for links in view, which Chromium sends with
 * `Sec-Purpose: prefetch` and Playwright reports as resource type "other")
 * are not part of this page and are left out; the scripts that webpack
 * loads for this page's own route (after `load`, as resource type
 * "script") are counted.
 */
import zlib from 'node:zlib';
import type {Browser, Request} from 'playwright-core';
import {PAGE_READY} from './chromium';

export type WeightKind = 'html' | 'css' | 'js';

const KIND_OF: Readonly<Record<string, WeightKind>> = {document: 'html', stylesheet: 'css', script: 'js'};

export interface Download {
  url: string;
  kind: WeightKind;
  /** Bytes on the wire without compression. */
  raw: number;
  /** Bytes after gzip level 9. */
  gzip: number;
}

export interface PageWeight {
  /** gzip bytes by kind. */
  html: number;
  css: number;
  js: number;
  downloads: Download[];
  /** Prefetches of other routes seen (not counted). */
  prefetched: number;
}

export const gzipSize = (body: Buffer): number => zlib.gzipSync(body, {level: 9}).length;

async function isPrefetch(request: Request): Promise<boolean> {
  const headers = await request.allHeaders();
  return /prefetch/i.test(headers['sec-purpose'] ?? headers['purpose'] ?? '');
}

/** Opens `origin + pathname` in a new context and sums what it downloads. */
export async function measureFirstVisit(browser: Browser, origin: string, pathname: string): Promise<PageWeight> {
  const context = await browser.newContext({viewport: {width: 1280, height: 900}, locale: 'vi-VN'});
  try {
    const page = await context.newPage();
    const pending: Promise<void>[] = [];
    const downloads: Download[] = [];
    let prefetched = 0;
    page.on('response', (response) => {
      pending.push(
        (async () => {
          const request = response.request();
          if (await isPrefetch(request)) {
            prefetched += 1;
            return;
          }
          const kind = KIND_OF[request.resourceType()];
          if (kind === undefined) return;
          const body = await response.body().catch(() => null);
          if (body === null) return;
          downloads.push({url: request.url().replace(origin, ''), kind, raw: body.length, gzip: gzipSize(body)});
        })(),
      );
    });
    await page.goto(origin + pathname, {waitUntil: 'load'});
    await page.waitForSelector(PAGE_READY, {state: 'attached'});
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
    // One download per URL: a second request for the same file is served from the cache.
    const unique = [...new Map(downloads.map((d) => [d.url, d])).values()];
    const sum = (kind: WeightKind) => unique.filter((d) => d.kind === kind).reduce((s, d) => s + d.gzip, 0);
    return {html: sum('html'), css: sum('css'), js: sum('js'), downloads: unique, prefetched};
  } finally {
    await context.close();
  }
}

export const kb = (bytes: number): string => (bytes / 1024).toFixed(1);

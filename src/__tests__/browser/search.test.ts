/**
 * Search, as a reader uses it: type into the real Pagefind UI on the built
 * site and expect the right page among the first three results, whether the
 * query is typed with or without Vietnamese diacritics (đ typed as d too);
 * the query kept in the address; and, for any content, staff pages never in
 * results and every page found first by its own title typed without
 * diacritics (document numbers with "/" too). (How well topics rank is
 * measured by `npm run bench:search`.)
 */
import fs from 'node:fs';
import path from 'node:path';
import {load} from 'cheerio';
import type {Page} from 'playwright-core';
import {foldWord} from '../../search/excerpt';
import {STAFF_PAGES, prepareForIndex} from '../../search/indexPolicy';
import {SEARCH_RANKING} from '../../search/options';
import {BUILD_DIR, itInBrowser, sitemapPaths, useSite} from './support/site';

const site = useSite();

/** The first `limit` results of each of `queries` (all by default), in order, as Pagefind gives them to the search page. */
async function allResults(page: Page, queries: string[], limit = Number.POSITIVE_INFINITY): Promise<string[][]> {
  // Pagefind's module, loaded as the page loads it (an import() written here would be rewritten by the test compiler).
  await page.addScriptTag({type: 'module', content: "import * as pagefind from '/pagefind/pagefind.js'; window.pagefindForTest = pagefind;"});
  await page.waitForFunction(() => 'pagefindForTest' in window);
  return page.evaluate(
    async ({queries, ranking, limit}) => {
      const pagefind = (window as unknown as {pagefindForTest: {
        options(o: object): Promise<void>;
        search(q: string): Promise<{results: {data(): Promise<{url: string}>}[]}>;
      }}).pagefindForTest;
      await pagefind.options({ranking});
      const out: string[][] = [];
      for (const q of queries) {
        const {results} = await pagefind.search(q);
        out.push((await Promise.all(results.slice(0, limit).map((r) => r.data()))).map((d) => new URL(d.url, location.origin).pathname));
      }
      return out;
    },
    {queries, ranking: SEARCH_RANKING, limit},
  );
}

/** A built page's HTML and its title (its <h1>, as Pagefind takes it). */
function builtPage(route: string): {html: string; title: string} {
  const html = fs.readFileSync(path.join(BUILD_DIR, route, 'index.html'), 'utf8');
  return {html, title: load(html)('main h1').first().text().replace(/\u200b/g, '').trim()};
}

/** Text as someone types it without diacritics: words only, lower case, đ as d. */
function typedPlain(text: string): string {
  return [...text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)].map(([w]) => foldWord(w)).join(' ');
}

/** Title as someone types it without diacritics, keeping words joined by "/" or "-" whole: "1489/qd-ttg". */
function typedAsWritten(text: string): string {
  return text
    .split(/\s+/)
    .map((w) => foldWord(w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')))
    .filter(Boolean)
    .join(' ');
}

/** Results shown once the search for `query` has finished and its results have loaded. */
async function shownResults(page: Page, query: string): Promise<string[]> {
  await page.waitForFunction((q) => {
    const message = document.querySelector('.pagefind-ui__message')?.textContent ?? '';
    return message.includes(q) && !message.startsWith('Đang tìm') && !document.querySelector('.pagefind-ui__loading');
  }, query);
  return page.$$eval('.pagefind-ui__result-link', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash));
}

async function search(page: Page, query: string): Promise<string[]> {
  const input = page.getByRole('searchbox').or(page.locator('.pagefind-ui__search-input'));
  await input.first().fill(query);
  return shownResults(page, query);
}

describe('search', () => {
  itInBrowser('opens from the navbar and loads Pagefind only then', async () => {
    const {page, context, problems} = await site.open('/');
    try {
      const scripts = await page.$$eval('script[src]', (s) => s.map((x) => (x as HTMLScriptElement).src));
      expect(scripts.filter((s) => s.includes('pagefind'))).toEqual([]);
      await page.getByRole('link', {name: 'Tìm kiếm'}).first().click();
      await page.waitForURL('**/tim-kiem/');
      await page.waitForSelector('.pagefind-ui__search-input');
      expect(await site.axe(page)).toEqual([]);
      expect(problems()).toEqual([]);
    } finally {
      await context.close();
    }
  });

  itInBrowser('keeps the query in the address: Back from a result and a reload show the same query and results', async () => {
    const {page, context, problems} = await site.open('/tim-kiem/');
    try {
      const query = 'so cong thuong';
      const results = await search(page, query);
      expect(results.length).toBeGreaterThan(0);
      expect(new URL(page.url()).searchParams.get('q')).toBe(query);
      const shown = results;

      await page.locator('.pagefind-ui__result-link').first().click();
      await page.waitForURL((u) => !u.pathname.startsWith('/tim-kiem/'));
      await page.goBack();
      await page.waitForURL(/\/tim-kiem\/\?q=/);
      await expect(page.locator('.pagefind-ui__search-input').inputValue()).resolves.toBe(query);
      expect(await shownResults(page, query)).toEqual(shown);

      await page.reload();
      await page.waitForSelector('.pagefind-ui__search-input');
      await expect(page.locator('.pagefind-ui__search-input').inputValue()).resolves.toBe(query);
      expect(await shownResults(page, query)).toEqual(shown);

      // Clearing the box clears the address.
      await page.locator('.pagefind-ui__search-clear').click();
      await page.waitForFunction(() => !new URL(location.href).searchParams.has('q'));
      // Leaving a page while its logo still loads cancels that request (ERR_ABORTED): navigation, not a fault.
      expect(problems().filter((p) => !/requestfailed: .* net::ERR_ABORTED$/.test(p))).toEqual([]);
    } finally {
      await context.close();
    }
  });

  itInBrowser('never shows staff pages, whatever is typed from them', async () => {
    const {page, context} = await site.open('/tim-kiem/');
    try {
      // Each staff page's title with and without diacritics, and the words of its first paragraphs.
      const queries = STAFF_PAGES.flatMap((route) => {
        const {html, title} = builtPage(route);
        const words = load(html)('main p').slice(0, 3).text().split(/\s+/).filter(Boolean);
        return [title, typedPlain(title), words.slice(0, 8).join(' '), words.slice(8, 16).join(' ')];
      }).filter(Boolean);
      const results = await allResults(page, queries);
      expect(results.flat().length).toBeGreaterThan(0);
      expect(results.flat().filter((r) => STAFF_PAGES.includes(r))).toEqual([]);
    } finally {
      await context.close();
    }
  });

  // Every page comes first for its own title typed without diacritics, with
  // its words split at "/" and "-" (as in "1489 qd ttg") or kept whole
  // ("1489/qd-ttg"). The only pages allowed below the top (but still in the
  // first three) are the ones Pagefind cannot tell apart from another page:
  // when that page's title also holds every typed word, apart from words
  // found on nearly every page (such as "và"), both titles match the query
  // equally and the body text decides. Today this is one case: the page
  // "Sở Khoa học và Công nghệ" comes second, by a hair, behind the shorter
  // task group page "Khoa học, công nghệ, chuyển đổi số: cơ quan nào làm
  // gì", whose title holds all the typed words but "va" ("so" is also "số").
  itInBrowser('finds every page first by its own title typed without diacritics', async () => {
    const {page, context} = await site.open('/tim-kiem/');
    try {
      // Pages of the sitemap that search holds, with their title and indexed words.
      const pages = sitemapPaths().flatMap((route) => {
        const {html, title} = builtPage(route);
        const decision = prepareForIndex(html, route);
        if (title === '' || !decision.index) return [];
        const words = new Set(typedPlain(load(decision.html)('main').text()).split(' '));
        return [{route, title, titleWords: typedPlain(title).split(' '), words}];
      });
      const common = new Set([...new Set(pages.flatMap((p) => [...p.words]))].filter((w) => pages.filter((p) => p.words.has(w)).length >= 0.95 * pages.length));
      // Each title typed as plain words, and as written when it joins words with "/" or "-".
      const typings = pages.flatMap((p) => [...new Set([typedPlain(p.title), typedAsWritten(p.title)])].map((query) => ({...p, query})));
      const counts = new Map<string, number>();
      for (const t of typings) counts.set(t.query, (counts.get(t.query) ?? 0) + 1);
      const cases = typings
        .filter((t) => counts.get(t.query) === 1)
        .map((t) => ({
          ...t,
          tiedWith: pages.filter((o) => o.route !== t.route && t.titleWords.every((w) => common.has(w) || o.titleWords.includes(w))).map((o) => o.route),
        }));
      expect(cases.length).toBeGreaterThan(10);
      expect(cases.filter((c) => c.query.includes('/')).length).toBeGreaterThan(0);
      const results = await allResults(page, cases.map((c) => c.query), 3);
      const misses = cases.flatMap((c, i) => {
        const top = results[i] ?? [];
        const ok = top[0] === c.route || (c.tiedWith.length > 0 && top.includes(c.route) && top.slice(0, top.indexOf(c.route)).every((r) => c.tiedWith.includes(r)));
        return ok ? [] : [`"${c.query}" → ${top.join(', ')} (expected ${c.route} first)`];
      });
      expect(misses).toEqual([]);
    } finally {
      await context.close();
    }
  }, 180_000);

  itInBrowser('marks whole syllables that are query words, in excerpts of 14 px or more', async () => {
    const {page, context} = await site.open('/tim-kiem/?q=ho%20tro%20chu%20the');
    try {
      await page.waitForSelector('.pagefind-ui__result mark');
      await page.waitForTimeout(500);
      const excerpts = await page.$$eval('.pagefind-ui__result-excerpt', (els) =>
        els.map((el) => ({
          marks: [...el.querySelectorAll('mark')].map((m) => m.textContent ?? ''),
          fontSize: parseFloat(getComputedStyle(el).fontSize),
          start: el.textContent ?? '',
        })),
      );
      expect(excerpts.length).toBeGreaterThan(0);
      const folded = new Set(['ho', 'tro', 'chu', 'the']);
      expect(excerpts.flatMap((e) => e.marks).filter((m) => !folded.has(foldWord(m)))).toEqual([]);
      expect(excerpts.filter((e) => e.fontSize < 14)).toEqual([]);
      // Each excerpt starts at a word: a capital (a sentence) or "…" (inside one), never punctuation.
      expect(excerpts.filter((e) => !/^(…|[\p{Lu}\p{N}“"(])/u.test(e.start))).toEqual([]);
    } finally {
      await context.close();
    }
  });

  itInBrowser('shows title, section and a highlighted excerpt', async () => {
    const {page, context} = await site.open('/tim-kiem/?q=th%C6%B0%C6%A1ng%20m%E1%BA%A1i%20%C4%91i%E1%BB%87n%20t%E1%BB%AD');
    try {
      await page.waitForSelector('.pagefind-ui__result mark');
      const first = page.locator('.pagefind-ui__result').first();
      expect((await first.locator('.pagefind-ui__result-title').first().textContent())?.length).toBeGreaterThan(3);
      expect(await first.locator('mark').count()).toBeGreaterThan(0);
      expect(await site.axe(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

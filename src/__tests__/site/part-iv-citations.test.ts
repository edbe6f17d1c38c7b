/**
 * Build test: in the built cycle guide (/chu-trinh-ocop/), training pages
 * (/dao-tao/) and news posts (/tin-tuc/<yyyy>/<mm>/<dd>/…/), every citation of Part IV in the main content is a link to
 * the item it cites — the duty on the body's page, the body's page or the
 * item on the plan's Part IV page — and quotations signed with a duty link
 * are words of that duty — the rules of src/plan/citations.ts, which also
 * check <PlanRef> and news posts at build time (see
 * src/__tests__/support/partIvCitations.ts).
 * Run `npm run build` first.
 */
import fs from 'node:fs';
import path from 'node:path';
import {load} from 'cheerio';
import {checkPartIvCitations, realCitedItems} from '../support/partIvCitations';

const BUILD = path.resolve(__dirname, '../../../build');
const SECTIONS = ['chu-trinh-ocop', 'dao-tao', 'tin-tuc'];
/** News posts only: lists, tags and archives repeat the posts' words. */
const POST = /^\/tin-tuc\/\d{4}\/\d{2}\/\d{2}\/[^/]+\/$/;

function htmlFiles(dir: string): string[] {
  return fs.readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(full);
    return entry.name === 'index.html' ? [full] : [];
  });
}

const items = realCitedItems();
const pages = SECTIONS.flatMap((s) => htmlFiles(path.join(BUILD, s))).map((file) => {
  const route = `/${path.relative(BUILD, path.dirname(file)).split(path.sep).join('/')}/`;
  return [route, fs.readFileSync(file, 'utf8')] as const;
}).filter(([route]) => !route.startsWith('/tin-tuc/') || POST.test(route));
const reports = new Map(pages.map(([route, html]) => [route, checkPartIvCitations(html, items)]));

describe('citations of Part IV in the cycle guide, the training pages and the news posts', () => {
  it('covers both sections, and the pages cite Part IV often', () => {
    expect(pages.map(([route]) => route)).toEqual(expect.arrayContaining(['/chu-trinh-ocop/cac-buoc/', '/dao-tao/can-bo/to-chuc-chu-trinh/']));
    expect(pages.filter(([route]) => POST.test(route)).length).toBeGreaterThanOrEqual(1);
    const all = [...reports.values()];
    expect(all.reduce((sum, r) => sum + r.citations, 0)).toBeGreaterThanOrEqual(150);
    expect(all.reduce((sum, r) => sum + r.quotations, 0)).toBeGreaterThanOrEqual(40);
  });

  it.each(pages.map(([route]) => [route] as const))('%s: every “IV.<n>” is a link to item n', (route) => {
    expect(reports.get(route)!.problems).toEqual([]);
  });

  it('every duty link leads to an anchor that the body’s page has', () => {
    const ids = new Map<string, Set<string>>();
    for (const [route, html] of pages) {
      const $ = load(html);
      $('article a[href^="/co-quan/"]').each((_i, a) => {
        const m = /^(\/co-quan\/[a-z0-9-]+\/)#(iv-\d+-\d+)$/.exec($(a).attr('href') ?? '');
        if (!m) return;
        const [, target, id] = m;
        if (!ids.has(target!)) ids.set(target!, new Set(load(fs.readFileSync(path.join(BUILD, target!, 'index.html'), 'utf8'))('[id]').map((_j, e) => e.attribs.id).get()));
        expect({route, target, id, found: ids.get(target!)!.has(id!)}).toEqual({route, target, id, found: true});
      });
    }
    expect(ids.size).toBeGreaterThanOrEqual(14);
  });
});

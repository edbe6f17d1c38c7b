/**
 * Build test: communications staff find their guides from where they start
 * (home page card, /tin-tuc/, /du-lieu/, the reporting lesson), and the data
 * guide is a page rendered from data/README.md itself.
 */
import fs from 'node:fs';
import path from 'node:path';
import {load} from 'cheerio';

const ROOT = path.resolve(__dirname, '../../..');
const page = (route: string) => load(fs.readFileSync(path.join(ROOT, 'build', route, 'index.html'), 'utf8'));
const GUIDE = '/du-lieu/huong-dan-cap-nhat/';

describe('staff guides', () => {
  it('the home page card for communications staff links the editorial guide and the data guide', () => {
    const $ = page('');
    const card = $('main h3, main h2').filter((_i, el) => $(el).text().trim() === 'Cán bộ truyền thông').closest('section, article, li, div');
    expect(card.find('a[href="/huong-dan-bien-tap/"]')).toHaveLength(1);
    expect(card.find(`a[href="${GUIDE}"]`)).toHaveLength(1);
  });
  it('/tin-tuc/ links the editorial guide in its main content', () => {
    expect(page('tin-tuc')('main a[href="/huong-dan-bien-tap/"]').length).toBeGreaterThanOrEqual(1);
  });
  it('the data guide page is data/README.md: its heading and every section heading', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'data', 'README.md'), 'utf8');
    const headings = [...readme.matchAll(/^#{1,3} (.+)$/gm)].map((m) => m[1]!.replace(/`/g, '').trim());
    const $ = page(GUIDE.slice(1, -1));
    const shown = $('main h1, main h2, main h3').map((_i, el) => $(el).text().replace(/\u200b/g, '').trim()).get();
    expect(headings.length).toBeGreaterThan(3);
    expect(shown).toEqual(headings);
  });
  it('/du-lieu/#cap-nhat and the reporting lesson send readers to that page, not to each other', () => {
    const $ = page('du-lieu');
    expect($('#cap-nhat').nextUntil('h2').find(`a[href="${GUIDE}"]`)).toHaveLength(1);
    const lesson = page('dao-tao/can-bo/bao-cao-tien-do');
    expect(lesson(`main a[href^="${GUIDE}"]`).length).toBeGreaterThanOrEqual(1);
    expect(lesson('main a[href="/du-lieu/#cap-nhat"]')).toHaveLength(0);
  });
});

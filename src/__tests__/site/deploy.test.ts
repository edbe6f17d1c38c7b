/**
 * Build test for what depends on the deploy configuration and the published
 * downloads (run `npm run build` first, in the same environment):
 *  - "localhost" reaches the build only through SITE_URL, so a production
 *    build (npm run build:production refuses a localhost SITE_URL:
 *    src/deploy/__tests__/config.test.ts) has no page that shows it; in a
 *    local build the suggested citation says its address is a placeholder;
 *  - who runs the site and how to reach them is shown exactly as configured
 *    (or "not configured"), in the footer, /tiep-can/, /ke-hoach/ve-ban-chep/
 *    and the feeds;
 *  - every downloadable CSV is its source file in data/ plus a UTF-8 BOM.
 */
import fs from 'node:fs';
import path from 'node:path';
import {load} from 'cheerio';
import {createElement} from 'react';
import {renderToStaticMarkup} from 'react-dom/server';
import {OperatorSentence} from '../../components/OperatorContact';
import {isPlaceholderUrl, operatorPlainText, readDeployConfig} from '../../deploy/config';
import {DATA_FILES} from '../../datasets/validateDatasets';

jest.mock('@docusaurus/useDocusaurusContext', () => ({__esModule: true, default: () => ({siteConfig: {customFields: {}}})}), {virtual: true});

const ROOT = path.resolve(__dirname, '../../..');
const BUILD = path.join(ROOT, 'build');
const read = (rel: string) => fs.readFileSync(path.join(BUILD, rel), 'utf8');

function walk(dir: string): string[] {
  return fs.readdirSync(dir, {withFileTypes: true}).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'assets' || e.name === 'pagefind' ? [] : walk(p);
    return /\.(html|xml|json|txt|csv|svg)$/.test(e.name) ? [p] : [];
  });
}

// What readers see in the build: pages, feeds, sitemap, downloads (not the JavaScript bundles).
const published = walk(BUILD);
const htmlPages = published.filter((f) => f.endsWith('.html'));
const canonical = load(read('index.html'))('link[rel="canonical"]').attr('href') ?? '';
const siteOrigin = new URL(canonical).origin;
// Every link target of every page, read once (the minifier may leave attributes unquoted).
const hrefs = htmlPages.flatMap((f) => [...fs.readFileSync(f, 'utf8').matchAll(/\shref=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)].map((m) => m[1] ?? m[2] ?? m[3]!));

describe('the site address', () => {
  it('the build has pages and a canonical address', () => {
    expect(htmlPages.length).toBeGreaterThan(50);
    expect(canonical).toMatch(/^https?:\/\//);
  });

  it('no page shows "localhost" in its text, except the placeholder address of a local build\'s citation', () => {
    const shown = htmlPages.flatMap((f) => {
      let text = fs
        .readFileSync(f, 'utf8')
        .replace(/<head>[\s\S]*?<\/head>|<script[\s\S]*?<\/script>|<!--[\s\S]*?-->/g, '')
        .replace(/<[^>]+>/g, ' ');
      if (path.relative(BUILD, f) === path.join('du-lieu', 'index.html')) text = text.split(`${siteOrigin}/du-lieu/`).join('');
      return /localhost|127\.0\.0\.1/.test(text) ? [path.relative(BUILD, f)] : [];
    });
    expect(shown).toEqual([]);
  });

  it('"localhost" reaches metadata, feeds and the sitemap only through SITE_URL (none at all in a production build)', () => {
    const stray = published.flatMap((f) => {
      const rest = fs.readFileSync(f, 'utf8').split(siteOrigin).join('');
      return /localhost|127\.0\.0\.1/.test(rest) ? [path.relative(BUILD, f)] : [];
    });
    expect(stray).toEqual([]);
    if (!isPlaceholderUrl(siteOrigin)) {
      expect(published.filter((f) => fs.readFileSync(f, 'utf8').includes('localhost')).map((f) => path.relative(BUILD, f))).toEqual([]);
    }
  });

  it('the suggested citation says its address is a placeholder exactly when it is one', () => {
    const $ = load(read('du-lieu/index.html'));
    expect($('#trich-dan ~ p').text()).toContain(`${siteOrigin}/du-lieu/`);
    expect($('#dia-chi-tam')).toHaveLength(isPlaceholderUrl(siteOrigin) ? 1 : 0);
  });
});

describe('the operator and its contact come only from the configuration', () => {
  // Same environment as the build (npm test runs both).
  const {operator} = readDeployConfig(process.env, {production: false}).config;
  const expected = load(renderToStaticMarkup(createElement(OperatorSentence, {operator}))).text();

  it.each(['index.html', 'tiep-can/index.html', 'ke-hoach/ve-ban-chep/index.html', 'du-lieu/index.html'])('%s shows it as configured', (file) => {
    const $ = load(read(file));
    expect($('footer .site-operator').text()).toBe(expected);
    if (file !== 'index.html' && file !== 'du-lieu/index.html') expect($('main .site-operator').text()).toBe(expected);
  });

  it('the feeds name it in their copyright line, and no longer credit the province with the content', () => {
    for (const feed of ['tin-tuc/rss.xml', 'tin-tuc/atom.xml']) {
      const text = read(feed);
      expect(text).toContain(operatorPlainText(operator));
      expect(text).not.toContain('Nội dung: Ủy ban nhân dân tỉnh');
    }
  });

  it('no page links a contact that was not configured', () => {
    const links = new Set(hrefs.filter((h) => h.startsWith('mailto:')));
    expect([...links]).toEqual(operator.contact?.kind === 'email' ? [operator.contact.href] : []);
  });
});

describe('CSV downloads open in Excel', () => {
  const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
  it.each(DATA_FILES)('du-lieu/%s is its source file in data/ plus a UTF-8 BOM', (file) => {
    const source = fs.readFileSync(path.join(ROOT, 'data', file));
    const body = source.subarray(0, 3).equals(BOM) ? source.subarray(3) : source;
    expect(fs.readFileSync(path.join(BUILD, 'du-lieu', file))).toEqual(Buffer.concat([BOM, body]));
  });
  it('every CSV the pages link to is one of these files', () => {
    expect([...new Set(hrefs.filter((h) => h.endsWith('.csv')))].sort()).toEqual(DATA_FILES.map((f) => `/du-lieu/${f}`).sort());
  });
});

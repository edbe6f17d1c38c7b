/**
 * Who runs the site comes only from the deploy configuration: the component
 * shows what is configured and says plainly when nothing is, and no page,
 * post or component source types a contact of its own.
 */
import fs from 'node:fs';
import path from 'node:path';
import {renderToStaticMarkup} from 'react-dom/server';
import {load} from 'cheerio';
import {OperatorSentence, readOperator} from '../OperatorContact';
import {OPERATOR_TEXT, readDeployConfig} from '../../deploy/config';

jest.mock('@docusaurus/useDocusaurusContext', () => ({__esModule: true, default: () => ({siteConfig: {customFields: {}}})}), {virtual: true});

const render = (env: Record<string, string>) => load(renderToStaticMarkup(<OperatorSentence operator={readDeployConfig(env, {production: false}).config.operator} />));

describe('OperatorSentence', () => {
  it('unconfigured: says so, with no link', () => {
    const $ = render({});
    expect($.text()).toBe(OPERATOR_TEXT.notConfigured);
    expect($('a')).toHaveLength(0);
  });
  it('configured: the name and a mailto: link, exactly as set', () => {
    const $ = render({SITE_OPERATOR_NAME: 'Đơn vị thử nghiệm', SITE_OPERATOR_CONTACT: 'hop-thu@example.org'});
    expect($.text()).toBe('Đơn vị vận hành trang: Đơn vị thử nghiệm. Liên hệ qua e-mail: hop-thu@example.org.');
    expect($('a').attr('href')).toBe('mailto:hop-thu@example.org');
  });
  it('a form address; a missing name is said, not guessed', () => {
    const $ = render({SITE_OPERATOR_CONTACT: 'https://example.org/gop-y'});
    expect($.text()).toBe(`${OPERATOR_TEXT.nameNotConfigured} Liên hệ qua biểu mẫu: https://example.org/gop-y.`);
    expect($('a').attr('href')).toBe('https://example.org/gop-y');
  });
  it('readOperator ignores customFields of the wrong shape', () => {
    expect(readOperator(undefined)).toEqual({name: null, contact: null});
    expect(readOperator({operator: {name: 3, contact: {kind: 'phone', text: '1', href: 'tel:1'}}})).toEqual({name: null, contact: null});
    expect(readOperator({operator: {name: 'A', contact: {kind: 'email', text: 'a@b.vn', href: 'mailto:a@b.vn'}}})).toEqual({
      name: 'A',
      contact: {kind: 'email', text: 'a@b.vn', href: 'mailto:a@b.vn'},
    });
  });
});

describe('no contact typed into the content', () => {
  const ROOT = path.resolve(__dirname, '../../..');
  const files = (dir: string): string[] =>
    fs.readdirSync(path.join(ROOT, dir), {withFileTypes: true}).flatMap((e) => {
      const rel = path.join(dir, e.name);
      if (e.isDirectory()) return e.name === '__tests__' || e.name === '__fixtures__' || e.name === 'node_modules' ? [] : files(rel);
      return /\.(mdx?|tsx?|ya?ml|json)$/.test(e.name) ? [rel] : [];
    });
  const sources = ['docs', 'blog', 'src', 'data'].flatMap(files).concat(['docusaurus.config.ts']);
  // The only addresses allowed are the examples in the deploy configuration's own messages.
  const ALLOWED = new Set(['src/deploy/config.ts']);

  it('finds the files it guards', () => {
    expect(sources).toEqual(expect.arrayContaining(['docs/tiep-can.md', 'docs/ke-hoach/ve-ban-chep.md', 'src/theme/Footer/Copyright/index.tsx']));
  });
  it.each(['docs/tiep-can.md', 'docs/ke-hoach/ve-ban-chep.md', 'src/theme/Footer/Copyright/index.tsx'])('%s shows the operator from configuration', (file) => {
    expect(fs.readFileSync(path.join(ROOT, file), 'utf8')).toContain('<OperatorContact />');
  });
  it('no e-mail address, mailto: link or phone number in docs/, blog/, src/, data/ or the site config', () => {
    const found = sources
      .filter((f) => !ALLOWED.has(f.split(path.sep).join('/')))
      .flatMap((f) => {
        const text = fs.readFileSync(path.join(ROOT, f), 'utf8');
        const hits = text.match(/[\w.+-]+@[\w-]+\.[\w.-]*[a-z]|\btel:\+?\d|\b(?:điện thoại|ĐT|hotline)\s*:?\s*\(?\+?\d[\d .()-]{7,}/giu) ?? [];
        return hits.map((h) => `${f}: ${h}`);
      });
    expect(found).toEqual([]);
  });
});

/** The /admin/ files as text: the page, the configuration script and the editor's CSP. */
import {adminContentSecurityPolicy, adminHtml, configScript, toJavaScript, type EditorSetup} from '../adminPage';
import {buildCmsConfig} from '../cmsConfig';
import {editorBackend} from '../backend';
import {DECISION_NUMBER} from '../../datasets/recognitions';
import {relativeImagePath} from '../postImage';
import {describeMessage, validator} from '../../__tests__/support/htmlValidate';

describe('toJavaScript', () => {
  test('regular expressions stay literals with their flags; other values as JSON', () => {
    expect(toJavaScript({a: [1, 'x', true, null], b: /^\p{L}+\/$/u, c: undefined})).toBe('{"a":[1,"x",true,null],"b":/^\\p{L}+\\/$/u}');
    expect(() => toJavaScript(new Date(0))).toThrow('unsupported object');
    expect(() => toJavaScript(Number.NaN)).toThrow('unsupported value');
  });

  test('the generated configuration evaluates to the same object, patterns with their flags', () => {
    const config = buildCmsConfig({backend: {name: 'proxy'}, units: [{ma_don_vi: 'nga-son', don_vi: 'Huyện Nga Sơn'}], vocabulary: {tags: [{key: 't', label: 'T'}], authors: [{key: 'a', name: 'A'}]}});
    const setup: EditorSetup = {config: {...config, load_config_file: false, local_backend: {url: 'http://127.0.0.1:8081/api/v1'}}, previewStyles: ['/assets/css/styles.1234.css']};
    const script = configScript(setup);
    const window: Record<string, unknown> = {};
    new Function('window', script)(window);
    expect(window.CMS_MANUAL_INIT).toBe(true);
    expect(window.OCOP_EDITOR).toEqual(setup);
    expect(script).toContain(`/${DECISION_NUMBER.source}/u`);
  });
});

test('the page: Vietnamese, noindex, its own three scripts, nothing inline', () => {
  const html = adminHtml();
  expect(html).toContain('<html lang="vi">');
  expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
  expect(html).toContain('<title>Trang biên tập – OCOP Thanh Hóa 2025</title>');
  expect([...html.matchAll(/<script([^>]*)>/g)].map((m) => m[1])).toEqual([' src="config.js"', ' src="decap-cms.js"', ' src="editor.js"']);
  expect(html).not.toMatch(/<style|\sstyle=|\son\w+=/);
});

test('the CSP: own scripts only (and eval, for Decap\'s ajv); decap-server and the Git host only', () => {
  const local = editorBackend({});
  const gitlab = editorBackend({CMS_BACKEND: 'gitlab', CMS_REPO: 'a/b', CMS_HOST_URL: 'https://git.example.gov.vn', CMS_APP_ID: 'x'});
  if (!local.ok || !gitlab.ok) throw new Error('backends');
  expect(adminContentSecurityPolicy(local.value)).toBe(
    "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self' blob: http://127.0.0.1:8081; frame-src 'self' blob:; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
  );
  const csp = adminContentSecurityPolicy(gitlab.value);
  expect(csp).toContain("connect-src 'self' blob: http://127.0.0.1:8081 https://git.example.gov.vn;");
  expect(csp).toContain("img-src 'self' data: blob: https://git.example.gov.vn;");
  expect(csp).not.toContain("'unsafe-inline' 'self'");
  expect(csp).not.toMatch(/script-src[^;]*(unsafe-inline|https?:)/);
});

test('a post picture chosen in the editor is written as ./file, as Docusaurus and the news checks need', () => {
  expect(relativeImagePath('anh-hoi-cho.jpg')).toBe('./anh-hoi-cho.jpg');
  expect(relativeImagePath('./anh.jpg')).toBe('./anh.jpg');
  expect(relativeImagePath('/img/logo.svg')).toBe('/img/logo.svg');
  expect(relativeImagePath('https://example.org/a.jpg')).toBe('https://example.org/a.jpg');
  expect(relativeImagePath('')).toBe('');
});

test('the page is valid HTML by the rules every built page passes (src/__tests__/support/htmlValidate.ts)', async () => {
  const report = await validator().validateString(adminHtml(), 'admin/index.html');
  expect(report.results.flatMap((r) => r.messages.map(describeMessage))).toEqual([]);
});

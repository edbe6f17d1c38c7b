/**
 * HTTP security headers for serving the built site from any static host.
 * The Content-Security-Policy allows only the site's own origin, plus the
 * exact inline scripts Docusaurus writes into each page (by SHA-256 hash:
 * the colour-mode script, which changes with SITE_URL/BASE_URL) and
 * WebAssembly for Pagefind search. The build writes them to build/_headers.
 */
import crypto from 'node:crypto';
import {load} from 'cheerio';

export interface Header {
  key: string;
  value: string;
}

/** The directives every policy of the site ends with (the public pages' and the editor's, src/editor/adminPage.ts): no plugins, no base or form elsewhere, never framed. */
export const LOCKDOWN_DIRECTIVES: readonly string[] = ["object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'"];

/** sha256 CSP sources of the executable inline scripts in an HTML page. */
export function inlineScriptHashes(html: string): string[] {
  const $ = load(html);
  const hashes = $('script:not([src])')
    .filter((_i, el) => {
      const type = $(el).attr('type');
      return type === undefined || type === '' || type === 'text/javascript' || type === 'module';
    })
    .map((_i, el) => `'sha256-${crypto.createHash('sha256').update($(el).html() ?? '').digest('base64')}'`)
    .get();
  return [...new Set(hashes)];
}

export function contentSecurityPolicy(scriptHashes: readonly string[]): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${[...scriptHashes].sort().join(' ')} 'wasm-unsafe-eval'`.replace(/\s+/g, ' '),
    // React and the code highlighter set style attributes.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    ...LOCKDOWN_DIRECTIVES,
  ].join('; ');
}

export function securityHeaders(scriptHashes: readonly string[]): Header[] {
  return [
    {key: 'Content-Security-Policy', value: contentSecurityPolicy(scriptHashes)},
    {key: 'X-Content-Type-Options', value: 'nosniff'},
    {key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin'},
    {key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()'},
    {key: 'X-Frame-Options', value: 'DENY'},
  ];
}

/** Headers for the paths that match a pattern of the `_headers` file (`/*`, `/assets/*`). */
export interface HeaderRule {
  path: string;
  /**
   * Headers of broader rules this path does not inherit (`! Name` lines,
   * Cloudflare Pages' syntax): where several rules match, hosts send every
   * rule's headers, and two CSPs would both apply.
   */
  detach?: string[];
  headers: Header[];
}

/**
 * The rules of build/_headers: security headers on every path, and a year of
 * caching for `/assets/`, whose file names carry a hash of their content.
 * HTML stays revalidated (hosts' default), so a rebuild shows at once.
 */
export function headerRules(scriptHashes: readonly string[], baseUrl = '/', admin?: {path: string; csp: string}): HeaderRule[] {
  return [
    {path: `${baseUrl}*`, headers: securityHeaders(scriptHashes)},
    {path: `${baseUrl}assets/*`, headers: [{key: 'Cache-Control', value: 'public, max-age=31536000, immutable'}]},
    // The editor (src/editor/adminPage.ts) has its own, looser policy instead of the site's.
    ...(admin === undefined
      ? []
      : [{path: `${baseUrl}${admin.path}/*`, detach: ['Content-Security-Policy'], headers: [{key: 'Content-Security-Policy', value: admin.csp}]}]),
  ];
}

/** The `_headers` file format read by Netlify, Cloudflare Pages and others. */
export function formatHeadersFile(rules: readonly HeaderRule[]): string {
  return rules
    .map((r) => `${r.path}\n${[...(r.detach ?? []).map((name) => `  ! ${name}`), ...r.headers.map((h) => `  ${h.key}: ${h.value}`)].join('\n')}\n`)
    .join('\n');
}

/**
 * Headers in the form of `serve` and serve-handler (serve.json): `/assets/*`
 * becomes the glob `/assets/**`. serve-handler applies every matching rule
 * in order, a later value replacing an earlier one, so `detach` is not needed.
 */
export interface ServeHeaders {
  source: string;
  headers: Header[];
}

export function serveHeaders(rules: readonly HeaderRule[]): ServeHeaders[] {
  return rules.map((r) => ({source: r.path.replace(/\*$/, '**'), headers: r.headers}));
}

/** Reads a `_headers` file written by formatHeadersFile back into rules. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (/^\S/.test(line)) rules.push({path: line.trim(), headers: []});
    else if (/^\s+!\s*\S/.test(line) && rules.length > 0) {
      const rule = rules[rules.length - 1]!;
      rule.detach = [...(rule.detach ?? []), line.replace(/^\s+!\s*/, '').trim()];
    } else if (/^\s+\S/.test(line) && rules.length > 0) {
      const i = line.indexOf(':');
      rules[rules.length - 1]!.headers.push({key: line.slice(0, i).trim(), value: line.slice(i + 1).trim()});
    }
  }
  return rules;
}

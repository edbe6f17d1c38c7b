import {contentSecurityPolicy, formatHeadersFile, headerRules, inlineScriptHashes, parseHeadersFile, securityHeaders, serveHeaders} from '../headers';

describe('security headers', () => {
  it('hashes executable inline scripts only', () => {
    const html = '<html><head><script>var a=1</script><script type="application/ld+json">{"a":1}</script><script src="/x.js"></script><script>var a=1</script></head></html>';
    // sha256 of "var a=1", base64
    expect(inlineScriptHashes(html)).toEqual(["'sha256-WazVQOu5lmXfSreSrMJd1CsaQ4c00fUQpJfBYCuMSIw='"]);
  });
  it('allows only the site, the hashed scripts and WebAssembly', () => {
    const csp = contentSecurityPolicy(["'sha256-abc='"]);
    expect(csp).toContain("script-src 'self' 'sha256-abc=' 'wasm-unsafe-eval'");
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/ 'unsafe-eval'|https?:/);
  });
  it('writes the _headers file: security headers everywhere, long caching for hashed assets', () => {
    const rules = headerRules(["'sha256-abc='"], '/ocop-2025/');
    const text = formatHeadersFile(rules);
    expect(text.split('\n').filter((l) => /^\S/.test(l))).toEqual(['/ocop-2025/*', '/ocop-2025/assets/*']);
    expect(text).toContain('/ocop-2025/assets/*\n  Cache-Control: public, max-age=31536000, immutable\n');
    expect(rules[0]!.headers).toEqual(securityHeaders(["'sha256-abc='"]));
    expect(parseHeadersFile(text)).toEqual(rules);
  });
  it('gives the same rules to a local `serve` as globs', () => {
    const rules = headerRules(["'sha256-abc='"], '/');
    expect(serveHeaders(rules).map((h) => h.source)).toEqual(['/**', '/assets/**']);
    expect(serveHeaders(rules)[1]!.headers).toEqual([{key: 'Cache-Control', value: 'public, max-age=31536000, immutable'}]);
  });
  it('gives /admin/ its own policy instead of the site\'s, and reads it back', () => {
    const rules = headerRules(["'sha256-abc='"], '/ocop-2025/', {path: 'admin', csp: "default-src 'self'; connect-src 'self' http://127.0.0.1:8081"});
    const text = formatHeadersFile(rules);
    expect(text.endsWith("/ocop-2025/admin/*\n  ! Content-Security-Policy\n  Content-Security-Policy: default-src 'self'; connect-src 'self' http://127.0.0.1:8081\n")).toBe(true);
    expect(parseHeadersFile(text)).toEqual(rules);
    // The site's own rules are unchanged by the editor's.
    expect(rules.slice(0, 2)).toEqual(headerRules(["'sha256-abc='"], '/ocop-2025/'));
    // serve-handler: the later rule's CSP replaces the site's for /admin/ files.
    expect(serveHeaders(rules).map((h) => h.source)).toEqual(['/ocop-2025/**', '/ocop-2025/assets/**', '/ocop-2025/admin/**']);
  });
});

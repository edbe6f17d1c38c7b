/**
 * Writes build/_headers: the security headers (src/security/headers.ts) with
 * a CSP that allows exactly the inline scripts found in this build's pages,
 * long caching for the content-hashed files in assets/, and the editor's
 * own policy under /admin/.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import {formatHeadersFile, headerRules, inlineScriptHashes} from '../../security/headers';

export const HEADERS_FILE = '_headers';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, {withFileTypes: true, recursive: true});
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => path.join(e.parentPath, e.name));
}

/** `admin`: the editor's own policy for /admin/ (src/plugins/editor/, adminHeaderRule). */
export async function writeSecurityHeaders(outDir: string, baseUrl: string, admin?: {path: string; csp: string}): Promise<void> {
  const hashes = new Set<string>();
  for (const file of await htmlFiles(outDir)) {
    for (const h of inlineScriptHashes(await fs.readFile(file, 'utf8'))) hashes.add(h);
  }
  await fs.writeFile(path.join(outDir, HEADERS_FILE), formatHeadersFile(headerRules([...hashes], baseUrl, admin)));
}

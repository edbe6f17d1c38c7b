/** Options of the ocop-data plugin, with defaults. */
import path from 'node:path';

export interface OcopDataOptions {
  /** Folder of the CSV files, relative to the site folder. Default "data". */
  dataDir?: string;
  /** Folder of the plan's Markdown text (Part IV gives the agency pages), relative to the site folder. Default "docs/ke-hoach/_van-ban". */
  planDir?: string;
}

export function resolveDataDir(siteDir: string, options: OcopDataOptions = {}): string {
  return path.resolve(siteDir, options.dataDir ?? 'data');
}

export function resolvePlanDir(siteDir: string, options: OcopDataOptions = {}): string {
  return path.resolve(siteDir, options.planDir ?? path.join('docs', 'ke-hoach', '_van-ban'));
}

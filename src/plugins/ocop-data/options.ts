/** Options of the ocop-data plugin, with defaults. */
import path from 'node:path';

export interface OcopDataOptions {
  /** Folder of the CSV files, relative to the site folder. Default "data". */
  dataDir?: string;
}

export function resolveDataDir(siteDir: string, options: OcopDataOptions = {}): string {
  return path.resolve(siteDir, options.dataDir ?? 'data');
}

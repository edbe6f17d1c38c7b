/**
 * The share pictures' font: Be Vietnam Pro (regular and bold), TrueType
 * files from the npm package @expo-google-fonts/be-vietnam-pro, licensed
 * under the SIL Open Font License 1.1 (the package's LICENSE_FONT). Only
 * the build reads them: no page loads a font.
 */
import fs from 'node:fs/promises';
import {createHash} from 'node:crypto';
import {measureWith, parseFontMetrics, type FontMetrics, type Measure, type Weight} from '../../share/font';

export const SHARE_FONT_FAMILY = 'Be Vietnam Pro';

export const SHARE_FONT_FILES: Readonly<Record<Weight, string>> = {
  regular: require.resolve('@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/be-vietnam-pro/700Bold/BeVietnamPro_700Bold.ttf'),
};

export interface ShareFonts {
  files: string[];
  metrics: Record<Weight, FontMetrics>;
  measure: Measure;
  /** Hash of the font files' bytes (part of every picture's cache key). */
  hash: string;
}

export async function readShareFonts(): Promise<ShareFonts> {
  const hash = createHash('sha256');
  const [regular, bold] = await Promise.all([fs.readFile(SHARE_FONT_FILES.regular), fs.readFile(SHARE_FONT_FILES.bold)]);
  hash.update(regular).update(bold);
  const metrics = {regular: parseFontMetrics(new Uint8Array(regular)), bold: parseFontMetrics(new Uint8Array(bold))};
  return {files: [SHARE_FONT_FILES.regular, SHARE_FONT_FILES.bold], metrics, measure: measureWith(metrics), hash: hash.digest('hex')};
}

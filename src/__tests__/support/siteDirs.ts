/**
 * The site whose build the build-output tests read: this repository by
 * default, or the copy named by OCOP_SITE_DIR (the staff-day scenario runs
 * the same tests on its edited copy). BUILD_DIR overrides the build folder.
 */
import path from 'node:path';

export const SITE_DIR = process.env.OCOP_SITE_DIR ? path.resolve(process.env.OCOP_SITE_DIR) : path.resolve(__dirname, '../../..');
export const BUILD_DIR = process.env.BUILD_DIR ? path.resolve(process.env.BUILD_DIR) : path.join(SITE_DIR, 'build');

/** The real plan partials, read synchronously for the tests. */
import fs from 'node:fs';
import path from 'node:path';
import {parsePartIv} from '../parsePartIv';
import {PLAN_PARTIAL_FILES, type PlanPartial} from '../planMentions';
import {buildAgencyPages} from '../pages';

export const PLAN_DIR = path.resolve(__dirname, '../../../docs/ke-hoach/_van-ban');

export function realPartials(): PlanPartial[] {
  return PLAN_PARTIAL_FILES.map((file) => ({file, text: fs.readFileSync(path.join(PLAN_DIR, file), 'utf8')}));
}

export const realPartIv = (): string => fs.readFileSync(path.join(PLAN_DIR, '_phan-iv.md'), 'utf8');

export const realItems = () => parsePartIv(realPartIv());

export const realPages = () => buildAgencyPages(realItems(), realPartials());

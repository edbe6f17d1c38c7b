/**
 * Reads the restored plan's Markdown partials (docs/ke-hoach/_van-ban/) and
 * builds the agency pages from them: Part IV is the one source of every
 * duty's text. Used by the plugin and the tests.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import {parsePartIv} from '../../agencies/parsePartIv';
import {PLAN_PARTIAL_FILES, type PlanPartial} from '../../agencies/planMentions';
import {buildAgencyPages, type AgencyPages} from '../../agencies/pages';

export const PART_IV_FILE = '_phan-iv.md';

export async function readPlanPartials(planDir: string): Promise<PlanPartial[]> {
  return Promise.all(PLAN_PARTIAL_FILES.map(async (file) => ({file, text: await fs.readFile(path.join(planDir, file), 'utf8')})));
}

export async function loadAgencies(planDir: string): Promise<AgencyPages> {
  const partials = await readPlanPartials(planDir);
  const partIv = partials.find((p) => p.file === PART_IV_FILE);
  if (!partIv) throw new Error(`Không đọc được ${PART_IV_FILE}.`);
  return buildAgencyPages(parsePartIv(partIv.text), partials);
}

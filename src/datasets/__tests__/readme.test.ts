/** data/README.md (the data dictionary for staff) documents exactly what validation enforces. */
import fs from 'node:fs';
import path from 'node:path';
import {PRODUCT_GROUP_CODES, PRODUCT_GROUP_LABELS} from '../productGroups';
import {RECOGNITION_KINDS} from '../recognitions';
import {DATA_FILES, DATA_FILE_COLUMNS} from '../validateDatasets';
import {PLAN_TOTALS} from '../plan36';
import {DATA_DIR} from './helpers';

const readme = fs.readFileSync(path.join(DATA_DIR, 'README.md'), 'utf8');

/** Column names listed in the table under a file's heading. */
function documentedColumns(file: string): string[] {
  const start = readme.indexOf(`## \`${file}\``);
  const end = readme.indexOf('\n## ', start + 1);
  const section = readme.slice(start, end === -1 ? undefined : end);
  return [...section.matchAll(/^\| `([a-z_0-9]+)` \|/gm)].map((m) => m[1]!);
}

describe('data/README.md', () => {
  it.each(DATA_FILES)('documents the header and every column of %s, in order', (file) => {
    const names = DATA_FILE_COLUMNS[file].map((c) => c.name);
    expect(readme).toContain(`\`${names.join(',')}\``);
    expect(documentedColumns(file)).toEqual(names);
  });
  it('lists every product group code with its name, and every loai', () => {
    for (const code of PRODUCT_GROUP_CODES) expect(readme).toContain(`| \`${code}\` | ${PRODUCT_GROUP_LABELS[code]} |`);
    for (const kind of RECOGNITION_KINDS) expect(readme).toContain(`\`${kind}\``);
  });
  it('states the plan totals the rows must add up to', () => {
    expect(readme).toContain(`**${PLAN_TOTALS.tong}** sản phẩm, trong đó **${PLAN_TOTALS.sao_5}** sản phẩm 5 sao, **${PLAN_TOTALS.sao_4}** sản phẩm 4 sao, **${PLAN_TOTALS.sao_3}** sản phẩm 3 sao`);
  });
});

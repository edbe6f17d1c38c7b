/** The appendix table with its data from the ocop-data plugin (data/targets.csv). */
import type {ReactNode} from 'react';
import data from '@generated/ocop-data/default/plan-appendix.json';
import type {PlanAppendixData} from '@site/src/plugins/ocop-data/planAppendix';
import PlanAppendixTable from '@site/src/components/PlanAppendixTable';

const appendix: PlanAppendixData = data;

export default function PlanAppendix(): ReactNode {
  return <PlanAppendixTable rows={appendix.rows} totals={appendix.totals} />;
}

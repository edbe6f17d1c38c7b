/** Modules the ocop-data plugin writes with createData and MDX content imports. */
declare module '@generated/ocop-data/default/plan-appendix.json' {
  import type {PlanAppendixData} from '@site/src/plugins/ocop-data/planAppendix';

  const value: PlanAppendixData;
  export default value;
}

declare module '@generated/ocop-data/default/plan-status.json' {
  import type {PlanStatus} from '@site/src/plan/status';

  const value: PlanStatus;
  export default value;
}

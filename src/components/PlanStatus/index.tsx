/** The status line on MDX pages (/ke-hoach/): the same object the home page and /chi-tieu/ receive. */
import type {ReactNode} from 'react';
import data from '@generated/ocop-data/default/plan-status.json';
import type {PlanStatus as Status} from '@site/src/plan/status';
import {PlanStatusView} from './View';

const status: Status = data;

export default function PlanStatus(): ReactNode {
  return <PlanStatusView status={status} />;
}

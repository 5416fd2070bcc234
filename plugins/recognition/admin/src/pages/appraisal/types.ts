// The shapes of the secretariat's appraisal overview: the server's response schema, as types.
import type { z } from 'zod';
import type { appraisalOverview } from '../../../../shared/contracts/responses';

export type Overview = z.infer<typeof appraisalOverview>;
export type Reg = Overview['registrations'][number];
export type Member = NonNullable<Overview['council']>['members'][number];
export type VoteReg = Overview['forVote'][number];

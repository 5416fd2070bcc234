// The inputs of the acts' routes: drafting an act of a kind from what it is drawn from, a
// province's register of a year, and the number and day typed from the committee's register.
import { z } from 'zod';
import { actKinds } from '../../domain/act';
import { commendationDraftBody } from './commendations';
import { documentId } from './common';

const jurisdiction = z.string().min(1, 'chọn tỉnh / thành phố').max(60);
const year = z.coerce.number().int().min(2020, 'năm từ 2020').max(2100, 'năm đến 2100');

export const planDraftBody = z.object({
  kind: z.literal('plan'),
  /** The published plan (its slug). */
  plan: z.string().min(1, 'chọn kế hoạch').max(120),
  /** An issued plan of this system it replaces (its act's id). */
  replaces: documentId.optional(),
  /** A plan it replaces issued before this system, as its number reads ("49/KH-UBND"). */
  replacesNumber: z.string().trim().max(60, 'số văn bản tối đa 60 ký tự').optional(),
});
/** An issued act replaced: drafted again from its source, naming it (its id). */
export const replacementDraftBody = z.object({
  kind: z.literal('replacement'),
  replaces: documentId,
});
export const councilDraftBody = z.object({
  kind: z.literal('council_decision'),
  council: documentId,
  /** Each member's position and unit, by the e-mail the council names them by. */
  positions: z.record(z.string(), z.string().trim().min(1).max(200)).optional(),
  /** The issued decision this one replaces (set by a replacement draft). */
  replaces: documentId.optional(),
});
export const minutesDraftBody = z.object({ kind: z.literal('minutes'), meeting: documentId });
export const proposalDraftBody = z.object({
  kind: z.literal('proposal'),
  jurisdiction,
  year,
  /** The issued proposal this one replaces (set by a replacement draft). */
  replaces: documentId.optional(),
});

export const actDraftBody = z.discriminatedUnion(
  'kind',
  [
    planDraftBody,
    councilDraftBody,
    minutesDraftBody,
    proposalDraftBody,
    commendationDraftBody,
    replacementDraftBody,
  ],
  {
    message:
      'loại văn bản là "plan", "council_decision", "minutes", "proposal", "commendation_decision", "police_commendation" hoặc "replacement" (thay thế văn bản đã ban hành)',
  },
);
export type ActDraftBody = z.infer<typeof actDraftBody>;

export const actRegisterQuery = z.object({
  jurisdiction,
  year,
  kind: z.enum(actKinds, { message: `là một trong: ${actKinds.join(', ')}` }).optional(),
});
export const actSourcesQuery = z.object({ jurisdiction, year });
export { actIssueInput as actIssueBody } from '../../domain/act';

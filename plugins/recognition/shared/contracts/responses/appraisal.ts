// The secretariat's year of appraisal: the council, its meetings and the dossiers for the vote.
import { z } from 'zod';
import { num, unit, allowed } from './common';

const member = z.object({ email: z.string(), name: z.string() });
export const appraisalOverview = z.object({
  candidates: z.array(member),
  council: z
    .object({
      documentId: z.string(),
      name: z.string(),
      members: z.array(member),
      chairEmail: z.string(),
      secretaryEmail: z.string(),
    })
    .nullable(),
  meetings: z.array(
    z.object({ documentId: z.string(), startedAt: z.string(), place: z.string(), votes: num }),
  ),
  registrations: z.array(
    z.object({
      documentId: z.string(),
      unit: unit.nullable(),
      state: z.string(),
      allowedEvents: allowed,
      stateReason: z.string().nullable(),
      selfTotal: num.nullable(),
      councilTotal: num.nullable(),
      councilScores: num,
      conflicts: num,
      yetToScore: z.array(z.string()),
      canRequest: z.boolean(),
      vote: z.object({ for: num, against: num, abstain: num }).nullable(),
    }),
  ),
  /** Every dossier the next meeting votes on, whatever the page shown. */
  forVote: z.array(z.object({ documentId: z.string(), unit: unit.nullable() })),
  /** The dossiers still waiting for a member's score: how many, and the first named. */
  waiting: z.object({
    count: num,
    first: z.array(
      z.object({ documentId: z.string(), unit: unit.nullable(), yetToScore: z.array(z.string()) }),
    ),
  }),
});

// A province's year of decisions: drafts with their units, issued acts, amendments.
import { z } from 'zod';

/** A jurisdiction's year of decisions (GET /recognition/decisions). */
export const decisionYear = z.object({
  jurisdiction: z.object({ slug: z.string(), name: z.string() }),
  year: z.number(),
  today: z.string(),
  numbering: z.enum(['manual', 'automatic']),
  suffix: z.string(),
  nextNumber: z.string().nullable(),
  signers: z.array(z.object({ index: z.number(), label: z.string() })),
  recipients: z.array(z.string()),
  decisions: z.array(
    z.object({
      documentId: z.string(),
      kind: z.enum(['recognition', 'revocation', 'amendment']),
      status: z.enum(['draft', 'issued']),
      number: z.string().nullable(),
      date: z.string().nullable(),
      signer: z.string().nullable(),
      issuedAt: z.string().nullable(),
      sha256: z.string().nullable(),
      reason: z.string().nullable(),
      /** The decision this one revokes from or amends, and the later ones that revoke from or amend this one. */
      corrects: z.object({ number: z.string(), date: z.string() }).nullable(),
      later: z.array(
        z.object({
          kind: z.enum(['revocation', 'amendment']),
          number: z.string(),
          date: z.string(),
        }),
      ),
      units: z.array(
        z.object({
          serial: z.string(),
          name: z.string(),
          maintained: z.boolean(),
          revoked: z.boolean(),
          certificate: z.enum(['none', 'awaiting', 'queued', 'issued']),
        }),
      ),
      allowedEvents: z.array(z.enum(['issue', 'amend'])),
    }),
  ),
});

export const decisionAmended = z.object({
  documentId: z.string(),
  number: z.string(),
  date: z.string(),
  amends: z.string(),
  sha256: z.string(),
});
/** A recognition revoked by a decision made, signed and stored on the spot. */
export const revoked = z.object({
  state: z.string(),
  decision: z.object({
    documentId: z.string(),
    number: z.string(),
    date: z.string(),
    sha256: z.string(),
  }),
  serial: z.string(),
});
export const decisionIssued = z.object({
  documentId: z.string(),
  number: z.string(),
  date: z.string(),
  status: z.literal('issued'),
  sha256: z.string(),
  units: z.number(),
  certificates: z.number(),
});

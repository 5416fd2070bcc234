// What the acts' routes answer: one act (any kind) with what its viewer may do next, and a
// province's register of a year.
import { z } from 'zod';
import { actKinds } from '../../domain/act';

const recipient = z.enum(['people_committee', 'ministry']);

export const actView = z.object({
  documentId: z.string(),
  kind: z.enum(actKinds),
  status: z.enum(['draft', 'issued']),
  year: z.number(),
  title: z.string(),
  number: z.string().nullable(),
  date: z.string().nullable(),
  recipients: z.array(recipient),
  dispatches: z.array(
    z.object({ recipient, sentAt: z.string(), receivedAt: z.string().nullable() }).loose(),
  ),
  pdfSha256: z.string().nullable(),
  jurisdiction: z.string(),
  /** The act it replaces: its number (one issued here) or as written (one before this system). */
  replaces: z.string().nullable(),
  /** Whether the caller may issue it, and whether the province types its number from its register. */
  canIssue: z.boolean(),
  manualNumber: z.boolean(),
});
export type ActView = z.infer<typeof actView>;

export const actRegister = z.array(
  z.object({
    documentId: z.string(),
    kind: z.enum(actKinds),
    status: z.enum(['draft', 'issued']),
    title: z.string(),
    number: z.string().nullable(),
    date: z.string().nullable(),
    replacedBy: z.string().nullable(),
    canIssue: z.boolean(),
    /** Issued, not replaced yet, of a kind replaced by drafting again, and the caller drafts it. */
    canReplace: z.boolean(),
    manualNumber: z.boolean(),
  }),
);
export type ActRegister = z.infer<typeof actRegister>;

const source = z.object({ label: z.string(), act: z.string().nullable() });
/** What the caller may draft in a province's year, and from what (each with its act, if drafted). */
export const actSourcesView = z.object({
  canDraft: z.array(z.enum(actKinds)),
  plans: z.array(source.extend({ slug: z.string() })),
  councils: z.array(source.extend({ documentId: z.string() })),
  meetings: z.array(source.extend({ documentId: z.string() })),
  proposed: z.number(),
});
export type ActSourcesView = z.infer<typeof actSourcesView>;

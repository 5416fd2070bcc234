// What the reporting routes answer: a province's duties with who has reported, the province's
// report (an act) as drafted or issued with its dispatches, and the Ministry's status of reports.
import { z } from 'zod';
import { reportFigures, sectionsInput } from '../../domain/reports';

const period = z.enum(['six-month', 'annual', 'implementation']);
const recipient = z.enum(['people_committee', 'ministry']);
const status = z.enum(['not_due', 'due', 'overdue', 'on_time', 'late']);
const dispatch = z.object({
  recipient,
  sentAt: z.string(),
  receivedAt: z.string().nullable(),
  receivedBy: z.string().nullable().optional(),
});

export const reportBoard = z.object({
  jurisdiction: z.string(),
  year: z.number(),
  today: z.string(),
  duties: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      period,
      due: z.string(),
      cutOff: z.string(),
      clause: z.string(),
      reporters: z.array(
        z.object({
          code: z.string(),
          name: z.string(),
          tier: z.enum(['department', 'commune']),
          status,
          statusLabel: z.string(),
          submittedOn: z.string().nullable(),
          /** The tier's sent report and the files sent with it. */
          reportId: z.string().nullable(),
          files: z.array(z.object({ id: z.string(), name: z.string() })),
        }),
      ),
      recipients: z.array(recipient),
      recipientLabels: z.array(z.string()),
      status,
      statusLabel: z.string(),
      reported: z.number(),
      act: z
        .object({
          documentId: z.string(),
          status: z.enum(['draft', 'issued']),
          number: z.string().nullish(),
          date: z.string().nullish(),
          dispatches: z.array(dispatch.partial({ receivedBy: true })).nullish(),
        })
        .nullable(),
    }),
  ),
  reviews: z.array(
    z.object({
      documentId: z.string(),
      title: z.string(),
      status: z.enum(['draft', 'issued']),
      number: z.string().nullish(),
    }),
  ),
});
export type ReportBoard = z.infer<typeof reportBoard>;

export const reportAct = z.object({
  documentId: z.string(),
  status: z.enum(['draft', 'issued']),
  title: z.string(),
  subject: z.string(),
  number: z.string().nullable(),
  date: z.string().nullable(),
  sections: sectionsInput,
  content: z.looseObject({ figures: reportFigures.optional() }),
  recipients: z.array(recipient),
  dispatches: z.array(dispatch),
  pdfSha256: z.string().nullable(),
  jurisdiction: z.string(),
});
export type ReportAct = z.infer<typeof reportAct>;

export const reportStatus = z.object({
  year: z.number(),
  today: z.string(),
  counts: z.object({
    due: z.number(),
    overdue: z.number(),
    sent: z.number(),
    received: z.number(),
  }),
  provinces: z.array(
    z.object({
      slug: z.string(),
      name: z.string(),
      reports: z.array(
        z.object({
          key: z.string(),
          label: z.string(),
          due: z.string(),
          state: z.string(),
          stateLabel: z.string(),
          late: z.boolean(),
          /** Taken in as a package from the province's own installation (no act of this one). */
          imported: z.boolean(),
          act: z
            .object({
              documentId: z.string(),
              number: z.string().nullable(),
              date: z.string().nullable(),
              sentAt: z.string(),
              receivedAt: z.string().nullable(),
            })
            .nullable(),
        }),
      ),
    }),
  ),
});
export type ReportStatus = z.infer<typeof reportStatus>;

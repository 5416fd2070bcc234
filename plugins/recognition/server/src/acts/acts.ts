// One way to issue an act, whatever its kind: load it in the caller's scope, let the domain
// decide (shared/domain/act), render and sign it with the number planned for it, store it once,
// append the decided events to the audit log. A kind brings only how its paper is drawn
// (`ActPaper`) and what its issuing files elsewhere: the number, the register, the signature,
// the sending and the receipts are here and in issuing.ts.
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import {
  actKinds,
  decideAct,
  evolveAct,
  receiverOf,
  type ActCommand,
  type ActEvent,
  type ActKind,
  type ActRecord,
} from '../../../shared/domain/act';
import { reportRecipients, sectionsInput } from '../../../shared/domain/reports';
import { checkScope, type Scope } from '../../../shared/domain/scope';
import type { Actor } from '../../../shared/domain/workflow';
import { auditService } from '../audit';
import { clockService } from '../config';
import { ACT } from '../constants/uids';
import { documentsService } from '../documents';
import { DomainFailure, unwrap } from '../errors';
import { placeOf } from '../guards';
import { instant, isoDay, jurisdictionRow, media, parseRow } from '../rows';
import { lockKey } from '../utils';
import { filesService } from '../workflow';
import { issuing } from './issuing';

const dispatch = z.object({
  recipient: z.enum(reportRecipients),
  sentAt: z.string(),
  receivedAt: z.string().nullable(),
  receivedBy: z.string().nullable(),
});
export const actRow = z.object({
  id: z.number(),
  documentId: z.string(),
  kind: z.enum(actKinds),
  status: z.enum(['draft', 'issued']),
  year: z.number(),
  subject: z.string(),
  title: z.string(),
  /** What the paper is drawn from: a report's sections, a plan's text, a meeting's votes. */
  content: z.looseObject({ sections: sectionsInput.optional() }),
  /** The data the issued paper was drawn from (null while a draft). */
  paperData: z.record(z.string(), z.unknown()).nullish(),
  recipients: z
    .array(z.enum(reportRecipients))
    .nullish()
    .transform((r) => r ?? []),
  dispatches: z
    .array(dispatch)
    .nullish()
    .transform((d) => d ?? []),
  sequence: z.number().nullish(),
  number: z.string().nullish(),
  date: isoDay.nullish(),
  pdf: media.nullish(),
  pdfSha256: z.string().nullish(),
  issuedAt: instant.nullish(),
  replaces: z
    .object({ id: z.number(), documentId: z.string(), number: z.string().nullish() })
    .nullish(),
  jurisdiction: jurisdictionRow,
});
export type ActRow = z.infer<typeof actRow>;

/** How one kind of act is drawn: the template and its data, given what issuing adds. */
export type ActPaper = (
  act: ActRow,
  issue: { number: string; date: string } | null,
) => Promise<{ template: string; data: Record<string, unknown>; filename: string }>;

/** A kind of act: how its paper is drawn, and what else its issuing does. */
export type ActKindDef = {
  paper: ActPaper;
  /** The register's symbol where the province sets its own ("BC-CATP"); else the kind's. */
  suffix?: (jurisdiction: ActRow['jurisdiction']) => string | null;
  /** A day the act bears whatever is typed (the minutes: the day the council met). */
  fixedDate?: (act: ActRow) => string | null;
  /** Run once the act is issued and stored (the minutes filed into the dossiers voted on). */
  afterIssue?: (actor: StaffLike, act: ActRow) => Promise<void>;
};

export type StaffLike = Actor & { scope: Scope };

export const recordOf = (a: ActRow): ActRecord => ({
  kind: a.kind,
  status: a.status,
  year: a.year,
  recipients: a.recipients,
  dispatches: a.dispatches,
});

export function acts(strapi: Core.Strapi, kinds: Record<ActKind, ActKindDef>) {
  const now = () => clockService(strapi).now();

  async function load(actor: StaffLike, documentId: string): Promise<ActRow> {
    const row = parseRow(
      actRow,
      await strapi.db.query(ACT).findOne({
        where: { documentId },
        populate: { jurisdiction: true, pdf: true, replaces: true },
      }),
    );
    if (!row) throw new DomainFailure('not-found', 'Không tìm thấy văn bản.');
    unwrap(checkScope(actor.scope, placeOf(ACT, row), 'Văn bản'));
    return row;
  }

  async function record(actor: StaffLike, a: ActRow, events: ActEvent[], at: Date) {
    for (const e of events) {
      const { type, ...after } = e;
      await auditService(strapi).appendBy(
        actor,
        {
          action: type,
          subjectType: 'act',
          subjectId: a.documentId,
          jurisdiction: a.jurisdiction.slug,
          before: { status: a.status },
          after: type === 'act.edit' ? { edited: true } : after,
        },
        at,
      );
    }
  }

  /** Applies a command that changes no paper (edit, send, receive) under the act's lock. */
  async function apply(actor: StaffLike, documentId: string, command: ActCommand) {
    const first = await load(actor, documentId);
    await strapi.db.transaction(async () => {
      await lockKey(strapi, `recognition:act:${first.documentId}`);
      const a = await load(actor, documentId);
      const events = unwrap(decideAct(recordOf(a), command));
      const next = evolveAct(recordOf(a), events);
      const edit = events.find((e) => e.type === 'act.edit');
      await strapi.db.query(ACT).update({
        where: { id: a.id },
        data: {
          dispatches: next.dispatches,
          ...(edit ? { content: { ...a.content, sections: edit.sections } } : {}),
        },
      });
      await record(actor, a, events, now());
    });
    return load(actor, documentId);
  }

  const issue = issuing(strapi, kinds, { load, record, now });

  return {
    load,
    issue: issue.issue,
    register: issue.register,

    edit: (actor: StaffLike, documentId: string, sections: unknown) =>
      apply(actor, documentId, { type: 'edit', sections: sectionsInput.parse(sections) }),

    send: (actor: StaffLike, documentId: string) =>
      apply(actor, documentId, { type: 'send', at: now().toISOString() }),

    receive(actor: StaffLike, documentId: string) {
      const as = receiverOf(actor.role);
      if (!as)
        throw new DomainFailure(
          'forbidden-role',
          'Chỉ Ủy ban nhân dân (người phê duyệt) hoặc Bộ Công an xác nhận đã nhận văn bản.',
        );
      const by = actor.personId ?? actor.id;
      return apply(actor, documentId, { type: 'receive', as, at: now().toISOString(), by });
    },

    /** The act's paper: the stored signed PDF once issued, else a preview marked as such. */
    async pdf(actor: StaffLike, documentId: string) {
      const a = await load(actor, documentId);
      if (a.status === 'issued' && a.pdf)
        return { buffer: await filesService(strapi).read(a.pdf), filename: `${a.number}.pdf`, a };
      const paper = await kinds[a.kind].paper(a, null);
      const buffer = await documentsService(strapi).renderPreview(paper.template, paper.data);
      return { buffer, filename: `du-thao-${paper.filename}`, a };
    },
  };
}

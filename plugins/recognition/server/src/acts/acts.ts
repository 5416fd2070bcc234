// One way to issue an act, whatever its kind: load it in the caller's scope, let the domain
// decide (shared/domain/act), render and sign it with the number planned for it, store it once,
// append the decided events to the audit log. A kind brings only how its paper is drawn
// (`ActPaper`): the number, the register, the signature, the sending and the receipts are here.
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import {
  decideAct,
  evolveAct,
  planActIssue,
  receiverOf,
  actKinds,
  type ActCommand,
  type ActEvent,
  type ActKind,
  type ActRecord,
} from '../../../shared/domain/act';
import { reportRecipients, sectionsInput } from '../../../shared/domain/reports';
import { checkScope } from '../../../shared/domain/scope';
import type { Actor } from '../../../shared/domain/workflow';
import { auditService } from '../audit';
import { clockService } from '../config';
import { ACT } from '../constants/uids';
import { documentsService } from '../documents';
import { DomainFailure, unwrap } from '../errors';
import { instant, isoDay, jurisdictionRow, media, parseRow, parseRows } from '../rows';
import { lockKey } from '../utils';
import { filesService } from '../workflow';
import { placeOf } from '../guards';
import type { Scope } from '../../../shared/domain/scope';

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
  content: z.looseObject({ sections: sectionsInput }),
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
  jurisdiction: jurisdictionRow,
});
export type ActRow = z.infer<typeof actRow>;

/** How one kind of act is drawn: the template and its data, given what issuing adds. */
export type ActPaper = (
  act: ActRow,
  issue: { number: string; date: string } | null,
) => Promise<{ template: string; data: Record<string, unknown>; filename: string }>;

/** A kind of act: how its paper is drawn, and its register's suffix ("BC-CATP" in "12/BC-CATP"). */
export type ActKindDef = {
  paper: ActPaper;
  suffix: (jurisdiction: ActRow['jurisdiction']) => string;
  /** The register its numbers come from: kinds of one register share one sequence a year. */
  register: string;
};

export type StaffLike = Actor & { scope: Scope };

const recordOf = (a: ActRow): ActRecord => ({
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
      await strapi.db
        .query(ACT)
        .findOne({ where: { documentId }, populate: { jurisdiction: true, pdf: true } }),
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

  return {
    load,

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

    /**
     * Issues a draft: the next number of its kind's register in the year, printed on the paper,
     * signed with the province's key and stored; under the register's lock the number is checked
     * still free (another act issued meanwhile takes this one back to be issued again).
     */
    async issue(actor: StaffLike, documentId: string) {
      const a = await load(actor, documentId);
      const suffix = kinds[a.kind].suffix(a.jurisdiction);
      const { register: book } = kinds[a.kind];
      const sameRegister = (Object.keys(kinds) as ActKind[]).filter(
        (k) => kinds[k].register === book,
      );
      const at = now();
      const register = async () =>
        Math.max(
          0,
          ...parseRows(
            z.object({ sequence: z.number().nullish() }),
            await strapi.db.query(ACT).findMany({
              where: {
                jurisdiction: { id: a.jurisdiction.id },
                year: a.year,
                kind: { $in: sameRegister },
                status: 'issued',
              },
              select: ['sequence'],
            }),
          ).map((r) => r.sequence ?? 0),
        );
      const last = await register();
      const planned = unwrap(planActIssue(recordOf(a), last, suffix, at));
      const paper = await kinds[a.kind].paper(a, planned);
      const documents = documentsService(strapi);
      const bytes = await documents.renderSigned(
        paper.template,
        paper.data,
        at,
        a.jurisdiction.placeName,
        a.jurisdiction.slug,
      );
      const sha256 = documents.sha256Of(bytes);
      await strapi.db.transaction(async () => {
        await lockKey(strapi, `recognition:acts:${a.jurisdiction.id}:${a.year}:${book}`);
        if ((await register()) !== last)
          throw new DomainFailure(
            'number-taken',
            `Số ${planned.number} vừa được cấp cho văn bản khác; ban hành lại để nhận số tiếp theo.`,
          );
        const fresh = await load(actor, documentId);
        const events = unwrap(
          decideAct(recordOf(fresh), { type: 'issue', ...planned, sha256, at: at.toISOString() }),
        );
        if (!events.length) return;
        const stored = await filesService(strapi).storePdf(bytes, paper.filename, a.title);
        await strapi.db.query(ACT).update({
          where: { id: a.id },
          data: {
            status: 'issued',
            number: planned.number,
            sequence: planned.sequence,
            date: planned.date,
            pdf: stored.id,
            pdfSha256: sha256,
            // What the paper was drawn from, hashed into its signed metadata (reports/exchange.ts).
            paperData: paper.data,
            issuedAt: at,
            issuedBy: actor.personId ?? actor.id,
          },
        });
        await record(actor, fresh, events, at);
      });
      return load(actor, documentId);
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

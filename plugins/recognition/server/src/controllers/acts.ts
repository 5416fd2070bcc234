// Admin routes of the programme's acts of every kind: a province's register of a year, drafting
// one from what it is drawn from, reading it, issuing it (the number typed from the committee's
// register where the province keeps one), its PDF. Who may draft and issue each kind is the
// domain's table (shared/domain/act/kinds.ts): the caller acts in the role it names.
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import {
  actKindRules,
  actKinds,
  replacementRefusal,
  type ActKind,
} from '../../../shared/domain/act';
import {
  actDraftBody,
  actIssueBody,
  actRegisterQuery,
  actSourcesQuery,
  idParams,
} from '../../../shared/contracts/requests';
import { actSources, actsService, draftAct, draftKind, type ActRow } from '../acts';
import { JURISDICTION } from '../constants/uids';
import { parseInput } from '../errors';
import { actorsService } from '../people';
import type { Ctx } from './context';
import { sendPdf } from './send-file';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const actors = () => actorsService(strapi);
  /** The caller in a role the kind lets take the step, else as they are (and refused by the domain). */
  const as = (ctx: Ctx, kind: ActKind, step: 'drafters' | 'issuers') =>
    actors().staffIn(ctx.state, actKindRules[kind][step]) ?? actors().staff(ctx.state);
  const mayIssue = (ctx: Ctx, kind: ActKind) =>
    actors().staffIn(ctx.state, actKindRules[kind].issuers) !== null;
  /** The committee's acts take their number from its register where the province numbers by hand. */
  const typedNumber = (kind: ActKind, numbering: unknown) =>
    actKindRules[kind].numbering === 'province' && numbering === 'manual';
  const view = (ctx: Ctx, a: ActRow) => {
    const replacesNumber = z.object({ replacesNumber: z.string().nullish() }).parse(a.content);
    return {
      documentId: a.documentId,
      kind: a.kind,
      status: a.status,
      year: a.year,
      title: a.title,
      number: a.number ?? null,
      date: a.date ?? null,
      recipients: a.recipients,
      dispatches: a.dispatches,
      pdfSha256: a.pdfSha256 ?? null,
      jurisdiction: a.jurisdiction.slug,
      replaces: a.replaces?.number ?? replacesNumber.replacesNumber ?? null,
      canIssue: a.status === 'draft' && mayIssue(ctx, a.kind),
      manualNumber: typedNumber(a.kind, a.jurisdiction.decisionNumbering),
    };
  };
  return {
    async register(ctx: Ctx) {
      const q = parseInput(actRegisterQuery, ctx.query);
      const list = await actsService(strapi).register(
        actors().staff(ctx.state),
        q.jurisdiction,
        q.year,
        q.kind,
      );
      const place = await strapi.db
        .query(JURISDICTION)
        .findOne({ where: { slug: q.jurisdiction }, select: ['decisionNumbering'] });
      ctx.body = {
        data: list.map((a) => ({
          ...a,
          canIssue: a.status === 'draft' && mayIssue(ctx, a.kind),
          canReplace:
            !replacementRefusal(a) &&
            actors().staffIn(ctx.state, actKindRules[a.kind].drafters) !== null,
          manualNumber: typedNumber(a.kind, place?.decisionNumbering),
        })),
      };
    },
    async sources(ctx: Ctx) {
      const q = parseInput(actSourcesQuery, ctx.query);
      const found = await actSources(strapi, actors().staff(ctx.state), q.jurisdiction, q.year);
      // Reports and reviews are compiled on the reports page, commendation decisions on the
      // commendations page; the rest are drafted here.
      const elsewhere: ActKind[] = [
        'report',
        'review',
        'commendation_decision',
        'police_commendation',
      ];
      const canDraft = actKinds.filter(
        (k) =>
          !elsewhere.includes(k) && actors().staffIn(ctx.state, actKindRules[k].drafters) !== null,
      );
      ctx.body = { data: { canDraft, ...found } };
    },
    async draft(ctx: Ctx) {
      const body = parseInput(actDraftBody, ctx.request.body);
      const actor = as(ctx, await draftKind(strapi, actors().staff(ctx.state), body), 'drafters');
      const { documentId } = await draftAct(strapi, actor, body);
      ctx.body = { data: view(ctx, await actsService(strapi).load(actor, documentId)) };
    },
    async show(ctx: Ctx) {
      const { id } = parseInput(idParams, ctx.params);
      ctx.body = { data: view(ctx, await actsService(strapi).load(actors().staff(ctx.state), id)) };
    },
    async issue(ctx: Ctx) {
      const { id } = parseInput(idParams, ctx.params);
      const input = parseInput(actIssueBody, ctx.request.body ?? {});
      const a = await actsService(strapi).load(actors().staff(ctx.state), id);
      const issued = await actsService(strapi).issue(as(ctx, a.kind, 'issuers'), id, input);
      ctx.body = { data: view(ctx, issued) };
    },
    async pdf(ctx: Ctx) {
      const { id } = parseInput(idParams, ctx.params);
      const { buffer, filename } = await actsService(strapi).pdf(actors().staff(ctx.state), id);
      sendPdf(ctx, buffer, filename);
    },
  };
};

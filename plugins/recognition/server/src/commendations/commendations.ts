// Commendation proposals as the workflow keeps them: the police propose a collective or an
// individual on a unit's title of the year, the form's appraiser appraises, the act of the one who
// grants it decides. The domain (shared/domain/commendation) decides each step; this loads,
// locks, saves and audits. Individuals are records here (name, position, unit), not accounts.
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import type { CommendationProposeBody } from '../../../shared/contracts/requests';
import {
  awardFormRules,
  decideCommendation,
  type AwardForm,
  type CommendationEvent,
} from '../../../shared/domain/commendation';
import { consecutiveYears, type Title } from '../../../shared/domain/maintenance';
import { checkScope } from '../../../shared/domain/scope';
import type { Role } from '../../../shared/domain/states';
import { auditService } from '../audit';
import { clockService } from '../config';
import { COMMENDATION, INDIVIDUAL, RECOGNITION, UNIT } from '../constants/uids';
import { DomainFailure, unwrap } from '../errors';
import { placeOf, placePopulate } from '../guards';
import type { StaffActor } from '../people';
import { parseRow, parseRows } from '../rows';
import { lockKey } from '../utils';

export const commendationRow = z.object({
  id: z.number(),
  documentId: z.string(),
  year: z.number(),
  form: z.enum(['bang_khen', 'giay_khen']),
  awardee: z.enum(['collective', 'individual']),
  state: z.enum(['proposed', 'agreed', 'declined', 'decided']),
  achievement: z.string(),
  consecutiveYears: z.number(),
  proposedBy: z.string().nullish(),
  unit: z.object({ id: z.number(), code: z.string(), name: z.string(), kind: z.string() }).loose(),
  individual: z.object({ fullName: z.string(), position: z.string() }).nullish(),
});
export type CommendationRow = z.infer<typeof commendationRow>;

const clean = (s: string) => s.trim().normalize('NFC').replace(/\s+/g, ' ');
const by = (actor: StaffActor) => actor.personId ?? actor.id;

export function commendations(strapi: Core.Strapi) {
  const now = () => clockService(strapi).now();
  const audit = (
    actor: StaffActor,
    id: string,
    slug: string,
    e: CommendationEvent,
    before: unknown,
  ) => {
    const { type, ...after } = e;
    return auditService(strapi).appendBy(
      actor,
      {
        action: type,
        subjectType: 'commendation',
        subjectId: id,
        jurisdiction: slug,
        before,
        after,
      },
      now(),
    );
  };

  /** A unit's titles as its recognitions hold them (for its years in a row). */
  async function titlesOf(unitId: number): Promise<Title[]> {
    return parseRows(
      z.object({ year: z.number(), status: z.enum(['recognised', 'maintained', 'revoked']) }),
      await strapi.db
        .query(RECOGNITION)
        .findMany({ where: { unit: { id: unitId } }, select: ['year', 'status'] }),
    );
  }

  async function load(actor: StaffActor, documentId: string) {
    const raw = await strapi.db.query(COMMENDATION).findOne({
      where: { documentId },
      populate: { individual: true, ...placePopulate(COMMENDATION) },
    });
    const row = parseRow(commendationRow, raw);
    if (!row) throw new DomainFailure('not-found', 'Không tìm thấy đề nghị khen thưởng.');
    unwrap(checkScope(actor.scope, placeOf(COMMENDATION, raw), 'Khen thưởng'));
    return { row, slug: placeOf(COMMENDATION, raw).province ?? '' };
  }

  return {
    load,

    async propose(actor: StaffActor, b: CommendationProposeBody) {
      unwrap(checkScope(actor.scope, b.jurisdiction, 'Khen thưởng'));
      const unit = await strapi.db.query(UNIT).findOne({
        where: { code: b.unit, jurisdiction: { slug: b.jurisdiction } },
        select: ['id', 'code', 'name', 'kind'],
      });
      if (!unit) throw new DomainFailure('not-found', `Không có đơn vị mã "${b.unit}" trong tỉnh.`);
      const title = await strapi.db.query(RECOGNITION).findOne({
        where: { unit: { id: unit.id }, year: b.year, status: { $ne: 'revoked' } },
        select: ['id', 'year', 'status'],
      });
      const person =
        b.awardee === 'individual'
          ? { fullName: clean(b.fullName ?? ''), position: clean(b.position ?? '') }
          : null;
      const who = person ? `${person.fullName.toLocaleLowerCase('vi-VN')}|${person.position}` : '';
      const uniqueKey = `${b.form}:${b.year}:${unit.id}:${b.awardee}:${who}`.slice(0, 200);
      return strapi.db.transaction(async () => {
        await lockKey(strapi, `recognition:commendation:${uniqueKey}`);
        const already = await strapi.db.query(COMMENDATION).count({ where: { uniqueKey } });
        const events = unwrap(
          decideCommendation(null, {
            type: 'propose',
            role: actor.role,
            form: b.form,
            awardee: b.awardee,
            title: title ? { year: title.year, revoked: false } : null,
            year: b.year,
            individual: person,
            achievement: b.achievement,
            proposedAlready: already > 0,
            consecutiveYears: consecutiveYears(await titlesOf(unit.id), b.year),
          }),
        );
        const e = events[0] as Extract<CommendationEvent, { type: 'commendation.propose' }>;
        const individual = person
          ? ((await strapi.db.query(INDIVIDUAL).findOne({
              where: {
                unit: { id: unit.id },
                fullName: person.fullName,
                position: person.position,
              },
            })) ??
            (await strapi.db.query(INDIVIDUAL).create({ data: { ...person, unit: unit.id } })))
          : null;
        const row = await strapi.db.query(COMMENDATION).create({
          data: {
            year: b.year,
            form: e.form,
            awardee: e.awardee,
            unit: unit.id,
            individual: individual?.id ?? null,
            recognition: title!.id,
            consecutiveYears: e.consecutiveYears,
            achievement: e.achievement,
            state: e.state,
            uniqueKey,
            proposedAt: now(),
            proposedBy: by(actor),
          },
        });
        await audit(actor, row.documentId, b.jurisdiction, e, null);
        return { documentId: row.documentId as string, state: e.state };
      });
    },

    /** Appraisal by the role the form names; `as` gives the caller in the first of those roles. */
    async appraise(
      as: (roles: readonly Role[]) => StaffActor,
      documentId: string,
      b: { agree: boolean; note: string },
    ) {
      const first = await strapi.db
        .query(COMMENDATION)
        .findOne({ where: { documentId }, select: ['form'] });
      const actor = as(awardFormRules[(first?.form ?? 'bang_khen') as AwardForm].appraisers);
      const { row } = await load(actor, documentId);
      return strapi.db.transaction(async () => {
        await lockKey(strapi, `recognition:commendation:${row.documentId}`);
        const { row: r, slug } = await load(actor, documentId);
        const events = unwrap(
          decideCommendation(
            { state: r.state, form: r.form, proposedBy: r.proposedBy ?? '' },
            { type: 'appraise', role: actor.role, by: by(actor), agree: b.agree, note: b.note },
          ),
        );
        const e = events[0] as Extract<CommendationEvent, { type: 'commendation.appraise' }>;
        await strapi.db.query(COMMENDATION).update({
          where: { id: r.id },
          data: {
            state: e.state,
            appraisedAt: now(),
            appraisedBy: by(actor),
            appraisalNote: e.note || null,
          },
        });
        await audit(actor, r.documentId, slug, e, { state: r.state });
        return { documentId, state: e.state };
      });
    },

    /** Marks each proposal an issued act decides, under its lock, audited (the act's issuing). */
    async decide(
      actor: StaffActor,
      ids: string[],
      act: { id: number; kind: string; number: string; status: string },
    ) {
      for (const documentId of ids) {
        await strapi.db.transaction(async () => {
          await lockKey(strapi, `recognition:commendation:${documentId}`);
          const { row: r, slug } = await load(actor, documentId);
          const events = unwrap(
            decideCommendation(
              { state: r.state, form: r.form, proposedBy: r.proposedBy ?? '' },
              { type: 'decide', act },
            ),
          );
          await strapi.db
            .query(COMMENDATION)
            .update({ where: { id: r.id }, data: { state: 'decided', act: act.id } });
          await audit(actor, r.documentId, slug, events[0], { state: r.state });
        });
      }
    },
  };
}

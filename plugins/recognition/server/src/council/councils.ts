// The secretariat's side of appraisal: setting up a province's council for a year and recording
// its meetings (attendance, per-unit votes, conclusion). The council decider
// (shared/domain/council-meeting) says what each act records or why not; this loads what it
// judges, saves its events and appends them to the audit log as they are.
import type { Core } from '@strapi/strapi';
import { conflictedMembers } from '../../../shared/domain/council';
import {
  decideCouncil,
  type CouncilEvent,
  type Member,
  type VotedDossier,
} from '../../../shared/domain/council-meeting';
import { checkActorScope } from '../../../shared/domain/scope';
import type { Actor } from '../../../shared/domain/workflow';
import { DomainFailure, unwrap } from '../errors';
import { clockService } from '../config';
import { auditService } from '../audit';
import { registrationRepository } from '../workflow';
import { councilOverview } from './overview';
import { COUNCIL, JURISDICTION, MEETING, REGISTRATION } from '../constants/uids';
import { placeOf, placePopulate } from '../guards';

export type CouncilInput = {
  jurisdiction: string;
  year: number;
  name: string;
  members: Member[];
  chairEmail: string;
  secretaryEmail: string;
};
export type MeetingInput = {
  council: string;
  startedAt: string;
  endedAt: string;
  place: string;
  attendance: { email: string; present: boolean }[];
  votes: { registration: string; for: number; against: number; abstain: number }[];
  conclusion: string;
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const now = () => clockService(strapi).now();
  const repo = () => registrationRepository(strapi);

  async function append(
    actor: Actor,
    event: CouncilEvent,
    subject: { type: 'council' | 'meeting'; id: string; jurisdiction: string | null },
    before: unknown = null,
  ) {
    const { type, ...after } = event;
    await auditService(strapi).appendBy(
      actor,
      {
        action: type,
        subjectType: subject.type,
        subjectId: subject.id,
        jurisdiction: subject.jurisdiction,
        before,
        after,
      },
      now(),
    );
  }

  /** A dossier a vote names, with what the decider judges the vote against. */
  async function votedDossier(documentId: string): Promise<VotedDossier> {
    const found = await strapi.db.query(REGISTRATION).findOne({ where: { documentId } });
    if (!found) return null;
    const reg = await repo().load(documentId);
    return {
      documentId,
      unitName: reg.unit.name,
      jurisdiction: reg.unit.jurisdiction.documentId,
      year: reg.year,
      state: reg.state,
      criteriaSet: reg.criteriaSet,
      conflicted: conflictedMembers(reg.conflicts),
      scores: await repo().scoresOf(documentId),
    };
  }

  return {
    overview: councilOverview(strapi),

    async setUp(actor: Actor, input: CouncilInput) {
      return strapi.db.transaction(async () => {
        const jurisdiction = await strapi.db
          .query(JURISDICTION)
          .findOne({ where: { slug: input.jurisdiction } });
        if (!jurisdiction)
          throw new DomainFailure(
            'not-found',
            `Không có tỉnh / thành phố "${input.jurisdiction}".`,
          );
        const uniqueKey = `${jurisdiction.documentId}:${input.year}`;
        const existing = await strapi.db.query(COUNCIL).findOne({ where: { uniqueKey } });
        const [event] = unwrap(
          decideCouncil({ type: 'set_up', ...input, exists: !!existing }, actor),
        );
        if (event.type === 'meeting.record') throw new Error('a council set-up records no meeting');
        const data = {
          jurisdiction: jurisdiction.id,
          year: input.year,
          name: input.name,
          members: event.members,
          chairEmail: event.chair,
          secretaryEmail: event.secretary,
          uniqueKey,
        };
        const saved = existing
          ? await strapi.db.query(COUNCIL).update({ where: { id: existing.id }, data })
          : await strapi.db.query(COUNCIL).create({ data });
        await append(
          actor,
          event,
          { type: 'council', id: saved.documentId, jurisdiction: jurisdiction.slug ?? null },
          existing ? { members: existing.members } : null,
        );
        return { documentId: saved.documentId, members: data.members.length };
      });
    },

    /** Carries a council into another year: the same members, chair and secretary, the name's year changed; audited as set-up. */
    async copy(actor: Actor, input: { jurisdiction: string; fromYear: number; toYear: number }) {
      unwrap(checkActorScope(actor, input.jurisdiction, 'Hội đồng thẩm định'));
      const ofYear = (year: number) =>
        strapi.db
          .query(COUNCIL)
          .findOne({ where: { year, jurisdiction: { slug: input.jurisdiction } } });
      const from = await ofYear(input.fromYear);
      if (!from)
        throw new DomainFailure(
          'not-found',
          `Chưa có hội đồng thẩm định năm ${input.fromYear} của "${input.jurisdiction}" để sao chép.`,
        );
      if (await ofYear(input.toYear))
        throw new DomainFailure(
          'invalid-input',
          `Đã có hội đồng thẩm định năm ${input.toYear}; sửa hội đồng đó thay vì sao chép.`,
        );
      return this.setUp(actor, {
        jurisdiction: input.jurisdiction,
        year: input.toYear,
        name: String(from.name).replace(String(input.fromYear), String(input.toYear)),
        members: from.members,
        chairEmail: from.chairEmail,
        secretaryEmail: from.secretaryEmail,
      });
    },

    async recordMeeting(actor: Actor, input: MeetingInput) {
      return strapi.db.transaction(async () => {
        const council = await strapi.db
          .query(COUNCIL)
          .findOne({ where: { documentId: input.council }, populate: placePopulate(COUNCIL) });
        if (!council) throw new DomainFailure('not-found', 'Không tìm thấy hội đồng thẩm định.');
        unwrap(checkActorScope(actor, placeOf(COUNCIL, council), 'Hội đồng thẩm định'));
        const members = (council.members as Member[]).map((m) => m.email.toLowerCase());
        const dossiers: VotedDossier[] = [];
        for (const v of input.votes) dossiers.push(await votedDossier(v.registration));
        const [event] = unwrap(
          decideCouncil(
            {
              type: 'record_meeting',
              ...input,
              council: {
                jurisdiction: council.jurisdiction.documentId,
                year: council.year,
                members,
              },
              dossiers,
            },
            actor,
          ),
        );
        if (event.type !== 'meeting.record') throw new Error('a meeting records a meeting');
        const meeting = await strapi.db.query(MEETING).create({
          data: {
            council: council.id,
            startedAt: event.startedAt,
            endedAt: event.endedAt,
            place: event.place,
            attendance: event.attendance,
            votes: event.votes,
            conclusion: event.conclusion,
          },
        });
        await append(actor, event, {
          type: 'meeting',
          id: meeting.documentId,
          jurisdiction: council.jurisdiction?.slug ?? null,
        });
        return { documentId: meeting.documentId, present: event.present };
      });
    },
  };
};

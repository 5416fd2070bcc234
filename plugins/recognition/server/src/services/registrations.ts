// The workflow shell: each method loads the registration, maps it to a domain state, decides
// with applyEvent, persists, and appends an audit event, inside one transaction.
import { vietnamDay } from '../domain/vietnam-time';
import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { makeSerial } from '../domain/certificate-serial';
import { deadlinesForYear, type CalendarEntry, type DeadlineKind } from '../domain/deadlines';
import { checkEligibility, type EligibilityRule } from '../domain/eligibility';
import { communeKinds } from '../domain/unit-import';
import { criteriaOf, markSchema, scoreAssessment, unjustifiedDeltas, validateMarks, type CriteriaSetDef, type Marks } from '../domain/scoring';
import { applyEvent, type Actor, type DeadlineGate, type State, type WorkflowContext, type WorkflowEvent } from '../domain/workflow';
import { DomainFailure } from '../http';
import { getService, lockKey } from '../utils';
import type { CouncilActor, OfficerActor } from './actors';

const REG = 'plugin::recognition.registration';
const SCORE = 'plugin::recognition.council-score';
const RECOGNITION = 'plugin::recognition.recognition';
const DECISION = 'plugin::recognition.decision';
const EXTENSION = 'plugin::recognition.extension';
const COUNCIL = 'plugin::recognition.council';
const MEETING = 'plugin::recognition.meeting';
const IDEMPOTENCY = 'plugin::recognition.idempotency-record';

/** Points by which a council score may differ from the self-score before a note is required. */
export const DEFAULT_JUSTIFICATION_GAP = 5;

const populateRegistration = {
  unit: { populate: { jurisdiction: true } },
  plan: { populate: { calendar: true, eligibility: true, dossierParts: true, signer: true } },
  criteriaSet: { populate: { groups: { populate: { criteria: { populate: ['subItems'] } } }, threshold: true } },
} as const;

type FileRef = { id: number; name: string; url: string; at: string };
type Registration = {
  id: number;
  documentId: string;
  year: number;
  state: Exclude<State, 'none'>;
  selfMarks: Marks | null;
  selfTotal: number | null;
  councilTotal: number | null;
  dossier: Record<string, FileRef> | null;
  evidence: Record<string, FileRef[]> | null;
  conflicts: { email: string; reason: string; at: string }[] | null;
  stateReason: string | null;
  unit: { id: number; documentId: string; code: string; name: string; kind: string; jurisdiction: { documentId: string; slug: string; name: string } };
  plan: {
    documentId: string;
    number: string;
    calendar: CalendarEntry[];
    eligibility: EligibilityRule | null;
    dossierParts: { code: string; label: string; required: boolean }[];
    usesCouncil: boolean;
    signer: { authority?: string; delegation?: string; position: string; name: string } | null;
  };
  criteriaSet: CriteriaSetDef & { documentId: string; code: string; version: number };
};

type UploadedFile = { filepath: string; originalFilename?: string | null; mimetype?: string | null; size: number };


function familyOf(kind: string): 'commune' | 'organisation' {
  return communeKinds.includes(kind as never) ? 'commune' : 'organisation';
}

const kindFlag: Record<string, string> = { xa: 'xa', phuong: 'phuong', dac_khu: 'dacKhu', co_quan: 'coQuan', doanh_nghiep: 'doanhNghiep', co_so_giao_duc: 'coSoGiaoDuc' };

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const clock = () => getService(strapi, 'clock').now();
  const audit = () => getService(strapi, 'audit');

  async function load(documentId: string): Promise<Registration> {
    const reg = (await strapi.documents(REG).findOne({ documentId, populate: populateRegistration as never })) as unknown as Registration | null;
    if (!reg) throw new DomainFailure('not-found', 'Không tìm thấy hồ sơ đăng ký.');
    if (!reg.plan || !reg.criteriaSet || !reg.unit?.jurisdiction) {
      throw new DomainFailure('invalid-transition', 'Hồ sơ đăng ký thiếu kế hoạch, bộ tiêu chí hoặc đơn vị; liên hệ Công an tỉnh / thành phố để bổ sung.');
    }
    return reg;
  }

  async function deadlineFor(unit: { documentId: string; kind: string }, plan: Registration['plan'], year: number, kinds: DeadlineKind[]): Promise<DeadlineGate | undefined> {
    const family = familyOf(unit.kind);
    const dated = deadlinesForYear(plan.calendar ?? [], year).filter((d) => d.appliesTo === 'all' || d.appliesTo === family);
    const d = kinds.map((k) => dated.find((x) => x.kind === k)).find(Boolean);
    if (!d) return undefined;
    const ext = await strapi.db.query(EXTENSION).findOne({ where: { unit: { documentId: unit.documentId }, year, kind: d.kind }, orderBy: { until: 'desc' } });
    return { label: d.label, clause: d.clause, date: d.date, ...(ext ? { extendedUntil: String(ext.until).slice(0, 10) } : {}) };
  }

  function decide(state: State, event: WorkflowEvent, ctx: WorkflowContext): State {
    const r = applyEvent(state, event, ctx);
    if (!r.ok) throw DomainFailure.of(r.error);
    return r.value;
  }

  function parseMarks(input: unknown, set: CriteriaSetDef): Marks {
    const record = (input ?? {}) as Record<string, unknown>;
    const marks: Marks = {};
    for (const [code, value] of Object.entries(record)) {
      const r = markSchema.safeParse(value);
      if (!r.success) {
        const issue = r.error.issues[0];
        throw new DomainFailure('score-invalid', `Trường "marks.${code}.${issue.path.join('.')}" không hợp lệ: ${issue.message}`);
      }
      marks[code] = r.data;
    }
    const issues = validateMarks(set, marks);
    if (issues.length) throw new DomainFailure('score-invalid', `Điểm không hợp lệ: ${issues.map((i) => i.message).join('; ')}.`, { issues });
    return marks;
  }

  async function planFor(jurisdictionDocumentId: string, year: number) {
    const plans = await strapi.documents('api::plan.plan').findMany({
      filters: { jurisdiction: { documentId: jurisdictionDocumentId }, firstYear: { $lte: year } },
      status: 'published',
      sort: [{ firstYear: 'desc' }],
      limit: 1,
    });
    return plans[0];
  }

  async function criteriaSetFor(unit: { kind: string; jurisdiction: { documentId: string } }, year: number) {
    const flag = kindFlag[unit.kind];
    const sets = await strapi.documents('api::criteria-set.criteria-set').findMany({
      filters: {
        [flag]: true,
        effectiveFrom: { $lte: `${year}-12-31` },
        $or: [{ effectiveTo: { $null: true } }, { effectiveTo: { $gte: `${year}-01-01` } }],
      },
      populate: { jurisdiction: true },
      sort: [{ version: 'desc' }],
    });
    const own = sets.filter((s: any) => s.jurisdiction?.documentId === unit.jurisdiction.documentId);
    return (own.length ? own : sets.filter((s: any) => !s.jurisdiction))[0];
  }

  /** Council scores of a registration, found by their key ("<registration>:<member>"). */
  function scoresOf(documentId: string, select?: string[]) {
    return strapi.db.query(SCORE).findMany({ where: { uniqueKey: { $startsWith: `${documentId}:` } }, ...(select ? { select } : {}) });
  }

  async function appendAudit(actor: Actor, action: string, reg: { documentId: string; unit: { code: string } }, before: unknown, after: unknown) {
    await audit().append({ actor: actor.id, actorRole: actor.role, action, subjectType: 'registration', subjectId: reg.documentId, unitCode: reg.unit.code, before, after }, clock());
  }

  async function ensureCouncilMember(actor: CouncilActor, reg: Registration) {
    if (!actor.jurisdictionSlugs.includes(reg.unit.jurisdiction.slug)) throw new DomainFailure('not-member', 'Thành viên hội đồng chỉ làm việc với hồ sơ của tỉnh / thành phố mình.');
    const council = await strapi.db.query(COUNCIL).findOne({ where: { jurisdiction: { documentId: reg.unit.jurisdiction.documentId }, year: reg.year } });
    const members = (council?.members ?? []) as { email: string }[];
    if (!members.some((m) => m.email.toLowerCase() === actor.id)) {
      throw new DomainFailure('not-member', `Tài khoản không có trong hội đồng thẩm định năm ${reg.year}.`);
    }
  }

  async function uploadFile(file: UploadedFile, caption: string): Promise<FileRef> {
    const [uploaded] = await strapi.plugin('upload').service('upload').upload({
      data: { fileInfo: { name: file.originalFilename ?? 'tep', caption, alternativeText: caption } },
      files: file,
    });
    return { id: uploaded.id, name: uploaded.name, url: uploaded.url, at: clock().toISOString() };
  }

  function ownRegistration(actor: OfficerActor, reg: Registration) {
    if (reg.unit.documentId !== actor.unitId) throw new DomainFailure('not-own-unit', 'Cán bộ đơn vị chỉ xem và thao tác trên hồ sơ của đơn vị mình.');
  }

  return {
    load,

    async register(actor: OfficerActor, year: number) {
      return strapi.db.transaction(async () => {
        const unit = (await strapi.documents('api::unit.unit').findOne({ documentId: actor.unitId, populate: { jurisdiction: true } })) as any;
        const plan = (await planFor(unit.jurisdiction.documentId, year)) as any;
        if (!plan) throw new DomainFailure('ineligible', `Chưa có kế hoạch đã ban hành của ${unit.jurisdiction.name} áp dụng cho năm ${year}.`);
        const fullPlan = (await strapi.documents('api::plan.plan').findOne({ documentId: plan.documentId, status: 'published', populate: { calendar: true, eligibility: true } })) as any;
        const set = await criteriaSetFor(unit, year);
        if (!set) throw new DomainFailure('ineligible', `Chưa có bộ tiêu chí hiệu lực năm ${year} cho loại đơn vị này.`);
        const uniqueKey = `${unit.documentId}:${year}`;
        const existing = await strapi.db.query(REG).findOne({ where: { uniqueKey } });
        const previous = await strapi.db.query('api::unit-result.unit-result').findOne({ where: { unit: { documentId: unit.documentId }, year: year - 1 } });
        const eligibility = fullPlan.eligibility ? checkEligibility(fullPlan.eligibility, previous, year) : ({ ok: true } as const);
        const state = decide(existing ? existing.state : 'none', { type: 'register' }, {
          now: clock(),
          actor,
          unitId: unit.documentId,
          deadline: await deadlineFor(unit, fullPlan, year, ['registration']),
          eligibility,
        });
        const created = await strapi.documents(REG).create({
          data: { unit: unit.documentId, year, plan: plan.documentId, criteriaSet: set.documentId, state, uniqueKey, registeredAt: clock(), selfMarks: {}, dossier: {}, evidence: {}, conflicts: [] } as never,
        });
        // The criteria set is now in use: it must not change under this assessment.
        await strapi.db.query('api::criteria-set.criteria-set').update({
          where: { documentId: set.documentId, lockedAt: { $null: true } },
          data: { lockedAt: clock(), lockedReason: `dùng cho đăng ký năm ${year}` },
        });
        await appendAudit(actor, 'register', { documentId: created.documentId, unit }, { state: 'none' }, { state, year, plan: plan.number, criteriaSet: `${set.code} v${set.version}` });
        return { documentId: created.documentId, state, year };
      });
    },

    async view(reg: Registration) {
      const score = scoreAssessment(reg.criteriaSet, reg.selfMarks ?? {});
      return {
        documentId: reg.documentId,
        year: reg.year,
        state: reg.state,
        unit: { code: reg.unit.code, name: reg.unit.name, kind: reg.unit.kind },
        plan: reg.plan.number,
        criteriaSet: { code: reg.criteriaSet.code, version: reg.criteriaSet.version },
        selfMarks: reg.selfMarks ?? {},
        selfScore: score,
        councilTotal: reg.councilTotal,
        dossier: reg.dossier ?? {},
        requiredDossierParts: (reg.plan.dossierParts ?? []).filter((p) => p.required).map((p) => ({ code: p.code, label: p.label })),
        evidence: reg.evidence ?? {},
      };
    },

    async listForOfficer(actor: OfficerActor) {
      const rows = await strapi.db.query(REG).findMany({ where: { unit: { documentId: actor.unitId } }, orderBy: { year: 'desc' }, select: ['documentId', 'year', 'state', 'selfTotal', 'councilTotal'] });
      return rows.map(({ id: _id, ...r }: Record<string, unknown>) => r);
    },

    async getForOfficer(actor: OfficerActor, documentId: string) {
      const reg = await load(documentId);
      ownRegistration(actor, reg);
      return this.view(reg);
    },

    async saveSelfScores(actor: OfficerActor, documentId: string, input: unknown) {
      return strapi.db.transaction(async () => {
        const reg = await load(documentId);
        ownRegistration(actor, reg);
        const marks = parseMarks(input, reg.criteriaSet);
        const state = decide(reg.state, { type: 'self_assess' }, {
          now: clock(),
          actor,
          unitId: reg.unit.documentId,
          deadline: await deadlineFor(reg.unit, reg.plan, reg.year, ['dossier', 'results_report']),
        });
        const merged = { ...(reg.selfMarks ?? {}), ...marks };
        const score = scoreAssessment(reg.criteriaSet, merged);
        await strapi.documents(REG).update({ documentId, data: { selfMarks: merged, selfTotal: score.total, state } as never });
        await appendAudit(actor, 'self_assess', reg, { state: reg.state, marks: reg.selfMarks ?? {} }, { state, marks: merged, total: score.total });
        return { state, selfScore: score };
      });
    },

    async attachFile(actor: OfficerActor, documentId: string, target: { kind: 'evidence'; criterion: string } | { kind: 'dossier'; part: string }, file: UploadedFile) {
      return strapi.db.transaction(async () => {
        const reg = await load(documentId);
        ownRegistration(actor, reg);
        // Files belong to the self-assessment: allowed exactly when self-scoring is.
        decide(reg.state, { type: 'self_assess' }, { now: clock(), actor, unitId: reg.unit.documentId, deadline: await deadlineFor(reg.unit, reg.plan, reg.year, ['dossier', 'results_report']) });
        if (target.kind === 'evidence' && !criteriaOf(reg.criteriaSet).some((c) => c.code === target.criterion)) {
          throw new DomainFailure('score-invalid', `Không có tiêu chí "${target.criterion}" trong bộ tiêu chí ${reg.criteriaSet.code}.`);
        }
        const parts = reg.plan.dossierParts ?? [];
        if (target.kind === 'dossier' && !parts.some((p) => p.code === target.part)) {
          throw new DomainFailure('score-invalid', `Kế hoạch không có thành phần hồ sơ "${target.part}"; các thành phần: ${parts.map((p) => p.code).join(', ') || '(không có)'}.`);
        }
        const ref = await uploadFile(file, target.kind === 'evidence' ? `Minh chứng tiêu chí ${target.criterion}, ${reg.unit.code} ${reg.year}` : `Hồ sơ ${target.part}, ${reg.unit.code} ${reg.year}`);
        if (target.kind === 'evidence') {
          const evidence = { ...(reg.evidence ?? {}) };
          evidence[target.criterion] = [...(evidence[target.criterion] ?? []), ref];
          await strapi.documents(REG).update({ documentId, data: { evidence } as never });
          await appendAudit(actor, 'evidence.add', reg, null, { criterion: target.criterion, file: ref });
        } else {
          const dossier = { ...(reg.dossier ?? {}), [target.part]: ref };
          await strapi.documents(REG).update({ documentId, data: { dossier } as never });
          await appendAudit(actor, 'dossier.add', reg, { part: target.part, file: reg.dossier?.[target.part] ?? null }, { part: target.part, file: ref });
        }
        return ref;
      });
    },

    async submit(actor: OfficerActor, documentId: string) {
      return strapi.db.transaction(async () => {
        const reg = await load(documentId);
        ownRegistration(actor, reg);
        const marks = reg.selfMarks ?? {};
        const state = decide(reg.state, { type: 'submit' }, {
          now: clock(),
          actor,
          unitId: reg.unit.documentId,
          deadline: await deadlineFor(reg.unit, reg.plan, reg.year, ['dossier', 'results_report']),
          missingSelfScores: criteriaOf(reg.criteriaSet).filter((c) => !marks[c.code]).map((c) => c.code),
          missingDossierParts: (reg.plan.dossierParts ?? []).filter((p) => p.required && !reg.dossier?.[p.code]).map((p) => p.label),
        });
        await strapi.documents(REG).update({ documentId, data: { state, submittedAt: clock() } as never });
        await appendAudit(actor, 'submit', reg, { state: reg.state }, { state });
        return { state };
      });
    },

    async deadlines(actor: OfficerActor, documentId: string) {
      const reg = await load(documentId);
      ownRegistration(actor, reg);
      const family = familyOf(reg.unit.kind);
      const today = vietnamDay(clock());
      const extensions = await strapi.db.query(EXTENSION).findMany({ where: { unit: { documentId: reg.unit.documentId }, year: reg.year } });
      return deadlinesForYear(reg.plan.calendar ?? [], reg.year)
        .filter((d) => d.appliesTo === 'all' || d.appliesTo === family)
        .map((d) => {
          const ext = extensions.filter((e: { kind: string }) => e.kind === d.kind).map((e: { until: string }) => String(e.until).slice(0, 10)).sort().at(-1);
          return { ...d, extendedUntil: ext ?? null, passed: (ext ?? d.date) < today };
        });
    },

    async startAppraisal(actor: Actor, documentId: string) {
      return strapi.db.transaction(async () => {
        const reg = await load(documentId);
        const state = decide(reg.state, { type: 'start_appraisal' }, { now: clock(), actor, unitId: reg.unit.documentId });
        await strapi.documents(REG).update({ documentId, data: { state } as never });
        await appendAudit(actor, 'start_appraisal', reg, { state: reg.state }, { state });
        return { state };
      });
    },

    async declareConflict(actor: CouncilActor, documentId: string, reason: string) {
      return strapi.db.transaction(async () => {
        const reg = await load(documentId);
        await ensureCouncilMember(actor, reg);
        if (!['submitted', 'under_appraisal'].includes(reg.state)) {
          throw new DomainFailure('invalid-transition', 'Chỉ khai báo xung đột lợi ích với hồ sơ đã nộp hoặc đang thẩm định.');
        }
        const conflicts = [...(reg.conflicts ?? []).filter((c) => c.email !== actor.id), { email: actor.id, reason, at: clock().toISOString() }];
        await strapi.documents(REG).update({ documentId, data: { conflicts } as never });
        await appendAudit(actor, 'conflict.declare', reg, null, { member: actor.id, reason });
        return { conflicts: conflicts.length };
      });
    },

    async saveCouncilScores(actor: CouncilActor, documentId: string, input: unknown, gap = DEFAULT_JUSTIFICATION_GAP) {
      return strapi.db.transaction(async () => {
        const reg = await load(documentId);
        await ensureCouncilMember(actor, reg);
        decide(reg.state, { type: 'council_score' }, { now: clock(), actor, unitId: reg.unit.documentId, conflictedUserIds: (reg.conflicts ?? []).map((c) => c.email) });
        const marks = parseMarks(input, reg.criteriaSet);
        const uniqueKey = `${reg.documentId}:${actor.id}`;
        const existing = await strapi.db.query(SCORE).findOne({ where: { uniqueKey } });
        const merged = { ...((existing?.marks as Marks) ?? {}), ...marks };
        const unjustified = unjustifiedDeltas(reg.criteriaSet, reg.selfMarks ?? {}, merged, gap);
        if (unjustified.length) {
          throw new DomainFailure(
            'justification-required',
            `Điểm thẩm định lệch quá ${gap} điểm so với điểm tự chấm ở tiêu chí ${unjustified.join(', ')}: cần ghi lý do (trường "note").`,
            { criteria: unjustified, gap },
          );
        }
        const total = scoreAssessment(reg.criteriaSet, merged).total;
        if (existing) await strapi.db.query(SCORE).update({ where: { id: existing.id }, data: { marks: merged, total } });
        else await strapi.db.query(SCORE).create({ data: { registration: reg.id, memberEmail: actor.id, marks: merged, total, uniqueKey } });
        const all = await scoresOf(reg.documentId, ['total']);
        const councilTotal = Math.round((all.reduce((s: number, r: { total: number }) => s + Number(r.total), 0) / all.length) * 100) / 100;
        await strapi.documents(REG).update({ documentId, data: { councilTotal } as never });
        await appendAudit(actor, 'council_score', reg, { member: actor.id, marks: existing?.marks ?? null }, { member: actor.id, marks: merged, total });
        return { total, councilTotal };
      });
    },

    async propose(actor: Actor, documentId: string, proposeIt: boolean, reason?: string) {
      return strapi.db.transaction(async () => {
        const reg = await load(documentId);
        const event: WorkflowEvent = proposeIt ? { type: 'propose' } : { type: 'not_propose', reason };
        const state = decide(reg.state, event, { now: clock(), actor, unitId: reg.unit.documentId });
        if (proposeIt) {
          const council = await strapi.db.query(COUNCIL).findOne({ where: { jurisdiction: { documentId: reg.unit.jurisdiction.documentId }, year: reg.year } });
          if (reg.plan.usesCouncil || council) {
            const meetings = council ? await strapi.db.query(MEETING).findMany({ where: { council: { id: council.id } } }) : [];
            const vote = meetings.flatMap((m: { votes: { registration: string; for: number; against: number }[] }) => m.votes).filter((v: { registration: string }) => v.registration === documentId).at(-1);
            if (!vote || !(vote.for > vote.against)) {
              throw new DomainFailure('invalid-transition', 'Chỉ đề nghị công nhận khi hội đồng thẩm định đã họp và biểu quyết tán thành đơn vị này (số tán thành nhiều hơn không tán thành).');
            }
          }
        }
        await strapi.documents(REG).update({ documentId, data: { state, stateReason: reason ?? null } as never });
        await appendAudit(actor, event.type, reg, { state: reg.state }, { state, reason: reason ?? null });
        return { state };
      });
    },

    async approvalQueue(jurisdiction: string, year: number) {
      const regs = (await strapi.documents(REG).findMany({
        filters: { year, state: 'proposed', unit: { jurisdiction: { slug: jurisdiction } } },
        populate: populateRegistration as never,
        sort: [{ id: 'asc' }],
      })) as unknown as Registration[];
      const out = [];
      for (const reg of regs) {
        const scores = await scoresOf(reg.documentId);
        const councilAverage: Marks = {};
        for (const c of criteriaOf(reg.criteriaSet)) {
          const given = scores.map((s: { marks: Marks }) => s.marks[c.code]).filter(Boolean);
          if (!given.length) continue;
          councilAverage[c.code] =
            c.scoring === 'pass_fail'
              ? { passed: given.every((m: { passed?: boolean }) => m.passed) }
              : { points: Math.round((given.reduce((s: number, m: { points?: number; subItems?: Record<string, number> }) => s + (m.points ?? Object.values(m.subItems ?? {}).reduce((a, b) => a + b, 0)), 0) / given.length) * 100) / 100 };
        }
        const self = reg.selfMarks ?? {};
        out.push({
          documentId: reg.documentId,
          unit: { code: reg.unit.code, name: reg.unit.name, kind: reg.unit.kind },
          selfTotal: reg.selfTotal,
          councilTotal: reg.councilTotal,
          scorers: scores.map((s: { memberEmail: string }) => s.memberEmail),
          deltas: criteriaOf(reg.criteriaSet)
            .map((c) => ({ criterion: c.code, title: c.title, self: self[c.code] ?? null, council: councilAverage[c.code] ?? null }))
            .filter((d) => d.council),
          dossier: Object.entries(reg.dossier ?? {}).map(([part, f]) => ({ part, name: f.name, url: f.url })),
        });
      }
      return out;
    },

    /** "Công nhận": all proposed registrations given, or none; idempotent per Idempotency-Key. */
    async recognise(actor: Actor, documentIds: string[], idempotencyKey: string, signer?: { authority?: string; delegation?: string; position: string; name: string }) {
      const scope = 'recognise';
      const stored = await strapi.db.query(IDEMPOTENCY).findOne({ where: { key: idempotencyKey } });
      if (stored) return { ...(stored.result as object), replayed: true };
      return strapi.db.transaction(async () => {
        await lockKey(strapi, `recognition:idempotency:${idempotencyKey}`);
        const again = await strapi.db.query(IDEMPOTENCY).findOne({ where: { key: idempotencyKey } });
        if (again) return { ...(again.result as object), replayed: true };
        const regs = await Promise.all([...new Set(documentIds)].map(load));
        const jurisdictions = new Set(regs.map((r) => `${r.unit.jurisdiction.documentId}:${r.year}`));
        if (jurisdictions.size !== 1) throw new DomainFailure('invalid-transition', 'Mỗi lần công nhận chỉ cho các đơn vị của một tỉnh / thành phố trong một năm.');
        const [{ unit: { jurisdiction }, year, plan }] = regs;
        // Decision numbers are allocated one at a time per jurisdiction and year, so none is skipped.
        await lockKey(strapi, `recognition:decision:${jurisdiction.documentId}:${year}`);
        for (const r of regs) await lockKey(strapi, `recognition:registration:${r.documentId}`);
        const fresh = await Promise.all(regs.map((r) => load(r.documentId)));
        const decisions: { reg: Registration; state: State }[] = [];
        for (const reg of fresh) {
          const scorers = await scoresOf(reg.documentId, ['memberEmail']);
          const earlier = await strapi.db.query(RECOGNITION).findOne({ where: { unit: { documentId: reg.unit.documentId }, year: { $lt: reg.year }, status: { $ne: 'revoked' } } });
          const state = decide(reg.state, { type: 'recognise' }, {
            now: clock(),
            actor,
            unitId: reg.unit.documentId,
            deadline: await deadlineFor(reg.unit, reg.plan, reg.year, ['recognition']),
            scorerUserIds: scorers.map((s: { memberEmail: string }) => s.memberEmail.toLowerCase()),
            previouslyRecognised: !!earlier,
          });
          decisions.push({ reg, state });
        }
        const today = vietnamDay(clock());
        let decision = await strapi.db.query(DECISION).findOne({ where: { jurisdiction: { documentId: jurisdiction.documentId }, year, status: 'open' } });
        if (!decision) {
          const last = await strapi.db.query(DECISION).findOne({ where: { jurisdiction: { documentId: jurisdiction.documentId }, year }, orderBy: { sequence: 'desc' } });
          const sequence = (last?.sequence ?? 0) + 1;
          const s = signer ?? plan.signer ?? { position: 'CHỦ TỊCH', name: '' };
          decision = await strapi.db.query(DECISION).create({
            data: {
              jurisdiction: (await strapi.db.query('api::jurisdiction.jurisdiction').findOne({ where: { documentId: jurisdiction.documentId } })).id,
              year,
              sequence,
              number: `${String(sequence).padStart(2, '0')}/QĐ-UBND`,
              date: today,
              status: 'open',
              signerAuthority: s.authority ?? null,
              signerDelegation: s.delegation ?? null,
              signerPosition: s.position,
              signerName: s.name,
              uniqueKey: `${jurisdiction.documentId}:${year}:${sequence}`,
            },
          });
        }
        const recognised = [];
        for (const { reg, state } of decisions) {
          const serial = makeSerial(reg.year, randomBytes(12));
          await strapi.db.query(RECOGNITION).create({
            data: {
              unit: (await strapi.db.query('api::unit.unit').findOne({ where: { documentId: reg.unit.documentId } })).id,
              registration: reg.id,
              decision: decision.id,
              year: reg.year,
              status: state === 'maintained' ? 'maintained' : 'recognised',
              serial,
              decisionNumber: decision.number,
              decisionDate: decision.date,
              signerAuthority: decision.signerAuthority,
              signerDelegation: decision.signerDelegation,
              signerPosition: decision.signerPosition || 'CHỦ TỊCH',
              signerName: decision.signerName || '',
              certificateStatus: 'queued',
            },
          });
          await strapi.documents(REG).update({ documentId: reg.documentId, data: { state, decidedAt: clock() } as never });
          await appendAudit(actor, 'recognise', reg, { state: reg.state }, { state, decision: decision.number, serial });
          recognised.push({ documentId: reg.documentId, unit: reg.unit.code, state, serial });
        }
        const result = { decision: { number: decision.number, date: String(decision.date).slice(0, 10), sequence: decision.sequence }, recognised };
        await strapi.db.query(IDEMPOTENCY).create({ data: { key: idempotencyKey, scope, result } });
        return { ...result, replayed: false };
      });
    },

    async reject(actor: Actor, documentId: string, reason: string) {
      return strapi.db.transaction(async () => {
        const reg = await load(documentId);
        const state = decide(reg.state, { type: 'reject', reason }, { now: clock(), actor, unitId: reg.unit.documentId });
        await strapi.documents(REG).update({ documentId, data: { state, stateReason: reason, decidedAt: clock() } as never });
        await appendAudit(actor, 'reject', reg, { state: reg.state }, { state, reason });
        return { state };
      });
    },

    async revoke(actor: Actor, documentId: string, reason: string) {
      return strapi.db.transaction(async () => {
        const reg = await load(documentId);
        const state = decide(reg.state, { type: 'revoke', reason }, { now: clock(), actor, unitId: reg.unit.documentId });
        await strapi.db.query(RECOGNITION).update({ where: { registration: { id: reg.id } }, data: { status: 'revoked', revokedReason: reason, revokedAt: clock() } });
        await strapi.documents(REG).update({ documentId, data: { state, stateReason: reason } as never });
        await appendAudit(actor, 'revoke', reg, { state: reg.state }, { state, reason });
        return { state };
      });
    },

    async grantExtension(actor: Actor, input: { unitCode: string; year: number; kind: DeadlineKind; until: string; reason: string }) {
      return strapi.db.transaction(async () => {
        const unit = await strapi.db.query('api::unit.unit').findOne({ where: { code: input.unitCode } });
        if (!unit) throw new DomainFailure('not-found', `Không có đơn vị mã "${input.unitCode}".`);
        await strapi.db.query(EXTENSION).create({ data: { unit: unit.id, year: input.year, kind: input.kind, until: input.until, reason: input.reason, grantedBy: actor.id } });
        await audit().append(
          { actor: actor.id, actorRole: actor.role, action: 'extension.grant', subjectType: 'unit', subjectId: unit.documentId, unitCode: unit.code, before: null, after: { year: input.year, kind: input.kind, until: input.until, reason: input.reason } },
          clock(),
        );
        return { unit: unit.code, kind: input.kind, until: input.until };
      });
    },

    async certificateSerial(actor: OfficerActor, documentId: string): Promise<string> {
      const reg = await load(documentId);
      ownRegistration(actor, reg);
      const rec = await strapi.db.query(RECOGNITION).findOne({ where: { registration: { id: reg.id }, status: { $ne: 'revoked' } } });
      if (!rec) throw new DomainFailure('not-found', 'Đơn vị chưa có giấy chứng nhận cho năm này.');
      return rec.serial;
    },
  };
};

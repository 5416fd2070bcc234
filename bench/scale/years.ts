// bench:scale's years: every unit registers each year and goes as far as its lot says, through
// the plugin's own services (every rule, lock and audit event applies), phase by phase with the
// clock set to the day each step would have happened, as the demo year does. The secretariat acts
// on the units' behalf (the paper path), three council members score, the council meets, the
// approver recognises (maintained when recognised before) or rejects, and revokes one a province's
// year. Every state is reached.
import type { Core } from '@strapi/strapi';
import { fullMarksOf } from '../../test/helpers/strapi';
import { eachLimited, type Country } from './reference';
import { draftsOf, lotOf, type Marks } from './lots';

export type YearCounts = Record<string, number>;

const everywhere = { all: true } as const;
const members = (slug: string) => [1, 2, 3].map((i) => `hoidong${i}.${slug}@bench.local`);

export async function loadYear(
  strapi: Core.Strapi,
  country: Country,
  year: number,
  opts: {
    concurrency: number;
    leaveProposed?: string;
    revokePerProvince?: number;
    drafts?: number;
    /** The share of units that register this year (1: every unit). */
    share?: number;
  },
): Promise<YearCounts> {
  const plugin = strapi.plugin('recognition');
  const clock = plugin.service('clock');
  const workflow = plugin.service('workflow');
  const at = (iso: string) => (clock.now = () => new Date(iso));
  const secretariat = {
    id: 'thuky@bench.local',
    role: 'secretariat',
    scope: everywhere,
    personId: 'bench-secretariat',
  };
  const approver = {
    id: 'pheduyet@bench.local',
    role: 'approver',
    scope: everywhere,
    personId: 'bench-approver',
  };
  // Every criterion at its maximum (the suites' own helper), once per criteria set.
  const marksBySet = new Map<string, Marks>();
  const fullMarks = async (documentId: string): Promise<Marks> => {
    const { criteriaSet } = await plugin.service('repository').load(documentId);
    if (!marksBySet.has(criteriaSet.documentId))
      marksBySet.set(criteriaSet.documentId, fullMarksOf(criteriaSet));
    return marksBySet.get(criteriaSet.documentId)!;
  };
  // With a share below 1, only that share of the units registers in a year (a different one
  // each year): the national hierarchy is then measured in the time a session has.
  const share = Math.round((opts.share ?? 1) * 100);
  const lots = country.units
    .map((u, i) => ({ unit: u, lot: lotOf(i, year), id: '', i }))
    .filter((l) => (l.i * 31 + year * 17) % 100 < share);
  // The lots in the order a year goes; `beyond(s)`: the units whose year goes past s.
  const ordered = [
    'registered',
    'self_assessed',
    'submitted',
    'under_appraisal',
    'not_proposed',
    'rejected',
    'proposed',
    'recognised',
  ];
  const beyond = (state: string) =>
    lots.filter((l) => ordered.indexOf(l.lot) > ordered.indexOf(state));
  const go = (list: typeof lots, work: (l: (typeof lots)[number]) => Promise<void>) =>
    eachLimited(list, opts.concurrency, work);

  at(`${year}-01-05T02:00:00Z`);
  await go(lots, async (l) => {
    l.id = (await workflow.register(secretariat, year, l.unit.documentId)).documentId;
  });
  // Where the plan has the selection step, the police advise and the committee selects each.
  at(`${year}-01-25T02:00:00Z`);
  await go(
    lots.filter((l) => l.lot !== 'registered'),
    async (l) => {
      const { rules } = await plugin.service('repository').load(l.id);
      if (!rules.selection) return;
      await workflow.proposeSelection(secretariat, l.id, 'select', 'Đủ điều kiện (đo tải)');
      await workflow.decideSelection(approver, l.id, true);
    },
  );
  at(`${year}-11-18T02:00:00Z`);
  await go(
    lots.filter((l) => l.lot !== 'registered'),
    async (l) => {
      // Marks are saved as they are gathered, a few criteria at a time, before the last save: each save is on the record.
      const marks = await fullMarks(l.id);
      for (const part of draftsOf(marks, opts.drafts ?? 0))
        await workflow.saveSelfScores(secretariat, l.id, part);
      await workflow.saveSelfScores(secretariat, l.id, marks);
      if (l.lot !== 'self_assessed') await workflow.submit(secretariat, l.id);
    },
  );
  at(`${year}-11-19T02:00:00Z`);
  const appraised = beyond('submitted');
  const bySlug = new Map<string, typeof lots>();
  for (const l of appraised)
    bySlug.set(l.unit.jurisdiction, [...(bySlug.get(l.unit.jurisdiction) ?? []), l]);
  const councils = new Map<string, string>();
  for (const slug of bySlug.keys()) {
    const emails = members(slug);
    const c = await plugin.service('councils').setUp(secretariat, {
      jurisdiction: slug,
      year,
      name: `Hội đồng thẩm định năm ${year}`,
      members: emails.map((email, i) => ({ email, name: `Thành viên ${i + 1}` })),
      chairEmail: emails[0],
      secretaryEmail: emails[1],
    });
    councils.set(slug, c.documentId);
  }
  await go(appraised, async (l) => {
    await workflow.startAppraisal(secretariat, l.id);
  });
  at(`${year}-11-20T02:00:00Z`);
  const scored = beyond('under_appraisal');
  await go(scored, async (l) => {
    for (const [i, email] of members(l.unit.jurisdiction).entries()) {
      const member = {
        id: email,
        role: 'council_member',
        personId: `bench-member-${i + 1}-${l.unit.jurisdiction}`,
        jurisdictionSlugs: [l.unit.jurisdiction],
      };
      const marks = await fullMarks(l.id);
      for (const part of draftsOf(marks, opts.drafts ?? 0))
        await plugin.service('council-scoring').saveCouncilScores(member, l.id, part);
      await plugin.service('council-scoring').saveCouncilScores(member, l.id, marks);
    }
  });
  at(`${year}-11-21T02:00:00Z`);
  for (const [slug, list] of bySlug) {
    const voted = list.filter((l) => scored.includes(l));
    if (!voted.length) continue;
    await plugin.service('councils').recordMeeting(secretariat, {
      council: councils.get(slug)!,
      startedAt: `${year}-11-21T08:00:00+07:00`,
      endedAt: `${year}-11-21T10:00:00+07:00`,
      place: 'Công an tỉnh (bench)',
      attendance: members(slug).map((email) => ({ email, present: true })),
      votes: voted.map((l) => ({
        registration: l.id,
        for: l.lot === 'not_proposed' ? 0 : 3,
        against: l.lot === 'not_proposed' ? 3 : 0,
        abstain: 0,
      })),
      conclusion: 'Hội đồng thống nhất (dữ liệu đo tải).',
    });
  }
  await go(scored, async (l) => {
    await workflow.propose(
      secretariat,
      l.id,
      l.lot !== 'not_proposed',
      l.lot === 'not_proposed' ? 'Không đạt (dữ liệu đo tải).' : undefined,
    );
  });
  at(`${year}-12-01T02:00:00Z`);
  await go(
    lots.filter((l) => l.lot === 'rejected'),
    async (l) => {
      await workflow.reject(approver, l.id, 'Không công nhận (dữ liệu đo tải).');
    },
  );
  // Recognised per province, in chunks: one decision a province's year; a province's proposed
  // units may be left in its approval queue (the queue measured).
  const drafts = new Set<string>();
  for (const [slug, list] of bySlug) {
    if (slug === opts.leaveProposed) continue;
    const ids = list.filter((l) => l.lot === 'recognised').map((l) => l.id);
    for (let i = 0; i < ids.length; i += 100)
      drafts.add(
        (
          await plugin
            .service('approvals')
            .recognise(approver, ids.slice(i, i + 100), `bench-${slug}-${year}-${i}`)
        ).decision.documentId,
      );
  }
  // Each province's decision issued (rendered and signed), so that its public register lists the year.
  at(`${year}-12-06T02:00:00Z`);
  const decisions = plugin.service('decisions');
  for (const documentId of drafts) {
    const draft = await strapi.db
      .query('plugin::recognition.decision')
      .findOne({ where: { documentId }, populate: ['jurisdiction'] });
    const context = await decisions.issueContext(draft.jurisdiction.documentId, year);
    const automatic = draft.jurisdiction.decisionNumbering === 'automatic';
    await decisions.issue(approver, documentId, {
      ...(automatic ? {} : { number: `${year % 100}${draft.id}/QĐ-UBND` }),
      date: `${year}-12-05`,
      signer: 0,
      recipients: context.recipients,
    });
  }
  const counts: YearCounts = {};
  for (const l of lots) counts[l.lot] = (counts[l.lot] ?? 0) + 1;
  // One recognition a province's year revoked, with its own decision rendered and signed: the
  // last state of the machine, and the revocation lists the public check reads.
  if (opts.revokePerProvince) {
    at(`${year}-12-20T02:00:00Z`);
    for (const [slug, list] of bySlug) {
      if (slug === opts.leaveProposed) continue;
      for (const l of list.filter((x) => x.lot === 'recognised').slice(0, opts.revokePerProvince)) {
        const manual =
          (await strapi.db.query('api::jurisdiction.jurisdiction').findOne({ where: { slug } }))
            .decisionNumbering !== 'automatic';
        await plugin.service('revocations').revoke(approver, l.id, {
          reason: 'Vi phạm sau khi công nhận (dữ liệu đo tải).',
          signer: 0,
          date: `${year}-12-20`,
          ...(manual ? { number: `${9000 + (counts.revoked ?? 0)}/QĐ-UBND` } : {}),
        });
        counts.revoked = (counts.revoked ?? 0) + 1;
      }
    }
  }
  return counts;
}

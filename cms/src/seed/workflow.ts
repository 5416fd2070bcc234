// A demonstration year: two Huế units of 2026 taken through registration, self-scoring,
// submission, council scoring and the council's meeting to "proposed", through the plugin's
// own services (so every rule and the audit trail apply), with the clock set to the day each
// step would have happened. The approver then finds them in the approval queue. Two more are
// left for the portal: Dương Nỗ submitted and under appraisal, which no member has scored yet,
// and An Cựu registered, advised by the police and waiting for the approver to select it, with
// its dossier deadline extended, for its officer to self-score and submit once selected. The
// police ask the communes and departments for a six-month report, for them to file in the portal.
import type { Core } from '@strapi/strapi';

type Marks = Record<
  string,
  { points?: number; passed?: boolean; subItems?: Record<string, number> }
>;

export const DEMO_YEAR = 2026;
const units = ['20056', 'HUE-GD-001'];
const underAppraisal = '19909';
const open = '19815';
const DAY = 86_400_000;
const members = ['hoidong1@dienhinh.local', 'hoidong2@dienhinh.local', 'hoidong3@dienhinh.local'];

async function fullMarks(strapi: Core.Strapi, registrationId: string): Promise<Marks> {
  const reg = await strapi.documents('plugin::recognition.registration').findOne({
    documentId: registrationId,
    populate: {
      criteriaSet: { populate: { groups: { populate: { criteria: { populate: ['subItems'] } } } } },
    } as never,
  });
  const marks: Marks = {};
  for (const c of (reg as any).criteriaSet.groups.flatMap((g: { criteria: any[] }) => g.criteria)) {
    if (c.scoring === 'pass_fail') marks[c.code] = { passed: true };
    else if (c.subItems?.length)
      marks[c.code] = {
        subItems: Object.fromEntries(c.subItems.map((s: any) => [s.code, Number(s.maxPoints)])),
      };
    else marks[c.code] = { points: Number(c.maxPoints) };
  }
  return marks;
}

export async function seedDemoWorkflow(strapi: Core.Strapi): Promise<number> {
  const plugin = strapi.plugin('recognition');
  const existing = await strapi.db
    .query('plugin::recognition.registration')
    .count({ where: { year: DEMO_YEAR } });
  if (existing > 0) return 0;
  const clock = plugin.service('clock');
  const actors = plugin.service('actors');
  const workflow = plugin.service('workflow');
  const scoring = plugin.service('council-scoring');
  const realNow = clock.now;
  const at = (iso: string) => (clock.now = () => new Date(iso));
  const user = (email: string) =>
    strapi.db.query('plugin::users-permissions.user').findOne({ where: { email } });
  try {
    const officerOf = async (code: string) => {
      const m = await strapi.db
        .query('plugin::recognition.membership')
        .findOne({ where: { role: 'unit_officer', unit: { code } }, populate: ['user'] });
      return actors.officer(m.user);
    };
    const ids: string[] = [];
    let waiting = '';
    // The province chooses its registrants (the plan's selection step): the police advise on
    // each, the People's Committee selects; the open unit is left advised, for the demo approver.
    const police = actors.provinceStaff('thuky@dienhinh.local', 'secretariat', ['hue']);
    const committee = actors.provinceStaff('pheduyet@dienhinh.local', 'approver', ['hue']);
    for (const code of [...units, underAppraisal, open]) {
      const officer = await officerOf(code);
      at(`${DEMO_YEAR}-01-05T02:00:00Z`);
      const { documentId } = await workflow.register(officer, DEMO_YEAR);
      at(`${DEMO_YEAR}-01-15T02:00:00Z`);
      await workflow.proposeSelection(
        police,
        documentId,
        'select',
        `Đạt "An toàn về an ninh, trật tự" và xếp loại Xuất sắc năm ${DEMO_YEAR - 1} (dữ liệu minh họa).`,
      );
      if (code === open) break;
      await workflow.decideSelection(committee, documentId, true);
      at(`${DEMO_YEAR}-11-18T02:00:00Z`);
      await workflow.saveSelfScores(officer, documentId, await fullMarks(strapi, documentId));
      await workflow.submit(officer, documentId);
      if (code === underAppraisal) waiting = documentId;
      else ids.push(documentId);
    }
    // The demo secretariat works for Huế, as the account seeded for it does.
    const secretariat = actors.provinceStaff('thuky@dienhinh.local', 'secretariat', ['hue']);
    at(`${DEMO_YEAR}-11-19T02:00:00Z`);
    const council = await plugin.service('councils').setUp(secretariat, {
      jurisdiction: 'hue',
      year: DEMO_YEAR,
      name: `Hội đồng thẩm định điển hình năm ${DEMO_YEAR} (demo)`,
      members: members.map((email, i) => ({ email, name: `Thành viên ${i + 1}` })),
      chairEmail: members[0],
      secretaryEmail: members[1],
    });
    for (const id of [...ids, waiting]) await workflow.startAppraisal(secretariat, id);
    at(`${DEMO_YEAR}-11-20T02:00:00Z`);
    // Every member scores: the council votes on a dossier only when all members without a conflict have.
    for (const email of members) {
      const member = await actors.councilMember(await user(email));
      for (const id of ids)
        await scoring.saveCouncilScores(member, id, await fullMarks(strapi, id));
    }
    await plugin.service('councils').recordMeeting(secretariat, {
      council: council.documentId,
      startedAt: `${DEMO_YEAR}-11-21T08:00:00+07:00`,
      endedAt: `${DEMO_YEAR}-11-21T10:00:00+07:00`,
      place: 'Công an thành phố Huế (demo)',
      attendance: members.map((email) => ({ email, present: true })),
      votes: ids.map((registration) => ({ registration, for: 3, against: 0, abstain: 0 })),
      conclusion:
        'Hội đồng thống nhất đề nghị công nhận các đơn vị đạt điển hình (dữ liệu minh họa).',
    });
    for (const id of ids) await workflow.propose(secretariat, id, true);
    // The open unit's year stays open whatever day the demo is started: its dossier deadline is
    // extended, by the demo approver, to the end of the year or 60 days from now, whichever is later.
    at(realNow().toISOString());
    const until = new Date(
      Math.max(Date.parse(`${DEMO_YEAR}-12-31`), realNow().getTime() + 60 * DAY),
    )
      .toISOString()
      .slice(0, 10);
    const approver = actors.provinceStaff('pheduyet@dienhinh.local', 'approver', ['hue']);
    await plugin.service('approvals').grantExtension(approver, {
      unitCode: open,
      year: DEMO_YEAR,
      kind: 'dossier',
      until,
      reason: 'Dữ liệu minh họa: để cán bộ đơn vị thử tự chấm và nộp hồ sơ trên cổng.',
    });
    // Huế's plan dates no report of its tiers; its police ask for one (an ad-hoc report, due
    // the same way as the extension above), for the demo commune and department to file and the
    // police to compile, sign and send up to the People's Committee and the Ministry.
    await plugin.service('report-duties').request(police, 'hue', {
      year: DEMO_YEAR,
      label: 'Báo cáo kết quả 06 tháng cuối năm',
      period: 'six-month',
      due: new Date(Math.max(Date.parse(`${DEMO_YEAR}-12-20`), realNow().getTime() + 14 * DAY))
        .toISOString()
        .slice(0, 10),
      reporters: ['department', 'commune'],
      recipients: ['people_committee', 'ministry'],
      basis: 'Yêu cầu của Công an thành phố Huế (dữ liệu minh họa)',
    });
    return ids.length;
  } finally {
    clock.now = realNow;
  }
}

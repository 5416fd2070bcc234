// The commendation decisions: the People's Committee chair's (Bằng khen) and the police
// director's (Giấy khen), each drafted from the year's proposals its appraiser agreed to, listing
// every collective and individual with the achievement rewarded. Issuing one decides those
// proposals and renders their certificates of merit in a batch (commendations/).
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import type { commendationDraftBody } from '../../../../shared/contracts/requests';
import { awardFormRules, type AwardForm } from '../../../../shared/domain/commendation';
import { unitDisplayName } from '../../../../shared/domain/units';
import { commendationRow, commendations, meritCertificates } from '../../commendations';
import { ACT, COMMENDATION } from '../../constants/uids';
import { decisionNumbering } from '../../decisions';
import {
  decisionBases,
  executorsOf,
  issuerLines,
  policeBody,
  stripNulls,
  upper,
} from '../../documents';
import { DomainFailure } from '../../errors';
import type { StaffActor } from '../../people';
import { parseRows } from '../../rows';
import { registrationRepository } from '../../workflow';
import type { ActKindDef, ActRow } from '../acts';
import { saveDraft } from '../drafts';
import { existingDraft, jurisdictionOfSlug } from './common';
import { draftHead, policeSigner } from './police';

const content = z.object({
  form: z.enum(['bang_khen', 'giay_khen']),
  summary: z.string(),
  bases: z.array(z.string()),
  articles: z.array(z.string()),
  awardees: z.array(
    z.object({
      commendation: z.string(),
      name: z.string(),
      kind: z.string(),
      achievement: z.string(),
    }),
  ),
});

const pad = (n: number) => String(n).padStart(2, '0');

export function commendationActs(strapi: Core.Strapi) {
  /** The committee's chair signs as the province's signer reads, without "TM. Ủy ban". */
  async function chairSigner(a: ActRow) {
    const s = (await decisionNumbering(strapi).jurisdictionOf(a.jurisdiction.documentId, a.year))
      .signers[0];
    return stripNulls({
      delegation: s?.delegation ?? null,
      position: s?.position ?? 'CHỦ TỊCH',
      name: s?.name ?? ' ',
    });
  }

  const def: ActKindDef = {
    async paper(act, issue) {
      const c = content.parse(act.content);
      const j = act.jurisdiction;
      const committee = awardFormRules[c.form].grantor === 'committee';
      return {
        template: 'commendation-decision',
        filename: `qd-khen-thuong-${c.form}-${j.slug}-${act.year}.pdf`,
        data: {
          issuer: { lines: committee ? issuerLines(j) : [upper(policeBody(j))] },
          ...draftHead(strapi, act, issue),
          year: act.year,
          summary: c.summary,
          authority: committee
            ? `CHỦ TỊCH ${upper(j.issuerName)}`
            : `GIÁM ĐỐC ${upper(policeBody(j))}`,
          bases: c.bases,
          articles: c.articles,
          awardees: c.awardees.map(({ name, kind, achievement }) => ({ name, kind, achievement })),
          signer: committee ? await chairSigner(act) : await policeSigner(strapi, j.id),
          recipients: ['Như Điều 3;', ...(committee ? ['Sở Nội vụ;'] : []), 'Lưu: VT.'],
          signature: null,
        },
      };
    },
    suffix: (j) => (j.decisionSuffix as string) || null,
    async afterIssue(actor, act) {
      const c = content.parse(act.content);
      await commendations(strapi).decide(
        actor as StaffActor,
        c.awardees.map((a) => a.commendation),
        { id: act.id, kind: act.kind, number: act.number ?? '', status: act.status },
      );
      // The decision stands once issued; a certificate the batch did not finish (Chromium
      // stopped, say) is issued at its first download, as a certificate of recognition is.
      await meritCertificates(strapi)
        .issueFor(act.id)
        .catch((e: unknown) =>
          strapi.log.warn(`recognition: bằng khen, giấy khen của ${act.number} chưa in xong: ${e}`),
        );
    },
  };
  // The police's Giấy khen is numbered in the police's register with its own symbol.
  const policeDef: ActKindDef = { ...def, suffix: () => null };

  async function draft(actor: StaffActor, b: z.infer<typeof commendationDraftBody>) {
    const j = await jurisdictionOfSlug(strapi, actor, b.jurisdiction);
    const form: AwardForm = b.kind === 'commendation_decision' ? 'bang_khen' : 'giay_khen';
    const rule = awardFormRules[form];
    const rows = parseRows(
      commendationRow,
      await strapi.db.query(COMMENDATION).findMany({
        where: { year: b.year, form, state: 'agreed', unit: { jurisdiction: { slug: j.slug } } },
        populate: { unit: true, individual: true },
        orderBy: [{ awardee: 'asc' }, { id: 'asc' }],
      }),
    );
    if (!rows.length)
      throw new DomainFailure(
        'invalid-transition',
        `Năm ${b.year} chưa có đề nghị ${rule.label} nào được thẩm định đồng ý.`,
      );
    const issued = await strapi.db.query(ACT).count({
      where: { kind: b.kind, year: b.year, jurisdiction: { id: j.id }, status: 'issued' },
    });
    const uniqueKey = `${b.kind}:${j.slug}:${b.year}:${issued + 1}`;
    const existing = await existingDraft(strapi, uniqueKey);
    const plan = await registrationRepository(strapi).planFor(j.documentId, b.year, {
      legalBases: true,
    });
    const committee = rule.grantor === 'committee';
    const grantor = committee ? `Chủ tịch ${j.issuerName}` : `Giám đốc ${policeBody(j)}`;
    const bases = [
      ...decisionBases(committee ? j : { ...j, decisionBases: null }, plan ?? null).slice(
        committee ? 0 : 1,
      ),
      'Căn cứ Luật Thi đua, khen thưởng',
      committee
        ? `Theo đề nghị của Giám đốc ${policeBody(j)} và Giám đốc Sở Nội vụ`
        : `Theo đề nghị của Hội đồng thi đua, khen thưởng ${policeBody(j)}`,
    ];
    const collectives = rows.filter((r) => r.awardee === 'collective').length;
    const individuals = rows.length - collectives;
    const whom = [
      collectives ? `${pad(collectives)} tập thể` : '',
      individuals ? `${pad(individuals)} cá nhân` : '',
    ]
      .filter(Boolean)
      .join(' và ');
    const field = `xây dựng đơn vị điển hình về phong trào toàn dân bảo vệ an ninh Tổ quốc năm ${b.year}`;
    const awardees = rows.map((r) => {
      const unit = unitDisplayName(r.unit);
      const years =
        r.awardee === 'collective' && r.consecutiveYears > 1
          ? ` (đạt điển hình ${pad(r.consecutiveYears)} năm liên tục)`
          : '';
      return {
        commendation: r.documentId,
        name: r.individual
          ? `Ông (bà) ${r.individual.fullName}, ${r.individual.position}, ${unit}`
          : unit,
        kind: r.individual ? 'Cá nhân' : 'Tập thể',
        achievement: `${r.achievement.replace(/[.\s]+$/, '')}${years}`,
      };
    });
    const executors = committee
      ? [...executorsOf(j), 'các tập thể, cá nhân có tên tại Điều 1']
      : ['Các đơn vị thuộc ' + policeBody(j), 'các tập thể, cá nhân có tên tại Điều 1'];
    return saveDraft(strapi, actor, {
      existing,
      uniqueKey,
      kind: b.kind,
      year: b.year,
      jurisdiction: j,
      fields: {
        content: {
          form,
          summary: `Về việc tặng ${rule.label} cho các tập thể, cá nhân có thành tích trong ${field}`,
          bases,
          articles: [
            `Tặng ${rule.label} của ${grantor} cho ${whom} có thành tích trong ${field} (danh sách dưới đây):`,
            'Tiền thưởng kèm theo thực hiện theo quy định của pháp luật về thi đua, khen thưởng.',
            `Quyết định này có hiệu lực kể từ ngày ký. ${executors.join(', ')} chịu trách nhiệm thi hành Quyết định này./.`,
          ],
          awardees,
        },
        title: `Quyết định tặng ${rule.label} năm ${b.year}`,
        subject: `commendation:${form}:${j.slug}:${b.year}`,
        recipients: [],
      },
      after: { form, awardees: awardees.length },
    });
  }

  return { def, policeDef, draft };
}

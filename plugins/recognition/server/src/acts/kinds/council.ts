// The decision setting up the appraisal council, the police's act: its members with their
// positions and tasks in the council, the bases (the Ministry's rules the plan cites, the plan),
// and the council's task as the plan gives it. Drafted again while a draft if the council changes.
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import type { councilDraftBody } from '../../../../shared/contracts/requests';
import { COUNCIL } from '../../constants/uids';
import { decisionBases, policeBody, upper } from '../../documents';
import { DomainFailure } from '../../errors';
import type { StaffActor } from '../../people';
import { councilRow, jurisdictionRow, parseRow } from '../../rows';
import { registrationRepository } from '../../workflow';
import type { ActKindDef } from '../acts';
import { saveDraft } from '../drafts';
import { existingDraft, jurisdictionOfSlug, replacedAct } from './common';
import { draftHead, policeSigner } from './police';

const content = z.object({
  council: z.string(),
  summary: z.string(),
  bases: z.array(z.string()),
  articles: z.array(z.string()),
  members: z.array(z.object({ name: z.string(), position: z.string(), role: z.string() })),
});

export function councilAct(strapi: Core.Strapi) {
  const def: ActKindDef = {
    async paper(act, issue) {
      const c = content.parse(act.content);
      const j = act.jurisdiction;
      const body = policeBody(j);
      return {
        template: 'council-decision',
        filename: `qd-thanh-lap-hoi-dong-${j.slug}-${act.year}.pdf`,
        data: {
          issuer: { lines: [upper(body)] },
          ...draftHead(strapi, act, issue),
          year: act.year,
          summary: c.summary,
          authority: `GIÁM ĐỐC ${upper(body)}`,
          bases: c.bases,
          articles: c.articles,
          members: c.members,
          signer: await policeSigner(strapi, j.id),
          recipients: [`${j.issuerName};`, 'Như Điều 1;', 'Lưu: VT.'],
          signature: null,
        },
      };
    },
  };

  async function draft(actor: StaffActor, b: z.infer<typeof councilDraftBody>) {
    const council = parseRow(
      councilRow.extend({ jurisdiction: jurisdictionRow }),
      await strapi.db
        .query(COUNCIL)
        .findOne({ where: { documentId: b.council }, populate: ['jurisdiction'] }),
    );
    if (!council) throw new DomainFailure('not-found', 'Không tìm thấy hội đồng thẩm định.');
    const j = await jurisdictionOfSlug(strapi, actor, council.jurisdiction.slug);
    // A replacement is a draft of its own, once per decision replaced.
    const uniqueKey = `council_decision:${council.documentId}${b.replaces ? `:replaces:${b.replaces}` : ''}`;
    const existing = await existingDraft(strapi, uniqueKey);
    const plan = await registrationRepository(strapi).planFor(j.documentId, council.year, {
      legalBases: true,
    });
    const year = council.year;
    const replaced = await replacedAct(strapi, b.replaces);
    const subject = `xét, công nhận đơn vị điển hình về phong trào toàn dân bảo vệ an ninh Tổ quốc năm ${year}`;
    const roleOf = (email: string) =>
      email === council.chairEmail
        ? 'Chủ tịch Hội đồng'
        : email === council.secretaryEmail
          ? 'Thư ký Hội đồng'
          : 'Thành viên';
    const order = (email: string) =>
      email === council.chairEmail ? 0 : email === council.secretaryEmail ? 2 : 1;
    const members = [...council.members]
      .sort((x, y) => order(x.email) - order(y.email))
      .map((m) => ({
        name: m.name,
        position: b.positions?.[m.email] ?? `Cán bộ ${policeBody(j)}`,
        role: roleOf(m.email),
      }));
    // The jurisdiction's own bases are its committee's; the police's decision cites the plan's.
    const bases = decisionBases({ ...j, decisionBases: null }, plan ?? null).slice(1);
    return saveDraft(strapi, actor, {
      existing,
      uniqueKey,
      kind: 'council_decision',
      year,
      jurisdiction: j,
      fields: {
        content: {
          council: council.documentId,
          summary: `Thành lập ${council.name} ${subject}`.replace(/\s+/g, ' '),
          bases,
          articles: [
            `Thành lập ${council.name} ${subject}, gồm các ông (bà) có tên sau:`,
            `Hội đồng có nhiệm vụ tổ chức họp, xét, hoàn thiện hồ sơ và báo cáo đề xuất ${j.issuerName} quyết định công nhận; Hội đồng tự giải thể sau khi hoàn thành nhiệm vụ.`,
            `Quyết định này có hiệu lực kể từ ngày ký${replaced ? ` và thay thế Quyết định ${replaced.cited} của Giám đốc ${policeBody(j)}` : ''}. Các ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.`,
          ],
          members,
        },
        title: `Quyết định thành lập ${council.name} năm ${year}`.slice(0, 300),
        subject: `council:${council.documentId}`,
        recipients: [],
        replaces: replaced?.id ?? null,
      },
      after: { council: council.documentId, members: members.length, replaces: b.replaces ?? null },
    });
  }

  return { def, draft };
}

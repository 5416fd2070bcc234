// The police's proposal (tờ trình) to the People's Committee: the units the police proposed for
// recognition in the year, each with its marks and the minutes it stands on, asking the committee
// to decide. Sent to the committee as reports are, whose approver records receipt.
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import type { proposalDraftBody } from '../../../../shared/contracts/requests';
import { unitDisplayName, kindLabel } from '../../../../shared/domain/units';
import { ACT, REGISTRATION } from '../../constants/uids';
import { num, policeBody, upper } from '../../documents';
import { DomainFailure } from '../../errors';
import type { StaffActor } from '../../people';
import { parseRows } from '../../rows';
import { registrationRepository } from '../../workflow';
import type { ActKindDef } from '../acts';
import { saveDraft } from '../drafts';
import { existingDraft, jurisdictionOfSlug, replacedAct } from './common';
import { draftHead, policeSigner } from './police';

const unit = z.object({
  name: z.string(),
  kindLabel: z.string(),
  selfTotal: z.string(),
  councilTotal: z.string(),
  basis: z.string(),
});
const content = z.object({
  planNumber: z.string().nullable(),
  units: z.array(unit),
  /** The earlier proposal this one replaces, as cited ("số 01/TTr-CA ngày 02/12/2026"). */
  replaces: z.string().nullish(),
});

const proposed = z.object({
  documentId: z.string(),
  selfTotal: z.coerce.number().nullish(),
  councilTotal: z.coerce.number().nullish(),
  dossier: z.record(z.string(), z.looseObject({ id: z.unknown(), name: z.string() })).nullish(),
  unit: z.object({ name: z.string(), kind: z.string() }).loose(),
});

export function proposalAct(strapi: Core.Strapi) {
  const def: ActKindDef = {
    async paper(act, issue) {
      const c = content.parse(act.content);
      const j = act.jurisdiction;
      const count = String(c.units.length).padStart(2, '0');
      const plan = c.planNumber ? `Kế hoạch số ${c.planNumber} của ${j.issuerName}` : 'kế hoạch';
      return {
        template: 'proposal',
        filename: `to-trinh-de-nghi-cong-nhan-${j.slug}-${act.year}.pdf`,
        data: {
          issuer: { lines: [upper(policeBody(j))] },
          ...draftHead(strapi, act, issue),
          year: act.year,
          summary: `Đề nghị công nhận đơn vị điển hình về phong trào toàn dân bảo vệ an ninh Tổ quốc năm ${act.year}`,
          recipient: j.issuerName,
          paragraphs: [
            `Thực hiện ${plan}, trên cơ sở hồ sơ đề nghị của các đơn vị và kết quả thẩm định, ${policeBody(j)} kính trình ${j.issuerName} xem xét, quyết định công nhận ${count} đơn vị đạt điển hình về phong trào toàn dân bảo vệ an ninh Tổ quốc năm ${act.year} (danh sách dưới đây):`,
          ],
          units: c.units,
          closingLine: `${c.replaces ? `Tờ trình này thay thế Tờ trình ${c.replaces}. ` : ''}${policeBody(j)} kính trình ${j.issuerName} xem xét, quyết định./.`,
          signer: await policeSigner(strapi, j.id),
          recipients: ['Như trên;', 'Lưu: VT.'],
          signature: null,
        },
      };
    },
  };

  async function draft(actor: StaffActor, b: z.infer<typeof proposalDraftBody>) {
    const j = await jurisdictionOfSlug(strapi, actor, b.jurisdiction);
    const rows = parseRows(
      proposed,
      await strapi.db.query(REGISTRATION).findMany({
        where: { year: b.year, state: 'proposed', unit: { jurisdiction: { slug: j.slug } } },
        populate: { unit: { select: ['name', 'kind'] } },
        orderBy: { id: 'asc' },
      }),
    );
    if (!rows.length)
      throw new DomainFailure(
        'invalid-transition',
        `Năm ${b.year} chưa có đơn vị nào được đề nghị công nhận: đề nghị từng hồ sơ trước khi lập tờ trình.`,
      );
    const issued = await strapi.db.query(ACT).count({
      where: { kind: 'proposal', year: b.year, jurisdiction: { id: j.id }, status: 'issued' },
    });
    const uniqueKey = `proposal:${j.slug}:${b.year}:${issued + 1}`;
    const existing = await existingDraft(strapi, uniqueKey);
    const plan = await registrationRepository(strapi).planFor(j.documentId, b.year);
    const replaced = await replacedAct(strapi, b.replaces);
    const units = rows.map((r) => {
      const minutes = Object.values(r.dossier ?? {}).find((f) => String(f.id).startsWith('act-'));
      return {
        name: unitDisplayName(r.unit),
        kindLabel: kindLabel(r.unit.kind),
        selfTotal: num(r.selfTotal),
        councilTotal: num(r.councilTotal),
        basis: minutes ? minutes.name.replace(/\.pdf$/, '') : 'Kết quả tự chấm điểm',
      };
    });
    return saveDraft(strapi, actor, {
      existing,
      uniqueKey,
      kind: 'proposal',
      year: b.year,
      jurisdiction: j,
      fields: {
        content: { planNumber: plan?.number ?? null, units, replaces: replaced?.cited ?? null },
        title: `Tờ trình đề nghị công nhận đơn vị điển hình năm ${b.year}`,
        subject: `proposal:${j.slug}:${b.year}`,
        recipients: ['people_committee'],
        replaces: replaced?.id ?? null,
      },
      after: {
        units: units.length,
        registrations: rows.map((r) => r.documentId),
        replaces: b.replaces ?? null,
      },
    });
  }

  return { def, draft };
}

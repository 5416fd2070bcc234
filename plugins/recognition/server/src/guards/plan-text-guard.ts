// A plan is published only if every reference in its text names one of its rules: otherwise the
// PDF would print "{han:…}" where a date belongs. Dates written out by hand are only warned
// about, in the confirmation before publishing (they may be anniversaries, not deadlines). Its
// report duties must be well formed and name dates its calendar has.
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { checkPlanText, planReferences, type PlanTextRow } from '../../../shared/domain/plan-text';
import { reportDutyProblems } from '../../../shared/domain/reports';
import { PLAN } from '../constants/uids';

export const planTextPopulate = {
  jurisdiction: true,
  sections: { populate: ['blocks'] },
  calendar: true,
  targets: true,
  dossierParts: true,
} as const;

export function guardPlanText(strapi: Core.Strapi): void {
  strapi.documents.use(async (ctx, next) => {
    if (ctx.uid !== 'api::plan.plan' || ctx.action !== 'publish') return next();
    const documentId = (ctx.params as { documentId?: string }).documentId;
    // A draft is not held to the content type's required fields until it is published: it is
    // read as the text checker reads any plan, every part optional.
    const draft = documentId
      ? ((await strapi
          .documents(PLAN)
          .findOne({ documentId, status: 'draft', populate: planTextPopulate as never })) as
          | (PlanTextRow & { documentId: string })
          | null)
      : null;
    if (draft) {
      const duties = reportDutyProblems(
        (draft as { reportDuties?: unknown }).reportDuties,
        (draft as { calendar?: { kind?: string | null }[] }).calendar ?? [],
      );
      if (duties.length)
        throw new errors.ValidationError(`Không xuất bản được kế hoạch: ${duties.join(' ')}`);
      const { unknownRefs } = checkPlanText(draft);
      if (unknownRefs.length) {
        const offered =
          planReferences(draft)
            .map((r) => r.token)
            .join(', ') || 'không có';
        const list = unknownRefs.map((f) => `${f.where}: ${f.text}`).join('; ');
        throw new errors.ValidationError(
          `Không xuất bản được kế hoạch: tham chiếu không có trong quy định của kế hoạch (${list}). Các tham chiếu dùng được: ${offered}.`,
        );
      }
    }
    return next();
  });
}

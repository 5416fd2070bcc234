// Which plan version governs existing registrations. A registration keeps the rules of the
// version published when it registered; an editor applies a newer published version to a
// jurisdiction's year on purpose, and that act is audited with the rules before and after.
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { canonicalJson } from '../../../shared/domain/audit-chain';
import { planChanges, type PlanShape } from '../../../shared/domain/plan-changes';
import { planRulesOf } from '../../../shared/domain/plan-rules';
import { checkPlanText, planReferences, type PlanTextRow } from '../../../shared/domain/plan-text';
import { closedStates, recognisedStates } from '../../../shared/domain/states';
import { planTextPopulate } from '../guards';
import type { Actor } from '../../../shared/domain/workflow';
import { checkActorScope } from '../../../shared/domain/scope';
import { DomainFailure, unwrap } from '../errors';
import { lockKey } from '../utils';
import { registrationRepository } from '../workflow';
import { clockService } from './';
import { auditService } from '../audit';
import { JURISDICTION, PLAN, REGISTRATION } from '../constants/uids';
import { withoutKeys } from '../../../shared/domain/copy';
import { placeOf } from '../guards';
import { jurisdictionRow, parseRow } from '../rows';

type AnyPlan = PlanShape & PlanTextRow & { documentId: string; number: string };
/** A published plan copied whole: the fields the copy reads, and every other one kept as it is. */
const copied = z.looseObject({
  documentId: z.string(),
  number: z.string(),
  firstYear: z.number(),
  jurisdiction: jurisdictionRow,
});

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** How many registrations of the year are bound to rules other than the published plan's now. */
  async outdated(jurisdiction: string, year: number) {
    const j = await strapi.db.query(JURISDICTION).findOne({ where: { slug: jurisdiction } });
    if (!j) throw new DomainFailure('not-found', `Không có tỉnh / thành phố "${jurisdiction}".`);
    const plan = await registrationRepository(strapi).planFor(j.documentId, year);
    if (!plan)
      throw new DomainFailure(
        'not-found',
        `Chưa có kế hoạch đã ban hành của ${j.name} áp dụng cho năm ${year}.`,
      );
    const rules = planRulesOf(plan);
    const regs = await strapi.db.query(REGISTRATION).findMany({
      where: { year, unit: { jurisdiction: { id: j.id } } },
      select: ['id', 'documentId', 'rules', 'uniqueKey'],
      populate: { unit: { select: ['code'] } },
    });
    // Compared key-order-free: PostgreSQL's jsonb does not keep the order the rules were written in.
    const same = (a: unknown) =>
      canonicalJson({ ...(a as object), publishedAt: null }) ===
      canonicalJson({ ...rules, publishedAt: null });
    return {
      jurisdiction: j,
      plan,
      rules,
      regs: regs.filter((r: { rules: unknown }) => !same(r.rules)),
    };
  },

  /** Binds every registration of the year to the currently published plan's rules; audited per registration. */
  async applyToYear(actor: Actor, jurisdiction: string, year: number) {
    return strapi.db.transaction(async () => {
      await lockKey(strapi, `recognition:plan-apply:${jurisdiction}:${year}`);
      const { plan, rules, regs } = await this.outdated(jurisdiction, year);
      const at = clockService(strapi).now();
      for (const r of regs) {
        await lockKey(strapi, `recognition:registration:${r.documentId}`);
        await strapi.db
          .query(REGISTRATION)
          .update({ where: { id: r.id }, data: { rules, plan: plan.id } });
        await auditService(strapi).appendBy(
          actor,
          {
            action: 'plan.apply',
            subjectType: 'registration',
            subjectId: r.documentId,
            unitCode: r.unit?.code ?? null,
            jurisdiction,
            before: { rules: r.rules ?? null },
            after: { rules },
          },
          at,
        );
      }
      return { plan: plan.number, publishedAt: rules.publishedAt, applied: regs.length };
    });
  },

  /**
   * What publishing a plan's draft would do, for the confirmation the editor reads first: what it
   * changes against the version in force, the text's references (refused if unknown), dates
   * written out that the calendar does not hold,
   * and the registrations still in progress under this plan, which keep their rules until the
   * new version is applied to their year.
   */
  async publishCheck(actor: Actor, documentId: string) {
    // The draft and the version in force, whole, so that the confirmation says what changes.
    const populate = {
      ...planTextPopulate,
      eligibility: true,
      signer: true,
      recipients: true,
      legalBases: true,
    };
    // A draft is not held to the required fields until it is published: both versions are read
    // as the change list and the text checker read any plan, every part optional.
    const read = async (status: 'draft' | 'published') =>
      (await strapi
        .documents(PLAN)
        .findOne({ documentId, status, populate: populate as never })) as AnyPlan | null;
    const draft = await read('draft');
    if (!draft) throw new DomainFailure('not-found', 'Không tìm thấy kế hoạch.');
    const published = await read('published');
    unwrap(checkActorScope(actor, placeOf(PLAN, draft), `Kế hoạch ${draft.number}`));
    const { unknownRefs, unmatchedDates } = checkPlanText(draft);
    const done = [...closedStates, ...recognisedStates];
    const live = await strapi.db
      .query(REGISTRATION)
      .findMany({ where: { plan: { documentId }, state: { $notIn: done } }, select: ['year'] });
    const years = new Map<number, number>();
    for (const r of live as { year: number }[]) years.set(r.year, (years.get(r.year) ?? 0) + 1);
    return {
      number: draft.number,
      changes: planChanges(published ?? null, draft),
      references: planReferences(draft),
      unknownRefs,
      unmatchedDates,
      liveRegistrations: {
        total: live.length,
        years: [...years].sort((a, b) => a[0] - b[0]).map(([year, count]) => ({ year, count })),
      },
    };
  },

  /**
   * A published plan carried to another year as a new draft (rules and text), for the editor to
   * change what changed and publish: from then on it governs that year and the years after. The
   * copy is written through the document service, so the province guard and the audit log apply.
   */
  async copyToYear(actor: Actor, slug: string, toYear: number) {
    const [found] = await strapi.documents(PLAN).findMany({
      filters: { slug },
      status: 'published',
      limit: 1,
      populate: {
        jurisdiction: true,
        sections: { populate: ['blocks'] },
        signer: true,
        recipients: true,
        legalBases: true,
        calendar: true,
        targets: true,
        eligibility: true,
        dossierParts: true,
      } as never,
    });
    const src = parseRow(copied, found);
    if (!src)
      throw new DomainFailure('not-found', `Không có kế hoạch đã ban hành với mã "${slug}".`);
    unwrap(checkActorScope(actor, placeOf(PLAN, src), `Kế hoạch ${src.number}`));
    if (toYear <= src.firstYear)
      throw new DomainFailure(
        'invalid-input',
        `Năm áp dụng của bản sao phải sau năm ${src.firstYear} của kế hoạch gốc.`,
      );
    const newSlug = `${slug.replace(/-\d{4}$/, '')}-${toYear}`;
    if ((await strapi.documents(PLAN).findMany({ filters: { slug: newSlug }, limit: 1 })).length)
      throw new DomainFailure(
        'invalid-input',
        `Đã có kế hoạch "${newSlug}"; sửa bản đó thay vì sao chép lại.`,
      );
    // Components are copied as values: their ids belong to the original.
    const strip = <T>(v: T): T => withoutKeys(v, ['id']);
    const {
      id: _id,
      documentId: _doc,
      createdAt: _c,
      updatedAt: _u,
      publishedAt: _p,
      locale: _l,
      localizations: _z,
      createdBy: _cb,
      updatedBy: _ub,
      jurisdiction,
      ...fields
    } = src;
    const created = await strapi.documents(PLAN).create({
      data: {
        ...strip(fields),
        slug: newSlug,
        firstYear: toYear,
        jurisdiction: jurisdiction.documentId,
      } as never,
    });
    return {
      documentId: created.documentId,
      slug: newSlug,
      firstYear: toYear,
      status: 'draft' as const,
    };
  },
});

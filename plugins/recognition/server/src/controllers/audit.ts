// Admin routes of the audit log: a unit's history, and the chain check.
import { staffScope, type Ctx } from './context';
import type { Core } from '@strapi/strapi';
import { chainScope, checkScope } from '../../../shared/domain/scope';
import { DomainFailure, parseInput, unwrap } from '../errors';
import { pageBody } from '../pagination';
import { auditExportService, auditService } from '../audit';
import { actorsService } from '../people';
import {
  auditBrowseQuery,
  auditVerifyQuery,
  historyQuery,
  queueQuery,
} from '../../../shared/contracts/requests';
import { z } from 'zod';
import { REGISTRATION, UNIT } from '../constants/uids';
import { placeOf, placePopulate } from '../guards';

const exportQuery = queueQuery.extend({
  format: z.enum(['xlsx', 'pdf'], { message: 'là "xlsx" hoặc "pdf"' }).default('xlsx'),
});

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async history(ctx: Ctx) {
    const q = parseInput(historyQuery, ctx.query);
    if (!q.unit && !q.registration)
      throw new DomainFailure(
        'invalid-input',
        'Cần tham số "unit" (mã đơn vị) hoặc "registration".',
      );
    // The history of a unit or registration is shown only to staff of its province.
    const unit = q.unit
      ? await strapi.db
          .query(UNIT)
          .findOne({ where: { code: q.unit }, populate: placePopulate(UNIT) })
      : (
          await strapi.db.query(REGISTRATION).findOne({
            where: { documentId: q.registration },
            populate: { unit: { populate: placePopulate(UNIT) } },
          })
        )?.unit;
    if (!unit)
      throw new DomainFailure(
        'not-found',
        q.unit ? `Không có đơn vị mã "${q.unit}".` : 'Không tìm thấy hồ sơ.',
      );
    unwrap(checkScope(staffScope(ctx), placeOf(UNIT, unit), `Lịch sử của ${unit.name}`));
    ctx.body = {
      data: await auditService(strapi).history(
        q.unit ? { unitCode: q.unit } : { subjectId: q.registration },
      ),
    };
  },
  /** The log of a jurisdiction's year, as XLSX or as a signed PDF annex (the export is audited). */
  async export(ctx: Ctx) {
    const { jurisdiction, year, format } = parseInput(exportQuery, ctx.query);
    const actor = actorsService(strapi).staff(ctx.state);
    const out =
      format === 'pdf'
        ? await auditExportService(strapi).pdf(actor, jurisdiction, year)
        : await auditExportService(strapi).xlsx(actor, jurisdiction, year);
    ctx.set(
      'Content-Type',
      format === 'pdf'
        ? 'application/pdf'
        : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    ctx.set('Content-Disposition', `attachment; filename="${out.filename}"`);
    ctx.body = 'buffer' in out ? out.buffer : out.stream;
  },
  /** A province's year of events, filtered and paged (the in-jurisdiction policy checks the province). */
  async browse(ctx: Ctx) {
    const q = parseInput(auditBrowseQuery, ctx.query);
    ctx.body = pageBody(q, await auditService(strapi).browse(q.jurisdiction, q.year, q));
  },
  /** One step of the chain check (about 20 s at most); the page calls again with `resume` until done. */
  async verify(ctx: Ctx) {
    const { jurisdiction, ...opts } = parseInput(auditVerifyQuery, ctx.query);
    // Staff of a province check (and see the counts of) their province's chain only.
    const scoped = unwrap(chainScope(staffScope(ctx), jurisdiction));
    if ('choose' in scoped)
      throw new DomainFailure(
        'invalid-input',
        `Cần chọn tỉnh / thành phố để kiểm tra nhật ký (tham số "jurisdiction": ${scoped.choose.join(', ')}).`,
      );
    const { chain } = scoped;
    ctx.body = {
      data: {
        ...(await auditService(strapi).verify({ ...opts, chain })),
        chain: chain ?? null,
      },
    };
  },
});

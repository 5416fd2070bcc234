// The police's request for a report the plan does not set (an ad-hoc report "khi có yêu cầu"):
// its label, period, due day and cut-off, the tiers that owe it and where the province's report
// goes; recorded and audited, it is a duty of the year from then on (duties.ts).
import type { Core } from '@strapi/strapi';
import { reportRequestInput } from '../../../shared/domain/reports';
import { checkScope } from '../../../shared/domain/scope';
import { auditService } from '../audit';
import { clockService } from '../config';
import { REPORT_REQUEST } from '../constants/uids';
import { parseInput, unwrap } from '../errors';
import type { StaffActor } from '../people';
import { reportDuties } from './duties';

export function reportRequests(strapi: Core.Strapi) {
  const duties = reportDuties(strapi);
  const now = () => clockService(strapi).now();
  /** A report the plan does not set, asked of the province's tiers with its own due date. */
  return async function request(actor: StaffActor, slug: string, input: unknown) {
    unwrap(checkScope(actor.scope, slug, 'Yêu cầu báo cáo'));
    const r = parseInput(reportRequestInput, input);
    const place = await duties.place(slug);
    const row = await strapi.db.query(REPORT_REQUEST).create({
      data: { ...r, jurisdiction: place.id, requestedBy: actor.personId ?? actor.id },
    });
    await auditService(strapi).appendBy(
      actor,
      {
        action: 'report-request.create',
        subjectType: 'report-request',
        subjectId: row.documentId,
        jurisdiction: slug,
        before: null,
        after: r,
      },
      now(),
    );
    return { key: `request:${row.documentId}`, ...r };
  };
}

// The draft decision a recognition joins: the one the approver chose, a new one when asked,
// otherwise the year's latest draft, made when there is none; under the year's decision lock,
// which issuing takes too.
import type { Core } from '@strapi/strapi';
import { randomUUID } from 'node:crypto';
import type { DecisionStatus } from '../../../shared/domain/status-machines';
import { DECISION, JURISDICTION } from '../constants/uids';
import { DomainFailure } from '../errors';
import { lockKey } from '../utils';

type Scope = { documentId: string };

/** The lock of a province's year of decisions: drafting, issuing and decisions issued at once take it first. */
export const yearLock = (jurisdiction: string, year: number) =>
  `recognition:decision:${jurisdiction}:${year}`;

export function draftFinder(strapi: Core.Strapi) {
  /**
   * The draft a recognition joins (call inside the caller's transaction): the one chosen, a new
   * one when asked, otherwise the year's latest draft, made when there is none.
   */
  return async function draftFor(
    jurisdiction: Scope,
    year: number,
    choice: { decision?: string; fresh?: boolean } = {},
  ) {
    await lockKey(strapi, yearLock(jurisdiction.documentId, year));
    const where = {
      jurisdiction: { documentId: jurisdiction.documentId },
      year,
      kind: 'recognition',
      status: 'draft' satisfies DecisionStatus,
    };
    if (choice.decision) {
      const chosen = await strapi.db
        .query(DECISION)
        .findOne({ where: { ...where, documentId: choice.decision } });
      if (!chosen)
        throw new DomainFailure(
          'decision-invalid',
          `Quyết định được chọn không phải dự thảo quyết định công nhận năm ${year} của tỉnh / thành phố này.`,
          { field: 'decision' },
        );
      return chosen;
    }
    if (!choice.fresh) {
      const latest = await strapi.db.query(DECISION).findOne({ where, orderBy: { id: 'desc' } });
      if (latest) return latest;
    }
    const row = await strapi.db
      .query(JURISDICTION)
      .findOne({ where: { documentId: jurisdiction.documentId }, select: ['id'] });
    return strapi.db.query(DECISION).create({
      data: {
        jurisdiction: row.id,
        year,
        kind: 'recognition',
        status: 'draft',
        uniqueKey: `draft:${randomUUID()}`,
      },
    });
  };
}

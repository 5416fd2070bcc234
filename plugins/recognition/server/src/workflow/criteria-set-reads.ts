// The criteria sets a registration is judged by: the one a unit's kind and year call for (its
// province's own before the national ones), and a registration's set with its whole definition.
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import type { CriteriaSetDef } from '../../../shared/domain/scoring';
import { kindFlags, isUnitKind } from '../../../shared/domain/units';
import { CRITERIA_SET } from '../constants/uids';
import { parseRows } from '../rows';

const criteriaPopulate = {
  groups: { populate: { criteria: { populate: ['subItems'] } } },
  threshold: true,
} as const;

/** A criteria set as a registration is judged by it. */
export type BoundCriteriaSet = CriteriaSetDef & {
  documentId: string;
  code: string;
  title: string;
  version: number;
  isSample?: boolean;
};

export function criteriaSets(strapi: Core.Strapi) {
  /**
   * A criteria set in use never changes: registering locks it (criteria-sets.ts), and a locked set
   * is refused to every editor (cms/src/lib/criteria-lock.ts). Its definition (groups, criteria,
   * sub-items, threshold: five queries) is therefore read once per process and kept.
   */
  const lockedSets = new Map<number, BoundCriteriaSet>();
  async function criteriaSetOf(
    ref: { id: number; lockedAt?: unknown } | null,
  ): Promise<BoundCriteriaSet | null> {
    if (!ref) return null;
    const kept = lockedSets.get(ref.id);
    if (kept && ref.lockedAt) return kept;
    const set = (await strapi.db
      .query(CRITERIA_SET)
      .findOne({ where: { id: ref.id }, populate: criteriaPopulate })) as BoundCriteriaSet | null;
    if (set && ref.lockedAt) {
      if (lockedSets.size >= 500) lockedSets.delete(lockedSets.keys().next().value!);
      lockedSets.set(ref.id, set);
    }
    return set;
  }

  async function criteriaSetFor(
    unit: { kind: string; jurisdiction: { documentId: string } },
    year: number,
  ) {
    if (!isUnitKind(unit.kind)) return undefined;
    const found = await strapi.documents(CRITERIA_SET).findMany({
      filters: {
        [kindFlags[unit.kind]]: true,
        effectiveFrom: { $lte: `${year}-12-31` },
        $or: [{ effectiveTo: { $null: true } }, { effectiveTo: { $gte: `${year}-01-01` } }],
      },
      populate: { jurisdiction: true },
      // A set really loaded (an imported official one) takes over from the sample structures.
      sort: [{ isSample: 'asc' }, { version: 'desc' }],
    });
    const sets = parseRows(
      z.object({
        id: z.number(),
        documentId: z.string(),
        code: z.string(),
        version: z.number(),
        jurisdiction: z.object({ documentId: z.string() }).nullish(),
      }),
      found,
    );
    // A jurisdiction's own sets replace the national ones for its units.
    const own = sets.filter((s) => s.jurisdiction?.documentId === unit.jurisdiction.documentId);
    return (own.length ? own : sets.filter((s) => !s.jurisdiction))[0];
  }

  return { criteriaSetOf, criteriaSetFor };
}

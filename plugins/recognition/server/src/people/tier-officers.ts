// The officers of the tiers below the province: a commune's (UBND xã, Công an xã) and a
// department's (sở, ban, ngành). Each account is a membership of its commune's or department's
// own unit; its scope is a grant of that tier, so every check and list that asks the scope sees
// exactly the organisations the commune manages or the units the department directs.
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { tierScope, type Scope } from '../../../shared/domain/scope';
import { tierUnitMismatch } from '../../../shared/domain/units';
import type { Actor } from '../../../shared/domain/workflow';
import { MEMBERSHIP } from '../constants/uids';
import { DomainFailure } from '../errors';
import { parseRow } from '../rows';

export const tierRoles = ['commune_officer', 'department_officer'] as const;
export type TierRole = (typeof tierRoles)[number];

export type TierOfficerActor = Actor & {
  role: TierRole;
  /** The commune's or department's own unit. */
  unitId: string;
  unitCode: string;
  unitName: string;
  unitKind: string;
  jurisdictionSlug: string;
  scope: Scope;
};

const membership = z.object({
  role: z.enum(tierRoles),
  unit: z
    .object({
      documentId: z.string(),
      code: z.string(),
      name: z.string(),
      kind: z.string(),
      jurisdiction: z.object({ slug: z.string() }).nullish(),
    })
    .nullish(),
});

/** The tier officer behind a portal account, or a refusal naming what the account lacks. */
export async function tierOfficerOf(
  strapi: Core.Strapi,
  user: { id: number; email: string },
  personOf: (user: number) => Promise<{ documentId: string }>,
): Promise<TierOfficerActor> {
  const m = parseRow(
    membership,
    await strapi.db.query(MEMBERSHIP).findOne({
      where: { user: { id: user.id }, role: { $in: [...tierRoles] } },
      populate: { unit: { populate: ['jurisdiction'] } },
    }),
  );
  const slug = m?.unit?.jurisdiction?.slug;
  if (!m?.unit || !slug)
    throw new DomainFailure(
      'not-member',
      'Tài khoản chưa được phân công làm cán bộ của xã, phường hay sở, ban, ngành nào.',
    );
  const mismatch = tierUnitMismatch(m.role, m.unit);
  if (mismatch) throw new DomainFailure('not-member', mismatch);
  const person = await personOf(user.id);
  return {
    id: user.email.toLowerCase(),
    personId: person.documentId,
    role: m.role,
    unitId: m.unit.documentId,
    unitCode: m.unit.code,
    unitName: m.unit.name,
    unitKind: m.unit.kind,
    jurisdictionSlug: slug,
    scope: tierScope(m.role === 'commune_officer' ? 'commune' : 'department', slug, m.unit.code),
  };
}

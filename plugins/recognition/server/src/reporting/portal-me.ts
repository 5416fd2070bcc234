// Who is signed in to the portal, as the portal needs to know: the role held (a unit's officer, a
// commune's or a department's, or a council member), the unit, or the provinces of the councils.
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import type { me } from '../../../shared/contracts/portal-responses';
import { roleLabels } from '../../../shared/domain/states';
import { MEMBERSHIP } from '../constants/uids';
import { DomainFailure } from '../errors';
import { parseRows } from '../rows';

type Me = z.infer<typeof me>;
const place = z.object({ slug: z.string(), name: z.string() });
const membershipRow = z.object({
  role: z.string(),
  unit: z
    .object({ code: z.string(), name: z.string(), kind: z.string(), jurisdiction: place })
    .nullish(),
  jurisdiction: place.nullish(),
});

const unitRoles = ['unit_officer', 'commune_officer', 'department_officer'] as const;

export function portalMe(strapi: Core.Strapi) {
  /** Who is signed in, as the portal needs to know: role, unit or provinces. */
  return async function me(
    user: { id: number; email: string; username?: string } | undefined,
  ): Promise<Me> {
    if (!user) throw new DomainFailure('unauthenticated', 'Cần đăng nhập.');
    const rows = parseRows(
      membershipRow,
      await strapi.db.query(MEMBERSHIP).findMany({
        where: { user: { id: user.id } },
        populate: { unit: { populate: ['jurisdiction'] }, jurisdiction: true },
      }),
    );
    // A unit's officer, a commune's or a department's (its own unit), or a council member.
    const held = rows.find((r) => r.unit && unitRoles.includes(r.role as never));
    const officer = held?.unit;
    const councils = rows.flatMap((r) =>
      r.role === 'council_member' && r.jurisdiction ? [r.jurisdiction] : [],
    );
    if (!officer && !councils.length)
      throw new DomainFailure(
        'not-member',
        'Tài khoản chưa được phân công làm cán bộ đơn vị hay thành viên hội đồng.',
      );
    const role = held ? (held.role as (typeof unitRoles)[number]) : ('council_member' as const);
    return {
      email: user.email,
      username: user.username ?? user.email,
      role,
      roleLabel: roleLabels[role],
      unit: officer
        ? {
            code: officer.code,
            name: officer.name,
            kind: officer.kind,
            jurisdiction: { slug: officer.jurisdiction.slug, name: officer.jurisdiction.name },
          }
        : null,
      jurisdictions: (officer ? [officer.jurisdiction] : councils).map((j) => ({
        slug: j.slug,
        name: j.name,
      })),
    };
  };
}

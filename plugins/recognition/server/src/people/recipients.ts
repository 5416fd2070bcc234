// Who a notice goes to, by what they hold: a unit's officers, the council members of a province's
// year, and the staff of a province in one role (their admin accounts).
import type { Core } from '@strapi/strapi';
import { registrationRepository } from '../workflow';
import { z } from 'zod';
import { MEMBERSHIP, PERSON, USER } from '../constants/uids';
import { parseRows } from '../rows';

const account = z.object({ id: z.number(), email: z.string() });
const portalUser = account.extend({ blocked: z.boolean().nullish() });
const officerRow = z.object({ user: portalUser.nullish() });
const memberRow = z.object({ user: z.object({ id: z.number() }).nullish() });
const staffRow = z.object({
  adminUser: account
    .extend({ isActive: z.boolean().nullish(), roles: z.array(z.object({ code: z.string() })) })
    .nullish(),
});

/** A portal user, or (admin: true) a staff member's admin account. */
export type Recipient = { id: number; email: string; admin?: boolean };

export function recipientsOf(strapi: Core.Strapi) {
  /** A unit's officers (its own, or a commune's or department's officers of their tier). */
  async function officersOf(
    unitDocumentId: string,
    role: 'unit_officer' | 'commune_officer' | 'department_officer' = 'unit_officer',
  ): Promise<Recipient[]> {
    const rows = await strapi.db.query(MEMBERSHIP).findMany({
      where: { role, unit: { documentId: unitDocumentId } },
      populate: { user: { select: ['id', 'email', 'blocked'] } },
    });
    return parseRows(officerRow, rows)
      .map((r) => r.user)
      .filter((u) => !!u && !u.blocked)
      .map((u) => ({ id: u!.id, email: u!.email }));
  }

  async function councilMembersOf(
    jurisdictionDocumentId: string,
    year: number,
  ): Promise<Recipient[]> {
    const council = await registrationRepository(strapi).councilOf(jurisdictionDocumentId, year);
    if (!council?.memberEmails.length) return [];
    const users = parseRows(
      account,
      await strapi.db.query(USER).findMany({
        where: { email: { $in: council.memberEmails }, blocked: false },
        select: ['id', 'email'],
      }),
    );
    const members = await strapi.db.query(MEMBERSHIP).findMany({
      where: {
        role: 'council_member',
        user: { id: { $in: users.map((u) => u.id) } },
        jurisdiction: { documentId: jurisdictionDocumentId },
      },
      populate: { user: { select: ['id'] } },
    });
    const allowed = new Set(parseRows(memberRow, members).map((m) => m.user?.id));
    return users.filter((u) => allowed.has(u.id));
  }

  /** The active admin accounts of a province's staff in one role ("dienhinh-secretariat", "dienhinh-approver"). */
  async function staffOf(jurisdictionSlug: string, roleCode: string): Promise<Recipient[]> {
    const people = await strapi.db.query(PERSON).findMany({
      where: { jurisdictions: { slug: jurisdictionSlug }, adminUser: { id: { $notNull: true } } },
      populate: {
        adminUser: {
          select: ['id', 'email', 'isActive'],
          populate: { roles: { select: ['code'] } },
        },
      },
    });
    return parseRows(staffRow, people)
      .map((p) => p.adminUser)
      .filter((u) => !!u?.isActive && u.roles.some((r) => r.code === roleCode))
      .map((u) => ({ id: u!.id, email: u!.email, admin: true }));
  }

  /** Writes one notice per recipient now, and e-mails them after the transaction commits. */

  return { officersOf, councilMembersOf, staffOf };
}

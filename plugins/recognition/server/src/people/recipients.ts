// Who a notice goes to, by what they hold: a unit's officers, the council members of a province's
// year, and the staff of a province in one role (their admin accounts).
import type { Core } from '@strapi/strapi';
import { registrationRepository } from '../workflow';
import { MEMBERSHIP, PERSON, USER } from '../constants/uids';

/** A portal user, or (admin: true) a staff member's admin account. */
export type Recipient = { id: number; email: string; admin?: boolean };

export function recipientsOf(strapi: Core.Strapi) {
  async function officersOf(unitDocumentId: string): Promise<Recipient[]> {
    const rows = await strapi.db.query(MEMBERSHIP).findMany({
      where: { role: 'unit_officer', unit: { documentId: unitDocumentId } },
      populate: { user: { select: ['id', 'email', 'blocked'] } },
    });
    return rows.map((r: any) => r.user).filter((u: any) => u && !u.blocked);
  }

  async function councilMembersOf(
    jurisdictionDocumentId: string,
    year: number,
  ): Promise<Recipient[]> {
    const council = await registrationRepository(strapi).councilOf(jurisdictionDocumentId, year);
    if (!council?.memberEmails.length) return [];
    const users = await strapi.db.query(USER).findMany({
      where: { email: { $in: council.memberEmails }, blocked: false },
      select: ['id', 'email'],
    });
    const members = await strapi.db.query(MEMBERSHIP).findMany({
      where: {
        role: 'council_member',
        user: { id: { $in: users.map((u: any) => u.id) } },
        jurisdiction: { documentId: jurisdictionDocumentId },
      },
      populate: { user: { select: ['id'] } },
    });
    const allowed = new Set(members.map((m: any) => m.user?.id));
    return users.filter((u: any) => allowed.has(u.id));
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
    return people
      .map((p: any) => p.adminUser)
      .filter(
        (u: any) =>
          u?.isActive && (u.roles ?? []).some((r: { code: string }) => r.code === roleCode),
      )
      .map((u: any) => ({ id: u.id, email: u.email, admin: true }));
  }

  /** Writes one notice per recipient now, and e-mails them after the transaction commits. */

  return { officersOf, councilMembersOf, staffOf };
}

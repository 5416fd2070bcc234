// Who is acting: a users-permissions user (unit officer or council member, through their
// memberships) or an admin user (editor, secretariat, approver). Behind every account is one
// person record (made on first use when a super admin has not made it); the person, not the
// e-mail, is who four-eyes and separation of duties compare, so a changed e-mail changes nothing
// and one person's admin and portal accounts count as one.
import type { Core } from '@strapi/strapi';
import { everywhere, nationalScope, only, type Scope } from '../../../shared/domain/scope';
import type { Actor, Role } from '../../../shared/domain/workflow';
import { DomainFailure } from '../errors';
import { lockKey } from '../utils';
import { MEMBERSHIP, PERSON } from '../constants/uids';
import { perRequest, twinPerson } from './persons';
import { tierOfficerOf, type TierOfficerActor } from './tier-officers';
import { adminRoles } from './roles';

export type OfficerActor = Actor & {
  role: 'unit_officer';
  unitId: string;
  unitCode: string;
  jurisdictionSlug: string;
};
export type CouncilActor = Actor & { role: 'council_member'; jurisdictionSlugs: string[] };
export type StaffActor = Actor & {
  role: 'secretariat' | 'approver' | 'editor' | 'ministry' | 'home_affairs';
  scope: Scope;
};
type AdminUser = { id: number; email: string; roles?: { code: string }[] };
/**
 * The signed-in caller of the request a document-service call or a lifecycle runs within, as
 * Strapi keeps it (none for the plugin's own services, seeds and jobs); `admin` for a staff login.
 */
export function requestCaller(strapi: Core.Strapi): { user: AdminUser; admin: boolean } | null {
  const req = strapi.requestContext.get() as
    | { state?: { user?: Partial<AdminUser>; auth?: { strategy?: { name?: string } } } }
    | undefined;
  const user = req?.state?.user;
  if (typeof user?.id !== 'number' || typeof user.email !== 'string') return null;
  return {
    // The very object on the request: per-request answers are keyed by it (perRequest below).
    user: user as AdminUser,
    admin: req?.state?.auth?.strategy?.name === 'admin',
  };
}

/** What the in-jurisdiction policy leaves on ctx.state for the controllers. */
export type StaffState = { user?: AdminUser; staffScope?: Scope; staffPersonId?: string };

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const officers = new WeakMap<object, Promise<OfficerActor>>();
  const councilMembers = new WeakMap<object, Promise<CouncilActor>>();
  const tierOfficers = new WeakMap<object, Promise<TierOfficerActor>>();
  return {
    /** The person behind an account: found, or made once (under a lock, so never twice). */
    async personOf(
      account: { adminUser: number } | { user: number },
      fullName: string,
    ): Promise<{ documentId: string; jurisdictions?: { slug: string }[] }> {
      const where =
        'adminUser' in account
          ? { adminUser: { id: account.adminUser } }
          : { user: { id: account.user } };
      // The provinces a person works on make a staff member's scope; a portal account's scope is its memberships.
      const populate = 'adminUser' in account ? ['jurisdictions'] : [];
      const find = () => strapi.db.query(PERSON).findOne({ where, populate });
      const found = await find();
      if (found) return found;
      return strapi.db.transaction(async () => {
        await lockKey(
          strapi,
          `recognition:person:${'adminUser' in account ? `a${account.adminUser}` : `u${account.user}`}`,
        );
        const again = await find();
        if (again) return again;
        // One person whatever accounts they hold: the other kind of account with the same e-mail
        // is this person's, and the new account joins that person instead of making a second one.
        const twin = await twinPerson(strapi, account);
        if (twin)
          return strapi.db
            .query(PERSON)
            .update({ where: { id: twin.id }, data: account, populate });
        return strapi.db.query(PERSON).create({
          data: { fullName: fullName.slice(0, 200) || 'Người dùng', ...account },
          populate,
        });
      });
    },

    async officer(user: { id: number; email: string } | undefined): Promise<OfficerActor> {
      if (!user) throw new DomainFailure('unauthenticated', 'Cần đăng nhập.');
      return perRequest(officers, user, () => this.officerOf(user));
    },

    async officerOf(user: { id: number; email: string }): Promise<OfficerActor> {
      const m = await strapi.db.query(MEMBERSHIP).findOne({
        where: { user: { id: user.id }, role: 'unit_officer' },
        populate: { unit: { populate: ['jurisdiction'] } },
      });
      if (!m?.unit)
        throw new DomainFailure(
          'not-member',
          'Tài khoản chưa được phân công làm cán bộ của đơn vị nào.',
        );
      const person = await this.personOf(
        { user: user.id },
        (user as { username?: string }).username ?? user.email,
      );
      return {
        id: user.email.toLowerCase(),
        personId: person.documentId,
        role: 'unit_officer',
        unitId: m.unit.documentId,
        unitCode: m.unit.code,
        jurisdictionSlug: m.unit.jurisdiction?.slug,
      };
    },

    /** A commune's or a department's officer (people/tier-officers.ts). */
    async tierOfficer(
      user: { id: number; email: string; username?: string } | undefined,
    ): Promise<TierOfficerActor> {
      if (!user) throw new DomainFailure('unauthenticated', 'Cần đăng nhập.');
      return perRequest(tierOfficers, user, () =>
        tierOfficerOf(strapi, user, (id) =>
          this.personOf({ user: id }, user.username ?? user.email),
        ),
      );
    },

    async councilMember(user: { id: number; email: string } | undefined): Promise<CouncilActor> {
      if (!user) throw new DomainFailure('unauthenticated', 'Cần đăng nhập.');
      return perRequest(councilMembers, user, () => this.councilMemberOf(user));
    },

    async councilMemberOf(user: { id: number; email: string }): Promise<CouncilActor> {
      const rows = await strapi.db.query(MEMBERSHIP).findMany({
        where: { user: { id: user.id }, role: 'council_member' },
        populate: ['jurisdiction'],
      });
      if (!rows.length)
        throw new DomainFailure(
          'not-member',
          'Tài khoản không phải thành viên hội đồng thẩm định.',
        );
      const person = await this.personOf(
        { user: user.id },
        (user as { username?: string }).username ?? user.email,
      );
      return {
        id: user.email.toLowerCase(),
        personId: person.documentId,
        role: 'council_member',
        jurisdictionSlugs: rows
          .map((r: { jurisdiction?: { slug: string } }) => r.jurisdiction?.slug)
          .filter((s: string | undefined): s is string => !!s),
      };
    },

    /** The caller as the role a route is for; staff need the scope the route's policy loaded. */
    async as(state: StaffState, role: Exclude<Role, 'editor'>): Promise<Actor> {
      if (role === 'unit_officer') return this.officer(state.user);
      if (role === 'council_member') return this.councilMember(state.user);
      if (role === 'commune_officer' || role === 'department_officer')
        return this.tierOfficer(state.user);
      return this.admin(state, role);
    },

    /** The provinces an admin user may work on: all for a super admin, else their person record's. */
    async staffScope(user: AdminUser | undefined): Promise<Scope> {
      return (await this.staffOf(user)).scope;
    },

    /** An admin user's person and the provinces they may work on (a super admin: all). */
    async staffOf(user: AdminUser | undefined): Promise<{ scope: Scope; personId: string }> {
      if (!user) throw new DomainFailure('unauthenticated', 'Cần đăng nhập quản trị.');
      const u = user as AdminUser & { firstname?: string; lastname?: string };
      const person = await this.personOf(
        { adminUser: user.id },
        [u.firstname, u.lastname].filter(Boolean).join(' ') || user.email,
      );
      if (user.roles?.some((r) => r.code === 'strapi-super-admin'))
        return { scope: everywhere, personId: person.documentId };
      // The Ministry's accounts read every province: their role, not a list of provinces, says so.
      if (user.roles?.some((r) => r.code === adminRoles.ministry.code))
        return { scope: nationalScope, personId: person.documentId };
      return { scope: this.grantsOf(person), personId: person.documentId };
    },

    /** The scope a person's stored assignments give (the provinces they work on). */
    grantsOf(person: { jurisdictions?: { slug: string }[] } | null): Scope {
      return only((person?.jurisdictions ?? []).map((j) => j.slug));
    },

    /** A staff member's scope as stored, read only (for the Content Manager's condition). */
    async storedScope(adminUserId: number): Promise<Scope> {
      const person = await strapi.db
        .query(PERSON)
        .findOne({ where: { adminUser: { id: adminUserId } }, populate: ['jurisdictions'] });
      return this.grantsOf(person);
    },

    /** A staff caller in whichever staff role they hold (for acts open to every staff role, e.g. previews). */
    staff(state: StaffState): StaffActor {
      const codes = (state.user?.roles ?? []).map((r) => r.code);
      const role = codes.includes('dienhinh-approver')
        ? 'approver'
        : codes.includes('dienhinh-secretariat')
          ? 'secretariat'
          : codes.includes(adminRoles.ministry.code)
            ? 'ministry'
            : codes.includes(adminRoles.home_affairs.code)
              ? 'home_affairs'
              : 'editor';
      return this.admin(state, role);
    },

    /**
     * The caller in the first of these staff roles they hold (a super admin holds every one), or
     * null: for a step whose roles depend on what it acts on (an act's kind says who issues it).
     */
    staffIn(state: StaffState, allowed: readonly Role[]): StaffActor | null {
      const codes = (state.user?.roles ?? []).map((r) => r.code);
      const all = codes.includes('strapi-super-admin');
      const role = (
        ['approver', 'secretariat', 'editor', 'ministry', 'home_affairs'] as const
      ).find((r) => allowed.includes(r) && (all || codes.includes(adminRoles[r].code)));
      return role ? this.admin(state, role) : null;
    },

    /** A staff actor of these provinces for work done outside a request (the demo seed, tests). */
    provinceStaff(email: string, role: StaffActor['role'], provinces: string[]): StaffActor {
      return this.admin({ user: { id: 0, email } as AdminUser, staffScope: only(provinces) }, role);
    },

    /** A staff caller; `state.staffScope` is set by the in-jurisdiction policy on every admin route. */
    admin(state: StaffState, role: StaffActor['role']): StaffActor {
      if (!state.user) throw new DomainFailure('unauthenticated', 'Cần đăng nhập quản trị.');
      if (!state.staffScope) throw new Error('admin route without the in-jurisdiction policy');
      return {
        id: state.user.email.toLowerCase(),
        role,
        scope: state.staffScope,
        ...(state.staffPersonId ? { personId: state.staffPersonId } : {}),
      };
    },
  };
};

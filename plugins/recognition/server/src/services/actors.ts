// Who is acting: a users-permissions user (unit officer or council member, through their
// memberships) or an admin user (secretariat, approver). People are identified by e-mail across
// both, so that four-eyes holds when one person has both kinds of account.
import type { Core } from '@strapi/strapi';
import { everywhere, only, type Scope } from '../domain/scope';
import type { Actor, Role } from '../domain/workflow';
import { DomainFailure } from '../errors';

const MEMBERSHIP = 'plugin::recognition.membership';
const PERSON = 'plugin::recognition.person';

export type OfficerActor = Actor & { role: 'unit_officer'; unitId: string; unitCode: string; jurisdictionSlug: string };
export type CouncilActor = Actor & { role: 'council_member'; jurisdictionSlugs: string[] };
export type StaffActor = Actor & { role: 'secretariat' | 'approver' | 'editor'; scope: Scope };
type AdminUser = { id: number; email: string; roles?: { code: string }[] };

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async officer(user: { id: number; email: string } | undefined): Promise<OfficerActor> {
    if (!user) throw new DomainFailure('unauthenticated', 'Cần đăng nhập.');
    const m = await strapi.db.query(MEMBERSHIP).findOne({
      where: { user: { id: user.id }, role: 'unit_officer' },
      populate: { unit: { populate: ['jurisdiction'] } },
    });
    if (!m?.unit) throw new DomainFailure('not-member', 'Tài khoản chưa được phân công làm cán bộ của đơn vị nào.');
    return { id: user.email.toLowerCase(), role: 'unit_officer', unitId: m.unit.documentId, unitCode: m.unit.code, jurisdictionSlug: m.unit.jurisdiction?.slug };
  },

  async councilMember(user: { id: number; email: string } | undefined): Promise<CouncilActor> {
    if (!user) throw new DomainFailure('unauthenticated', 'Cần đăng nhập.');
    const rows = await strapi.db.query(MEMBERSHIP).findMany({ where: { user: { id: user.id }, role: 'council_member' }, populate: ['jurisdiction'] });
    if (!rows.length) throw new DomainFailure('not-member', 'Tài khoản không phải thành viên hội đồng thẩm định.');
    return { id: user.email.toLowerCase(), role: 'council_member', jurisdictionSlugs: rows.map((r: { jurisdiction?: { slug: string } }) => r.jurisdiction?.slug).filter((s: string | undefined): s is string => !!s) };
  },

  /** The caller as the role a route is for; staff need the scope the route's policy loaded. */
  async as(state: { user?: AdminUser; staffScope?: Scope }, role: Exclude<Role, 'editor'>): Promise<Actor> {
    if (role === 'unit_officer') return this.officer(state.user);
    if (role === 'council_member') return this.councilMember(state.user);
    return this.admin(state, role);
  },

  /** The provinces an admin user may work on: all for a super admin, else their person record's. */
  async staffScope(user: AdminUser | undefined): Promise<Scope> {
    if (!user) throw new DomainFailure('unauthenticated', 'Cần đăng nhập quản trị.');
    if (user.roles?.some((r) => r.code === 'strapi-super-admin')) return everywhere;
    const person = await strapi.db.query(PERSON).findOne({ where: { adminUser: { id: user.id } }, populate: ['jurisdictions'] });
    return only((person?.jurisdictions ?? []).map((j: { slug: string }) => j.slug));
  },

  /** A staff caller in whichever staff role they hold (for acts open to every staff role, e.g. previews). */
  staff(state: { user?: AdminUser; staffScope?: Scope }): StaffActor {
    const codes = (state.user?.roles ?? []).map((r) => r.code);
    const role = codes.includes('dienhinh-approver') ? 'approver' : codes.includes('dienhinh-secretariat') ? 'secretariat' : 'editor';
    return this.admin(state, role);
  },

  /** A staff caller; `state.staffScope` is set by the in-jurisdiction policy on every admin route. */
  admin(state: { user?: AdminUser; staffScope?: Scope }, role: StaffActor['role']): StaffActor {
    if (!state.user) throw new DomainFailure('unauthenticated', 'Cần đăng nhập quản trị.');
    if (!state.staffScope) throw new Error('admin route without the in-jurisdiction policy');
    return { id: state.user.email.toLowerCase(), role, scope: state.staffScope };
  },
});

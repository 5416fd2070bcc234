// Who is acting: a users-permissions user (unit officer or council member, through their
// memberships) or an admin user (secretariat, approver). People are identified by e-mail across
// both, so that four-eyes holds when one person has both kinds of account.
import type { Core } from '@strapi/strapi';
import type { Actor, Role } from '../domain/workflow';
import { DomainFailure } from '../errors';

const MEMBERSHIP = 'plugin::recognition.membership';

export type OfficerActor = Actor & { role: 'unit_officer'; unitId: string; unitCode: string; jurisdictionSlug: string };
export type CouncilActor = Actor & { role: 'council_member'; jurisdictionSlugs: string[] };

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

  /** The caller as the role a route is for. */
  async as(user: { id: number; email: string } | undefined, role: Exclude<Role, 'editor'>): Promise<Actor> {
    if (role === 'unit_officer') return this.officer(user);
    if (role === 'council_member') return this.councilMember(user);
    return this.admin(user, role);
  },

  admin(user: { id: number; email: string } | undefined, role: Extract<Role, 'secretariat' | 'approver' | 'editor'>): Actor {
    if (!user) throw new DomainFailure('unauthenticated', 'Cần đăng nhập quản trị.');
    return { id: user.email.toLowerCase(), role };
  },
});

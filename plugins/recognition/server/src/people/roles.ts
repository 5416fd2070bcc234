// The roles the workflow needs, made sure of at every boot: users-permissions roles for unit
// officers and council members (with exactly the content-API actions they may call), and
// admin roles for the editor, the secretariat and the approver (with the plugin's actions).
import type { Core } from '@strapi/strapi';
import { CONDITION, ensureScopeConditions } from '../guards';
import { contentApiActions, staffActions } from '../routes';

export const contentApiRoles = {
  'unit-officer': {
    name: 'Cán bộ đơn vị',
    description:
      'Cán bộ của xã, phường, cơ quan, doanh nghiệp, cơ sở giáo dục: đăng ký, tự chấm điểm, nộp hồ sơ',
    actions: contentApiActions('officer'),
  },
  'council-member': {
    name: 'Thành viên hội đồng thẩm định',
    description: 'Khai báo xung đột lợi ích và chấm điểm thẩm định',
    actions: contentApiActions('council-member'),
  },
  'tier-officer': {
    name: 'Cán bộ xã, phường hoặc sở, ban, ngành',
    description:
      'Theo dõi các đơn vị do xã quản lý hoặc do sở, ban, ngành chỉ đạo; đăng ký thay cho đơn vị',
    actions: contentApiActions('tier'),
  },
};

export const adminRoles = {
  editor: {
    code: 'dienhinh-editor',
    name: 'Biên tập viên',
    description: 'Kế hoạch, bộ tiêu chí, danh sách đơn vị',
    actions: [
      'read',
      'units.import',
      'accounts.import',
      'results.import',
      'dashboard.read',
      'plans.apply',
    ],
  },
  secretariat: {
    code: 'dienhinh-secretariat',
    name: 'Thư ký (Công an)',
    description: 'Hội đồng thẩm định, cuộc họp, đề nghị công nhận',
    actions: [
      'read',
      staffActions.secretariat,
      'accounts.import',
      'results.import',
      'audit.read',
      'dashboard.read',
      'reports.export',
      'commendations',
    ],
  },
  approver: {
    code: 'dienhinh-approver',
    name: 'Người phê duyệt',
    description: 'Công nhận, không công nhận, thu hồi, gia hạn',
    actions: [
      'read',
      staffActions.approver,
      'audit.read',
      'dashboard.read',
      'reports.export',
      'commendations',
    ],
  },
  // Sở Nội vụ: the commendation register of its province and the appraisal of the proposals for
  // the chair's Bằng khen; no dossier, evidence file or workflow step.
  home_affairs: {
    code: 'dienhinh-home-affairs',
    name: 'Sở Nội vụ',
    description: 'Thẩm định đề nghị khen thưởng (Bằng khen của Chủ tịch Ủy ban nhân dân)',
    actions: ['commendations'],
  },
  // The Ministry (Cục Xây dựng phong trào bảo vệ an ninh Tổ quốc, V05): every province's figures
  // and reports, read only; no dossier, evidence file or workflow step (scope: national grant).
  ministry: {
    code: 'dienhinh-ministry',
    name: 'Bộ Công an (Cục V05)',
    description: 'Theo dõi số liệu, chỉ tiêu và báo cáo của các tỉnh, thành phố (chỉ đọc)',
    actions: ['dashboard.read', 'reports.export', 'reports.import'],
  },
} as const;

export async function ensureRoles(strapi: Core.Strapi): Promise<void> {
  const UP_ROLE = 'plugin::users-permissions.role';
  const UP_PERMISSION = 'plugin::users-permissions.permission';
  for (const [type, def] of Object.entries(contentApiRoles)) {
    const role =
      (await strapi.db.query(UP_ROLE).findOne({ where: { type } })) ??
      (await strapi.db
        .query(UP_ROLE)
        .create({ data: { type, name: def.name, description: def.description } }));
    const have = new Set(
      (await strapi.db.query(UP_PERMISSION).findMany({ where: { role: { id: role.id } } })).map(
        (p: { action: string }) => p.action,
      ),
    );
    // users-permissions' own change of password, with the session rule (people/portal-sessions.ts).
    for (const action of [
      ...def.actions.map((a) => `plugin::recognition.${a}`),
      'plugin::users-permissions.auth.changePassword',
    ]) {
      if (!have.has(action))
        await strapi.db.query(UP_PERMISSION).create({ data: { action, role: role.id } });
    }
  }

  const roleService = strapi.service('admin::role');
  // Strapi makes its default roles (Super Admin, Editor, Author) only while no role exists; the
  // plugin may boot first, so it asks for them before adding its own.
  await roleService.createRolesIfNoneExist();
  // Strapi's default Editor and Author get rights on every content type that exists when they
  // are made, the plugin's workflow records included; those belong to the plugin's own roles.
  await strapi.db.query('admin::permission').deleteMany({
    where: {
      role: { code: { $in: ['strapi-editor', 'strapi-author'] } },
      subject: { $startsWith: 'plugin::recognition.' },
    },
  });
  const ADMIN_PERMISSION = 'admin::permission';
  for (const def of Object.values(adminRoles)) {
    const role =
      (await strapi.db.query('admin::role').findOne({ where: { code: def.code } })) ??
      (await roleService.create({ name: def.name, code: def.code, description: def.description }));
    const have = new Set(
      (await strapi.db.query(ADMIN_PERMISSION).findMany({ where: { role: { id: role.id } } })).map(
        (p: { action: string }) => p.action,
      ),
    );
    const missing = def.actions.map((a) => `plugin::recognition.${a}`).filter((a) => !have.has(a));
    if (missing.length)
      await roleService.addPermissions(
        role.id,
        missing.map((action) => ({ action, subject: null, properties: {}, conditions: [] })),
      );
    if (def.code === adminRoles.editor.code) await ensureEditorContent(strapi, role.id);
  }
  await ensureScopeConditions(strapi);
}

/** The types an editor keeps in the Content Manager (their own provinces' records only), and jurisdictions to read. */
export const editorContentTypes = [
  'api::plan.plan',
  'api::criteria-set.criteria-set',
  'api::unit.unit',
  'api::unit-result.unit-result',
];

async function ensureEditorContent(strapi: Core.Strapi, roleId: number): Promise<void> {
  const cmActions = strapi
    .service('admin::permission')
    .actionProvider.values()
    .filter((a: { section: string }) => a.section === 'contentTypes');
  const wanted = (
    strapi.service('admin::content-type').getPermissionsWithNestedFields(cmActions) as {
      action: string;
      subject: string;
      properties: unknown;
    }[]
  ).filter(
    (p) =>
      editorContentTypes.includes(p.subject) ||
      (p.subject === 'api::jurisdiction.jurisdiction' &&
        p.action === 'plugin::content-manager.explorer.read'),
  );
  const have = new Set(
    (await strapi.db.query('admin::permission').findMany({ where: { role: { id: roleId } } })).map(
      (p: { action: string; subject: string | null }) => `${p.action} ${p.subject}`,
    ),
  );
  const missing = wanted.filter((p) => !have.has(`${p.action} ${p.subject}`));
  if (missing.length)
    await strapi.service('admin::role').addPermissions(
      roleId,
      missing.map((p) => ({ ...p, conditions: [CONDITION] })),
    );
}

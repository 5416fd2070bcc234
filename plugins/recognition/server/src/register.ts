import type { Core } from '@strapi/strapi';
import { registerNameCleaning } from './clean-names';
import { auditContentChanges } from './audit';
import { guardJurisdictionWrites, guardPlanText, guardWorkflowRecords } from './guards';
import { registerOpenApi } from './openapi';
import { registerVietnameseErrors } from './vietnamese-errors';
import { watchPortalSessions } from './people';

/** Permission actions the plugin's admin routes and pages ask for. */
export const permissionActions = [
  {
    section: 'plugins',
    displayName: 'Xem danh sách công nhận',
    uid: 'read',
    pluginName: 'recognition',
  },
  {
    section: 'plugins',
    displayName: 'Nhập danh sách đơn vị',
    uid: 'units.import',
    pluginName: 'recognition',
  },
  {
    section: 'plugins',
    displayName: 'Nhập tài khoản cán bộ đơn vị và thành viên hội đồng (gửi thư mời)',
    uid: 'accounts.import',
    pluginName: 'recognition',
  },
  {
    section: 'plugins',
    displayName: 'Nhập kết quả năm của đơn vị (An toàn về ANTT, xếp loại phong trào)',
    uid: 'results.import',
    pluginName: 'recognition',
  },
  {
    section: 'plugins',
    displayName: 'Áp dụng phiên bản kế hoạch cho cả năm',
    uid: 'plans.apply',
    pluginName: 'recognition',
  },
  {
    section: 'plugins',
    displayName: 'Hội đồng, thẩm định, đề nghị công nhận',
    uid: 'appraisal.manage',
    pluginName: 'recognition',
  },
  {
    section: 'plugins',
    displayName: 'Phê duyệt: công nhận, không công nhận, thu hồi, gia hạn',
    uid: 'approve',
    pluginName: 'recognition',
  },
  { section: 'plugins', displayName: 'Xem nhật ký', uid: 'audit.read', pluginName: 'recognition' },
  {
    section: 'plugins',
    displayName: 'Xem bảng theo dõi',
    uid: 'dashboard.read',
    pluginName: 'recognition',
  },
  {
    section: 'plugins',
    displayName: 'Xuất báo cáo',
    uid: 'reports.export',
    pluginName: 'recognition',
  },
  {
    section: 'plugins',
    displayName: 'Nhận báo cáo từ hệ thống của tỉnh',
    uid: 'reports.import',
    pluginName: 'recognition',
  },
  {
    section: 'plugins',
    displayName: 'Khen thưởng: sổ khen thưởng, đề nghị và thẩm định',
    uid: 'commendations',
    pluginName: 'recognition',
  },
];

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  await strapi.service('admin::permission').actionProvider.registerMany(permissionActions);
  watchPortalSessions(strapi);
  guardWorkflowRecords(strapi);
  guardJurisdictionWrites(strapi);
  guardPlanText(strapi);
  // After the guards: only writes they let through are recorded.
  auditContentChanges(strapi);
  registerNameCleaning(strapi);
  registerOpenApi(strapi);
  registerVietnameseErrors(strapi);
};

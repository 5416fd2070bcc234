import type { Core } from '@strapi/strapi';

/** Permission actions the plugin's admin routes and pages ask for. */
export const permissionActions = [
  { section: 'plugins', displayName: 'Xem danh sách công nhận', uid: 'read', pluginName: 'recognition' },
  { section: 'plugins', displayName: 'Nhập danh sách đơn vị', uid: 'units.import', pluginName: 'recognition' },
];

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  await strapi.service('admin::permission').actionProvider.registerMany(permissionActions);
};

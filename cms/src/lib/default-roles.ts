// Strapi creates three admin roles with English names and descriptions. They are renamed in
// Vietnamese once, only while they still read as Strapi wrote them (an administrator's own
// wording stays).
import type { Core } from '@strapi/strapi';

const vietnamese: Record<string, { from: string; name: string; description: string }> = {
  'strapi-super-admin': {
    from: 'Super Admins can access and manage all features and settings.',
    name: 'Quản trị hệ thống',
    description: 'Toàn quyền với mọi chức năng và thiết lập.',
  },
  'strapi-editor': {
    from: 'Editors can manage and publish contents including those of other users.',
    name: 'Biên tập nội dung (mặc định)',
    description: 'Quản lý và xuất bản mọi nội dung, kể cả của người khác.',
  },
  'strapi-author': {
    from: 'Authors can manage the content they have created.',
    name: 'Tác giả (mặc định)',
    description: 'Quản lý nội dung do mình tạo.',
  },
};

export async function vietnameseDefaultRoles(strapi: Core.Strapi): Promise<number> {
  let changed = 0;
  for (const [code, v] of Object.entries(vietnamese)) {
    const role = await strapi.db.query('admin::role').findOne({ where: { code } });
    if (!role || role.description !== v.from) continue;
    await strapi.db
      .query('admin::role')
      .update({ where: { id: role.id }, data: { name: v.name, description: v.description } });
    changed++;
  }
  return changed;
}

// The content manager's views configured at boot from admin-labels.ts: Vietnamese labels on
// fields whose label is still the attribute name (an editor's own wording is never overwritten),
// the field naming each repeatable component, and the fields shown read-only.
import type { Core } from '@strapi/strapi';
import { adminLabels, mainFields, readOnlyFields } from './admin-labels';

export async function applyAdminLabels(strapi: Core.Strapi): Promise<number> {
  const cm = strapi.plugin('content-manager');
  let changed = 0;
  for (const [uid, fields] of Object.entries(adminLabels)) {
    const isComponent = !uid.includes('::');
    if (isComponent ? !strapi.components[uid as never] : !strapi.contentTypes[uid as never]) continue;
    const service = cm.service(isComponent ? 'components' : 'content-types');
    const conf = await service.findConfiguration({ uid });
    let dirty = false;
    if (mainFields[uid] && conf.settings?.mainField !== mainFields[uid]) {
      conf.settings = { ...conf.settings, mainField: mainFields[uid] };
      dirty = true;
    }
    for (const [field, label] of Object.entries(fields)) {
      const meta = conf.metadatas?.[field];
      if (!meta) continue;
      if (meta.edit && (!meta.edit.label || meta.edit.label === field)) {
        meta.edit.label = label;
        dirty = true;
      }
      if (meta.list && (!meta.list.label || meta.list.label === field)) {
        meta.list.label = label;
        dirty = true;
      }
      if (meta.edit && readOnlyFields[uid]?.includes(field) && meta.edit.editable !== false) {
        meta.edit.editable = false;
        dirty = true;
      }
    }
    if (dirty) {
      await service.updateConfiguration({ uid }, { settings: conf.settings, metadatas: conf.metadatas, layouts: conf.layouts });
      changed++;
    }
  }
  return changed;
}

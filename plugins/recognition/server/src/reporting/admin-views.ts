// The content manager's views, configured at the app's boot (cms/src/index.ts, after every plugin
// has synced its configurations) from the domain's field labels: Vietnamese labels on fields whose
// label is still the attribute name (an editor's own wording is never overwritten), the field
// naming each repeatable component, and the fields shown read-only.
import type { Core } from '@strapi/strapi';
import { fieldLabels } from '../../../shared/domain/field-labels';

/**
 * The field that names each item of a repeatable component in the edit form (the accordion's
 * title): the plan's sections by their heading and its blocks by the start of their text, not
 * by "I" or an empty number.
 */
export const mainFields: Record<string, string> = {
  'plan.section': 'heading',
  'plan.block': 'text',
  'plan.deadline': 'label',
  'plan.target': 'label',
  'plan.dossier-part': 'label',
  'criteria.group': 'title',
  'criteria.criterion': 'title',
  'criteria.sub-item': 'title',
  'document.signer': 'name',
  'document.legal-basis': 'reference',
  'document.recipient': 'text',
};

/** Fields shown but never edited in the content manager: the lock is written by the workflow. */
export const readOnlyFields: Record<string, string[]> = {
  'api::criteria-set.criteria-set': ['lockedAt', 'lockedReason'],
};

async function apply(strapi: Core.Strapi): Promise<number> {
  const cm = strapi.plugin('content-manager');
  let changed = 0;
  for (const [uid, fields] of Object.entries(fieldLabels)) {
    const isComponent = !uid.includes('::');
    if (isComponent ? !strapi.components[uid as never] : !strapi.contentTypes[uid as never])
      continue;
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
      await service.updateConfiguration(
        { uid },
        { settings: conf.settings, metadatas: conf.metadatas, layouts: conf.layouts },
      );
      changed++;
    }
  }
  return changed;
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Applies the labels; returns how many views changed. */
  apply: () => apply(strapi),
});

// Vietnamese labels of every field of every content type, as data: the admin's content manager
// shows them (reporting/admin-views.ts, cms/src/admin/app.tsx) and the history page names each
// changed field with them (audit-diff.ts). Pure.

import { appLabels } from './labels/app';
import { partsLabels } from './labels/parts';
import { reportLabels } from './labels/reports';
import { workflowLabels } from './labels/workflow';

export const fieldLabels: Record<string, Record<string, string>> = {
  ...appLabels,
  ...workflowLabels,
  ...reportLabels,
  ...partsLabels,
};

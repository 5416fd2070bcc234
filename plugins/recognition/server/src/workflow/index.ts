// The workflow room: a registration's year from registering to the council, through one apply
// pipeline (workflow.ts) over the registration repository; marks, papers typed by the staff,
// evidence files and the private store they live in; what an actor may do now.
import type { Core } from '@strapi/strapi';
import type filesFactory from './files';
import type marksFactory from './marks';
import type paperFactory from './paper';
import type privateFilesFactory from './private-files';
import type registrationsFactory from './registrations';
import type workflowFactory from './workflow';
import { pluginService } from '../utils';
export { allowedFor } from './allowed-for';
export type { FileRef, Registration } from './registrations';
export { countByProvince } from './year-counts';
export { registrationListRow } from './registration-row';

export const filesService = (strapi: Core.Strapi) =>
  pluginService<typeof filesFactory>(strapi, 'files');
export const marksService = (strapi: Core.Strapi) =>
  pluginService<typeof marksFactory>(strapi, 'marks');
export const paperService = (strapi: Core.Strapi) =>
  pluginService<typeof paperFactory>(strapi, 'paper');
export const privateFilesService = (strapi: Core.Strapi) =>
  pluginService<typeof privateFilesFactory>(strapi, 'private-files');
export const registrationRepository = (strapi: Core.Strapi) =>
  pluginService<typeof registrationsFactory>(strapi, 'repository');
export const workflowService = (strapi: Core.Strapi) =>
  pluginService<typeof workflowFactory>(strapi, 'workflow');
export { uploadStore, UPLOAD_TABLE } from './upload-store';

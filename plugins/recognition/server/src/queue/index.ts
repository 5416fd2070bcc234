// The queue room: certificate batches issued in the background, in process or on PostgreSQL
// through pg-boss, with the job service the rest of the plugin calls.
import type { Core } from '@strapi/strapi';
import type jobsFactory from './jobs';
import { pluginService } from '../utils';

export const jobsService = (strapi: Core.Strapi) =>
  pluginService<typeof jobsFactory>(strapi, 'jobs');

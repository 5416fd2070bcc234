import type { Core } from '@strapi/strapi';
import { getService } from './utils';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  // The queue first: a job in hand finishes before the Chromium pool goes away.
  await getService(strapi, 'jobs').stop();
  await getService(strapi, 'pdf').close();
};

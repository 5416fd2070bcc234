import type { Core } from '@strapi/strapi';
import { jobsService } from './queue';
import { pdfService } from './documents';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  // The queue first: a job in hand finishes before the Chromium pool goes away.
  await jobsService(strapi).stop();
  await pdfService(strapi).close();
};

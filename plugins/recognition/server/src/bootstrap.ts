import type { Core } from '@strapi/strapi';
import { ensureRoles } from './roles';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  await ensureRoles(strapi);
};

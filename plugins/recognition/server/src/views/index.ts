// The views room: the public pages anyone may open without an account, the register of
// recognised units and the verification page of a certificate.
import type { Core } from '@strapi/strapi';
import type publicRegisterFactory from './public-register';
import { pluginService } from '../utils';
export { renderRegisterPage } from './public-register-page';
export { renderOfflineShell, renderVerificationPage } from './verify-page';

export const publicRegisterService = (strapi: Core.Strapi) =>
  pluginService<typeof publicRegisterFactory>(strapi, 'public-register');

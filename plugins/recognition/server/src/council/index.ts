// The council room: councils, their members and meetings (quorum, votes, minutes), and each
// member's marks on a dossier, drafts included.
import type { Core } from '@strapi/strapi';
import type councilScoringFactory from './council-scoring';
import type councilsFactory from './councils';
import { pluginService } from '../utils';

export const councilScoringService = (strapi: Core.Strapi) =>
  pluginService<typeof councilScoringFactory>(strapi, 'council-scoring');
export const councilsService = (strapi: Core.Strapi) =>
  pluginService<typeof councilsFactory>(strapi, 'councils');

import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::criteria-set.criteria-set');

import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::criteria-set.criteria-set');

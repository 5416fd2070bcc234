import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::unit-result.unit-result');

// The recognition plugin's server entry: scoring and approval of model units.
import bootstrap from './bootstrap';
import contentTypes from './content-types';
import controllers from './controllers';
import destroy from './destroy';
import middlewares from './middlewares';
import policies from './policies';
import register from './register';
import routes from './routes';
import services from './services';

export default {
  register,
  bootstrap,
  destroy,
  config: { default: {}, validator: () => {} },
  contentTypes,
  controllers,
  routes,
  services,
  policies,
  middlewares,
};

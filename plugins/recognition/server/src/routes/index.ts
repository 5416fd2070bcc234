// Content-API routes live under /api/recognition (users-permissions JWT, checked per action
// against the user's role), admin routes under /recognition (admin JWT plus the plugin's
// permission actions, then the caller's jurisdiction scope). Every route that moves a registration also asks the machine first
// (policy "allowed-event"), as the role the machine names for that event.
import { adminRoutes } from './admin';
import { contentApiRoutes } from './content-api';
import { publicRoutes } from './public';

export { staffActions } from './builders';
export { contentApiActions, contentApiRoutes } from './content-api';

export default {
  'content-api': { type: 'content-api', routes: contentApiRoutes },
  public: publicRoutes,
  admin: adminRoutes,
};

import forgotPassword from './forgot-password';
import loginThrottle from './login-throttle';
import mediaGuard from './media-guard';
import metrics from './metrics';
import portalSessions from './portal-sessions';

export default {
  'forgot-password': forgotPassword,
  'login-throttle': loginThrottle,
  'media-guard': mediaGuard,
  metrics,
  'portal-sessions': portalSessions,
};

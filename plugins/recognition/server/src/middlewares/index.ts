import loginThrottle from './login-throttle';
import mediaGuard from './media-guard';

export default { 'login-throttle': loginThrottle, 'media-guard': mediaGuard };

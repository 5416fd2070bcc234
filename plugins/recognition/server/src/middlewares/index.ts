import loginThrottle from './login-throttle';

export default { 'login-throttle': loginThrottle };

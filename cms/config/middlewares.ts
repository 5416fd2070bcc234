import { allowedOrigins } from '../src/lib/web-origins';

export default () => [
  'strapi::logger',
  'strapi::errors',
  // Every request timed by route group; /metrics answered here, behind its token (plugin metrics).
  'plugin::recognition.metrics',
  // Brotli or gzip for every compressible answer (the admin's JavaScript, JSON, HTML, CSV): the
  // admin's 5.9 MB of scripts is about 1.6 MB on the wire. PDFs and XLSX are already compressed
  // and pass as they are; the portal's files come precompressed.
  'strapi::compression',
  // Strapi's helmet policy, plus frames of the admin's own PDFs (blob: URLs made from answers it
  // fetched with its token): without it the editor's side-by-side plan preview was a broken page.
  {
    name: 'strapi::security',
    config: { contentSecurityPolicy: { directives: { 'frame-src': ["'self'", 'blob:'] } } },
  },
  // Credentials only from the configured public URL(s): a foreign Origin gets no CORS allowance.
  { name: 'strapi::cors', config: { origin: allowedOrigins(process.env), credentials: true } },
  'strapi::query',
  'strapi::body',
  // Failed logins counted per account and per address in the database, so every node sees them.
  'plugin::recognition.login-throttle',
  // A portal token of an ended session (sign-out, password change or reset, block) is refused.
  'plugin::recognition.portal-sessions',
  // "Quên mật khẩu" answers alike for every address, whether or not its mail could be sent.
  'plugin::recognition.forgot-password',
  // SQLite only: requests admitted a few at a time, in arrival order (src/middlewares/request-gate.ts).
  // After the body parser, so that a client trickling its body holds no slot while it does.
  'global::request-gate',
  'strapi::session',
  'strapi::favicon',
  // Media Library uploads judged by content, and /uploads serving only images and PDFs (plugin media-guard).
  'plugin::recognition.media-guard',
  'strapi::public',
];

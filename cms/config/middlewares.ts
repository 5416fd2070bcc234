export default [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  'strapi::body',
  // Failed logins counted per account and per address in the database, so every node sees them.
  'plugin::recognition.login-throttle',
  // SQLite only: requests admitted a few at a time, in arrival order (src/middlewares/request-gate.ts).
  // After the body parser, so that a client trickling its body holds no slot while it does.
  'global::request-gate',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];

export default ({ env }) => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  url: env('PUBLIC_URL', ''),
  app: { keys: env.array('APP_KEYS') },
  logger: { updates: { enabled: false }, startup: { enabled: false } },
  // Runs the recognition plugin's daily reminders (DIENHINH_REMINDERS_CRON).
  cron: { enabled: env.bool('CRON_ENABLED', true) },
  // A client gets this long to send its headers and its whole request; the server checks every
  // second, so that slow or stalled clients are cut off and free their sockets.
  http: {
    serverOptions: {
      headersTimeout: env.int('DIENHINH_HEADERS_TIMEOUT_MS', 15000),
      requestTimeout: env.int('DIENHINH_REQUEST_TIMEOUT_MS', 120000),
      connectionsCheckingInterval: 1000,
    },
  },
});

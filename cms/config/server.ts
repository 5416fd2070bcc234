export default ({ env }) => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  url: env('PUBLIC_URL', ''),
  app: { keys: env.array('APP_KEYS') },
  logger: { updates: { enabled: false }, startup: { enabled: false } },
  // Runs the recognition plugin's daily reminders (DIENHINH_REMINDERS_CRON).
  cron: { enabled: env.bool('CRON_ENABLED', true) },
});

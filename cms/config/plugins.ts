import { smtpOptions } from '../src/lib/smtp-options';
export default ({ env }) => ({
  // The Media Library takes only what the product uses (seals, signatures, images, PDFs): an
  // uploaded HTML, SVG or script would be served from the app's own origin.
  upload: {
    config: {
      security: {
        // Strapi's own first check; the rule, by content, is the recognition plugin's media guard.
        allowedTypes: ['image/png', 'image/jpeg', 'image/webp', 'application/pdf'],
        deniedTypes: [
          'text/html',
          'image/svg+xml',
          'application/javascript',
          'text/javascript',
          'application/xhtml+xml',
          'text/xml',
          'application/xml',
        ],
      },
    },
  },
  'users-permissions': {
    // Plain JWTs ("legacy-support"): refresh-token sessions need secure cookies, which plain
    // HTTP on localhost cannot carry.
    // Its in-memory limiter counts every request per address on one node; a provincial office
    // logs in from behind one address, so it only stops floods. Failed logins are throttled per
    // account and per address across nodes by the recognition plugin (login-throttle).
    // A portal session lasts a working day at most (DIENHINH_PORTAL_SESSION_HOURS), and ends at
    // once on sign-out, password change or reset, or block (the recognition plugin's portal-sessions).
    config: {
      jwtSecret: env('JWT_SECRET'),
      jwtManagement: 'legacy-support',
      jwt: { expiresIn: `${env.int('DIENHINH_PORTAL_SESSION_HOURS', 12)}h` },
      ratelimit: { interval: 60_000, max: env.int('DIENHINH_LOGIN_REQUESTS_PER_MINUTE', 60) },
    },
  },
  // Mail leaves through an SMTP relay when SMTP_HOST is set (reminders to unit officers).
  email: env('SMTP_HOST')
    ? {
        config: {
          provider: 'nodemailer',
          // STARTTLS when offered, and required before any credentials are sent (src/lib/smtp-options.ts).
          providerOptions: smtpOptions(process.env),
          settings: {
            defaultFrom: env('MAIL_FROM', 'dienhinh@localhost'),
            defaultReplyTo: env('MAIL_FROM', 'dienhinh@localhost'),
          },
        },
      }
    : {},
  documentation: {
    enabled: true,
    config: {
      openapi: '3.0.0',
      info: {
        version: '1.0.0',
        title: 'dienhinh API',
        description:
          'Content API của dienhinh (cán bộ đơn vị, thành viên hội đồng: /api) và API quản trị (cán bộ tỉnh: /recognition): đăng ký, tự chấm điểm, hồ sơ, thẩm định, công nhận và giấy chứng nhận.',
        contact: { name: 'dienhinh', email: env('MAIL_FROM', 'dienhinh@localhost') },
        license: { name: 'Dùng nội bộ cơ quan nhà nước (UNLICENSED)' },
      },
      // The configured public address, not the port a server happened to listen on.
      servers: [
        {
          url: `${env('DIENHINH_PUBLIC_URL', 'http://localhost:1337').replace(/\/$/, '')}/api`,
          description: 'Content API',
        },
      ],
      'x-strapi-config': { plugins: ['recognition', 'users-permissions'] },
    },
  },
  recognition: {
    enabled: true,
    // Relative to the app root (cms/): the server loader and the admin bundler both read it so.
    resolve: '../plugins/recognition',
  },
});


export default ({ env }) => ({
  'users-permissions': {
    // Plain JWTs ("legacy-support"): refresh-token sessions need secure cookies, which plain
    // HTTP on localhost cannot carry.
    config: { jwtSecret: env('JWT_SECRET'), jwtManagement: 'legacy-support' },
  },
  recognition: {
    enabled: true,
    // Relative to the app root (cms/): the server loader and the admin bundler both read it so.
    resolve: '../plugins/recognition',
  },
});

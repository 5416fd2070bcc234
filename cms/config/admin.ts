export default ({ env }) => ({
  auth: { secret: env('ADMIN_JWT_SECRET') },
  apiToken: { salt: env('API_TOKEN_SALT') },
  transfer: { token: { salt: env('TRANSFER_TOKEN_SALT') } },
  secrets: { encryptionKey: env('ENCRYPTION_KEY') },
  flags: { nps: false, promoteEE: false },
  autoOpen: false,
  // Strapi's front-end preview panel ("Thiết lập xem trước") has no front end to show here: the
  // plan's preview is its PDF (the plugin's buttons and the Kế hoạch page).
  preview: { enabled: false },
});

// The pages and files anyone may open: verification (the QR code on each certificate points
// here), offline checking, the public register, the portal and the desk.
export const publicRoutes = {
  type: 'admin',
  prefix: '',
  routes: [
    // Offline checking (the QR code's signed payload): keys, revocation lists, the page and its worker; before /verify/:serial.
    {
      method: 'GET',
      path: '/verify/keys.json',
      handler: 'offline-verify.keys',
      config: { auth: false },
    },
    {
      method: 'GET',
      path: '/verify/audit-checkpoints',
      handler: 'offline-verify.auditCheckpoints',
      config: { auth: false },
    },
    // What a receiving installation (the Ministry's) keeps of a province's checkpoints, as a feed.
    {
      method: 'GET',
      path: '/verify/audit-checkpoints/received/:jurisdiction',
      handler: 'offline-verify.receivedCheckpoints',
      config: { auth: false },
    },
    {
      method: 'GET',
      path: '/verify/status/:jurisdiction',
      handler: 'offline-verify.statusList',
      config: { auth: false },
    },
    {
      method: 'GET',
      path: '/verify/offline',
      handler: 'offline-verify.shell',
      config: { auth: false },
    },
    {
      method: 'GET',
      path: '/verify/offline.js',
      handler: 'offline-verify.asset',
      config: { auth: false },
    },
    {
      method: 'GET',
      path: '/verify/sw.js',
      handler: 'offline-verify.asset',
      config: { auth: false },
    },
    {
      method: 'GET',
      path: '/verify/:serial/credential',
      handler: 'offline-verify.credential',
      config: { auth: false },
    },
    {
      method: 'GET',
      path: '/verify/:serial',
      handler: 'certificates.verify',
      config: { auth: false },
    },
    // The public register of a province's year: a page, and the same as .csv and .json.
    {
      method: 'GET',
      path: '/cong-nhan/:jurisdiction/:file',
      handler: 'public-register.year',
      config: { auth: false },
    },
    // The portal's page and assets; what it shows comes from the content API, each route checked there.
    { method: 'GET', path: '/portal', handler: 'portal-static.serve', config: { auth: false } },
    {
      method: 'GET',
      path: '/portal/(.*)',
      handler: 'portal-static.serve',
      config: { auth: false },
    },
    // The staff desk's page and assets; its pages call the admin routes, each checked there.
    { method: 'GET', path: '/desk', handler: 'desk-static.serve', config: { auth: false } },
    { method: 'GET', path: '/desk/(.*)', handler: 'desk-static.serve', config: { auth: false } },
  ],
};

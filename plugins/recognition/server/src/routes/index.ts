// Content-API routes live under /api/recognition, admin routes under /recognition.
export default {
  'content-api': {
    type: 'content-api',
    routes: [
      {
        method: 'GET',
        path: '/certificates/:serial/pdf',
        handler: 'certificates.download',
        // Certificates are public documents: anyone holding one may fetch and check it.
        config: { auth: false },
      },
    ],
  },
  admin: {
    type: 'admin',
    routes: [
      {
        method: 'GET',
        path: '/recognitions',
        handler: 'recognitions.list',
        config: {
          policies: [
            'admin::isAuthenticatedAdmin',
            { name: 'admin::hasPermissions', config: { actions: ['plugin::recognition.read'] } },
          ],
        },
      },
      {
        method: 'GET',
        path: '/jurisdictions',
        handler: 'unit-import.jurisdictions',
        config: { policies: ['admin::isAuthenticatedAdmin'] },
      },
      {
        method: 'POST',
        path: '/units/import',
        handler: 'unit-import.import',
        config: {
          policies: [
            'admin::isAuthenticatedAdmin',
            { name: 'admin::hasPermissions', config: { actions: ['plugin::recognition.units.import'] } },
          ],
        },
      },
    ],
  },
};

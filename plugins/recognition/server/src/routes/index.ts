// Content-API routes live under /api/recognition (users-permissions JWT, checked per action
// against the user's role), admin routes under /recognition (admin JWT plus the plugin's
// permission actions).
const admin = (method: string, path: string, handler: string, action: string) => ({
  method,
  path,
  handler,
  config: { policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [`plugin::recognition.${action}`] } }] },
});

const api = (method: string, path: string, handler: string) => ({ method, path, handler, config: {} });

export default {
  'content-api': {
    type: 'content-api',
    routes: [
      // Certificates are public documents: anyone holding one may fetch and check it.
      { method: 'GET', path: '/certificates/:serial/pdf', handler: 'certificates.download', config: { auth: false } },
      api('GET', '/registrations', 'officer.list'),
      api('POST', '/registrations', 'officer.register'),
      api('GET', '/registrations/:id', 'officer.find'),
      api('PUT', '/registrations/:id/self-scores', 'officer.selfScores'),
      api('POST', '/registrations/:id/evidence/:criterion', 'officer.evidence'),
      api('POST', '/registrations/:id/dossier/:part', 'officer.dossier'),
      api('POST', '/registrations/:id/submit', 'officer.submit'),
      api('GET', '/registrations/:id/deadlines', 'officer.deadlines'),
      api('GET', '/registrations/:id/certificate', 'officer.certificate'),
      api('POST', '/registrations/:id/conflicts', 'council-member.conflict'),
      api('PUT', '/registrations/:id/council-scores', 'council-member.scores'),
    ],
  },
  // The public verification page at the site root: the QR code on each certificate points here.
  public: {
    type: 'admin',
    prefix: '',
    routes: [{ method: 'GET', path: '/verify/:serial', handler: 'certificates.verify', config: { auth: false } }],
  },
  admin: {
    type: 'admin',
    routes: [
      admin('GET', '/recognitions', 'recognitions.list', 'read'),
      admin('POST', '/certificates/issue', 'recognitions.issueYear', 'approve'),
      admin('GET', '/certificates/status', 'recognitions.issueStatus', 'read'),
      { method: 'GET', path: '/jurisdictions', handler: 'unit-import.jurisdictions', config: { policies: ['admin::isAuthenticatedAdmin'] } },
      admin('POST', '/units/import', 'unit-import.import', 'units.import'),
      admin('GET', '/appraisal', 'appraisal.overview', 'appraisal.manage'),
      admin('POST', '/councils', 'appraisal.setUpCouncil', 'appraisal.manage'),
      admin('POST', '/meetings', 'appraisal.recordMeeting', 'appraisal.manage'),
      admin('POST', '/registrations/:id/start-appraisal', 'appraisal.startAppraisal', 'appraisal.manage'),
      admin('POST', '/registrations/:id/propose', 'appraisal.propose', 'appraisal.manage'),
      admin('POST', '/registrations/:id/not-propose', 'appraisal.notPropose', 'appraisal.manage'),
      admin('GET', '/approval-queue', 'approval.queue', 'approve'),
      admin('POST', '/recognise', 'approval.recognise', 'approve'),
      admin('POST', '/registrations/:id/reject', 'approval.reject', 'approve'),
      admin('POST', '/registrations/:id/revoke', 'approval.revoke', 'approve'),
      admin('POST', '/extensions', 'approval.extension', 'approve'),
      admin('GET', '/audit/history', 'audit.history', 'audit.read'),
      admin('GET', '/audit/verify', 'audit.verify', 'audit.read'),
      admin('GET', '/dashboard', 'oversight.dashboard', 'dashboard.read'),
      admin('GET', '/reports/:period', 'oversight.report', 'reports.export'),
      admin('POST', '/reminders/run', 'oversight.runReminders', 'appraisal.manage'),
      admin('GET', '/documents/:kind/:ref/pdf', 'documents.preview', 'read'),
    ],
  },
};

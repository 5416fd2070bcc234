// The portal's routes under /api/recognition, for officers, council members and the officers of
// communes and departments.
import { api, member, officer } from './builders';

export const contentApiRoutes = [
  // Certificates are public documents: anyone holding one may fetch and check it.
  {
    method: 'GET',
    path: '/certificates/:serial/pdf',
    handler: 'certificates.download',
    config: { auth: false },
  },
  api('GET', '/me', 'portal.me'),
  api('GET', '/home', 'officer.home'),
  api('GET', '/notifications', 'portal.notifications'),
  api('POST', '/notifications/read', 'portal.readNotifications'),
  api('POST', '/sessions/end', 'portal.signOut'),
  api('GET', '/registrations', 'officer.list'),
  api('POST', '/registrations', 'officer.register'),
  api('GET', '/registrations/:id', 'officer.find'),
  api('PUT', '/registrations/:id/self-scores', 'officer.selfScores', officer('self_assess')),
  api('POST', '/registrations/:id/evidence/:criterion', 'officer.evidence', officer('self_assess')),
  api('POST', '/registrations/:id/dossier/:part', 'officer.dossier', officer('self_assess')),
  api('GET', '/registrations/:id/files/:fileId', 'officer.file'),
  api('DELETE', '/registrations/:id/files/:fileId', 'officer.removeFile', officer('self_assess')),
  api('GET', '/registrations/:id/criteria', 'officer.criteria'),
  api('GET', '/registrations/:id/timeline', 'officer.timeline'),
  api('GET', '/registrations/:id/documents/:document', 'officer.document'),
  api('PUT', '/registrations/:id/forecast', 'officer.forecast', officer('forecast')),
  api('POST', '/registrations/:id/submit', 'officer.submit', officer('submit')),
  api('GET', '/registrations/:id/deadlines', 'officer.deadlines'),
  api('GET', '/registrations/:id/certificate', 'officer.certificate'),
  api('GET', '/council/registrations', 'council-member.list'),
  api('GET', '/council/registrations/:id', 'council-member.find'),
  api('GET', '/council/registrations/:id/criteria', 'council-member.criteria'),
  api('GET', '/council/registrations/:id/files/:fileId', 'council-member.file'),
  api(
    'POST',
    '/registrations/:id/conflicts',
    'council-member.conflict',
    member('declare_conflict'),
  ),
  api('PUT', '/registrations/:id/council-scores', 'council-member.scores', member('council_score')),
  // A commune's or a department's officer: its units, and registering one on its behalf.
  api('GET', '/tier/home', 'tier.home'),
  api('POST', '/tier/units/:code/registrations', 'tier.register'),
  api('GET', '/tier/reports', 'tier.reports'),
  api('GET', '/tier/reports/:key', 'tier.report'),
  api('PUT', '/tier/reports/:key', 'tier.saveReport'),
  api('POST', '/tier/reports/:key/submit', 'tier.submitReport'),
  api('POST', '/tier/reports/:key/attachments', 'tier.attachReport'),
  api('DELETE', '/tier/reports/:key/attachments/:fileId', 'tier.detachReport'),
  api('GET', '/tier/report-files/:id/:fileId', 'tier.reportFile'),
];

/** The content-API actions each users-permissions role is granted: derived from the routes' handlers ("portal." ones are every portal user's). */
export const contentApiActions = (prefix: 'officer' | 'council-member' | 'tier') =>
  contentApiRoutes
    .map((r) => r.handler)
    .filter((h) => h.startsWith(`${prefix}.`) || h.startsWith('portal.'));

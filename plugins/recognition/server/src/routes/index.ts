// Content-API routes live under /api/recognition (users-permissions JWT, checked per action
// against the user's role), admin routes under /recognition (admin JWT plus the plugin's
// permission actions, then the caller's jurisdiction scope). Every route that moves a registration also asks the machine first
// (policy "allowed-event"), as the role the machine names for that event.
import type { EventType, Role } from '../../../shared/domain/states';
import { rolesFor } from '../../../shared/domain/workflow';
import type { AllowedEventConfig } from '../policies/allowed-event';

/** The admin permission action each staff role's workflow steps need. */
export const staffActions = { secretariat: 'appraisal.manage', approver: 'approve' } as const;

const machine = (event: EventType, as: AllowedEventConfig['as']) => {
  if (!rolesFor(event).includes(as as Role))
    throw new Error(`route for ${event} declared for ${as}, which the machine does not allow`);
  return {
    name: 'plugin::recognition.allowed-event',
    config: { event, as } satisfies AllowedEventConfig,
  };
};

const admin = (
  method: string,
  path: string,
  handler: string,
  action: string,
  event?: { event: EventType; as: 'secretariat' | 'approver' },
) => ({
  method,
  path,
  handler,
  config: {
    policies: [
      'admin::isAuthenticatedAdmin',
      { name: 'admin::hasPermissions', config: { actions: [`plugin::recognition.${action}`] } },
      'plugin::recognition.in-jurisdiction',
      ...(event ? [machine(event.event, event.as)] : []),
    ],
  },
});
const step = (
  method: string,
  path: string,
  handler: string,
  event: EventType,
  as: 'secretariat' | 'approver',
) => admin(method, path, handler, staffActions[as], { event, as });

const api = (
  method: string,
  path: string,
  handler: string,
  event?: { event: EventType; as: 'unit_officer' | 'council_member' },
) => ({
  method,
  path,
  handler,
  config: event ? { policies: [machine(event.event, event.as)] } : {},
});
const officer = (event: EventType) => ({ event, as: 'unit_officer' as const });
const member = (event: EventType) => ({ event, as: 'council_member' as const });

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
];

/** The content-API actions each users-permissions role is granted: derived from the routes' handlers ("portal." ones are every portal user's). */
export const contentApiActions = (prefix: 'officer' | 'council-member') =>
  contentApiRoutes
    .map((r) => r.handler)
    .filter((h) => h.startsWith(`${prefix}.`) || h.startsWith('portal.'));

export default {
  'content-api': { type: 'content-api', routes: contentApiRoutes },
  // The public verification page at the site root: the QR code on each certificate points here.
  public: {
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
  },
  admin: {
    type: 'admin',
    routes: [
      admin('GET', '/recognitions', 'recognitions.list', 'read'),
      admin('POST', '/certificates/issue', 'recognitions.issueYear', 'approve'),
      admin('GET', '/certificates/status', 'recognitions.issueStatus', 'read'),
      {
        method: 'GET',
        path: '/jurisdictions',
        handler: 'unit-import.jurisdictions',
        config: {
          policies: ['admin::isAuthenticatedAdmin', 'plugin::recognition.in-jurisdiction'],
        },
      },
      admin('POST', '/units/import', 'unit-import.import', 'units.import'),
      admin('POST', '/accounts/import', 'unit-import.importAccounts', 'accounts.import'),
      admin('POST', '/results/import', 'unit-import.importResults', 'results.import'),
      admin('GET', '/plans/outdated', 'plans.outdated', 'plans.apply'),
      admin('POST', '/plans/apply', 'plans.apply', 'plans.apply'),
      admin('POST', '/plans/copy', 'plans.copy', 'plans.apply'),
      admin('GET', '/plans/:id/publish-check', 'plans.publishCheck', 'plans.apply'),
      admin('POST', '/criteria-sets/:id/versions', 'plans.newCriteriaVersion', 'plans.apply'),
      admin('GET', '/appraisal', 'appraisal.overview', 'appraisal.manage'),
      admin('POST', '/councils', 'appraisal.setUpCouncil', 'appraisal.manage'),
      admin('POST', '/councils/copy', 'appraisal.copyCouncil', 'appraisal.manage'),
      admin('POST', '/meetings', 'appraisal.recordMeeting', 'appraisal.manage'),
      admin('POST', '/registrations/:id/requests', 'appraisal.request', 'appraisal.manage'),
      // The paper path: a unit's own steps taken by the secretariat for it.
      admin('GET', '/paper/units', 'paper.units', 'appraisal.manage'),
      admin('POST', '/paper/units/:code/registrations', 'paper.register', 'appraisal.manage'),
      admin('GET', '/paper/registrations/:id', 'paper.view', 'appraisal.manage'),
      step(
        'PUT',
        '/paper/registrations/:id/self-scores',
        'paper.selfScores',
        'self_assess',
        'secretariat',
      ),
      step(
        'POST',
        '/paper/registrations/:id/evidence/:criterion',
        'paper.evidence',
        'self_assess',
        'secretariat',
      ),
      step(
        'POST',
        '/paper/registrations/:id/dossier/:part',
        'paper.dossier',
        'self_assess',
        'secretariat',
      ),
      step('POST', '/paper/registrations/:id/submit', 'paper.submit', 'submit', 'secretariat'),
      step(
        'POST',
        '/registrations/:id/start-appraisal',
        'appraisal.startAppraisal',
        'start_appraisal',
        'secretariat',
      ),
      step('POST', '/registrations/:id/propose', 'appraisal.propose', 'propose', 'secretariat'),
      step(
        'POST',
        '/registrations/:id/not-propose',
        'appraisal.notPropose',
        'not_propose',
        'secretariat',
      ),
      step(
        'POST',
        '/registrations/:id/reopen-scoring',
        'appraisal.reopenScoring',
        'reopen_scoring',
        'secretariat',
      ),
      admin('GET', '/approval-queue', 'approval.queue', 'approve'),
      admin('POST', '/recognise', 'approval.recognise', 'approve'),
      step('POST', '/registrations/:id/reject', 'approval.reject', 'reject', 'approver'),
      step('POST', '/registrations/:id/revoke', 'approval.revoke', 'revoke', 'approver'),
      admin('GET', '/decisions', 'decisions.year', 'read'),
      admin('GET', '/decisions/:id/pdf', 'decisions.pdf', 'read'),
      admin('POST', '/decisions/:id/issue', 'decisions.issue', 'approve'),
      admin('POST', '/decisions/:id/amend', 'decisions.amend', 'approve'),
      admin('GET', '/extensions', 'approval.unitDeadlines', 'approve'),
      admin('POST', '/extensions', 'approval.extension', 'approve'),
      admin('GET', '/audit/history', 'audit.history', 'audit.read'),
      admin('GET', '/audit/events', 'audit.browse', 'audit.read'),
      admin('GET', '/audit/verify', 'audit.verify', 'audit.read'),
      admin('GET', '/audit/export', 'audit.export', 'audit.read'),
      admin('GET', '/dashboard', 'oversight.dashboard', 'dashboard.read'),
      admin('GET', '/reports/:period', 'oversight.report', 'reports.export'),
      // The nation (every province in the caller's scope): the dashboard and the report, streamed.
      admin('GET', '/national/dashboard', 'oversight.national', 'dashboard.read'),
      admin('GET', '/national/reports/:period', 'oversight.nationalReport', 'reports.export'),
      admin('POST', '/reminders/run', 'oversight.runReminders', 'appraisal.manage'),
      // Each staff member's own notices: nothing but their own rows is read or marked.
      admin('GET', '/notices', 'oversight.notices', 'read'),
      admin('POST', '/notices/read', 'oversight.readNotices', 'read'),
      admin('GET', '/documents/:kind/:ref/pdf', 'documents.preview', 'read'),
      admin('GET', '/registrations/:id/files/:fileId', 'documents.file', 'read'),
    ],
  },
};

// The role × route matrix of the plugin: every role against every content-API and admin route
// gives the expected allow or deny; no response carries a private field; query parameters do
// not reach another unit's data.
import { expect, it } from 'vitest';
import { adminToken, ensureStaff, portalLogin, type TestApp } from '../helpers/strapi';

type Role =
  | 'anonymous'
  | 'officerA'
  | 'officerB'
  | 'commune'
  | 'department'
  | 'council'
  | 'secretariat'
  | 'editor'
  | 'approver'
  | 'ministry'
  | 'homeAffairs';
const roles: Role[] = [
  'anonymous',
  'officerA',
  'officerB',
  'commune',
  'department',
  'council',
  'secretariat',
  'editor',
  'approver',
  'ministry',
  'homeAffairs',
];
const PASSWORD = 'Test@12345';

export function roleMatrixTests(getApp: () => TestApp) {
  it('allows and denies every role on every plugin route as designed, and leaks no private field', async () => {
    const { strapi, baseUrl } = getApp();
    const api = (identifier: string) => portalLogin(getApp(), identifier, PASSWORD);
    const admin = (email: string) => adminToken(getApp(), email, PASSWORD);
    const tokens: Record<Role, string | null> = {
      anonymous: null,
      officerA: await api('canbo.aluoi1@dienhinh.local'),
      officerB: await api('canbo.aluoi2@test.local'),
      // Phường Thanh Thủy manages Dệt May Huế; Sở Giáo dục Huế directs Quốc Học (data/demo).
      commune: await api('canbo.thanhthuy@dienhinh.local'),
      department: await api('canbo.sogd@dienhinh.local'),
      council: await api('hoidong3@dienhinh.local'),
      secretariat: await admin('thuky@dienhinh.local'),
      editor: await admin('bientap@dienhinh.local'),
      approver: await admin('pheduyet@dienhinh.local'),
      // The Ministry reads every province's figures and reports, and nothing else.
      ministry: await (async () => {
        await ensureStaff(strapi, {
          email: 'v05@bocongan.test',
          roleCode: 'dienhinh-ministry',
          jurisdictions: [],
          password: PASSWORD,
        });
        return admin('v05@bocongan.test');
      })(),
      // Sở Nội vụ of Huế: the commendations of its province, and nothing else.
      homeAffairs: await (async () => {
        await ensureStaff(strapi, {
          email: 'noivu.matrix@hue.test',
          roleCode: 'dienhinh-home-affairs',
          jurisdictions: ['hue'],
          password: PASSWORD,
        });
        return admin('noivu.matrix@hue.test');
      })(),
    };
    const regA = (
      await strapi.db
        .query('plugin::recognition.registration')
        .findOne({ where: { unit: { code: '20056' }, year: 2026 } })
    ).documentId;
    const serial = (
      await strapi.db
        .query('plugin::recognition.recognition')
        .findOne({ where: { status: { $ne: 'revoked' } } })
    ).serial;
    const issuedSerial = (
      await strapi.db
        .query('plugin::recognition.recognition')
        .findOne({ where: { status: { $ne: 'revoked' }, decisionNumber: { $notNull: true } } })
    ).serial;
    // An issued PDF's own address (/uploads/…): public, as the act it holds; read from the
    // database every node shares on PostgreSQL, from the node's folder on SQLite.
    await fetch(`${baseUrl}/api/recognition/certificates/${issuedSerial}/pdf`);
    const issuedPdf = (
      await strapi.db
        .query('plugin::recognition.recognition')
        .findOne({ where: { serial: issuedSerial }, populate: ['pdf'] })
    ).pdf.url as string;
    const O = ['officerA'] as Role[];
    const PORTAL = ['officerA', 'officerB', 'commune', 'department', 'council'] as Role[];
    const C = ['council'] as Role[];
    const S = ['secretariat'] as Role[];
    const A = ['approver'] as Role[];
    const SA = ['secretariat', 'approver'] as Role[];
    const ANY_ADMIN = ['secretariat', 'editor', 'approver'] as Role[];
    /** Figures and reports: every staff role that reads them, and the Ministry. */
    const FIGURES = [...ANY_ADMIN, 'ministry'] as Role[];
    const REPORTS = ['secretariat', 'approver', 'ministry'] as Role[];
    const COMMEND = ['secretariat', 'approver', 'homeAffairs'] as Role[];
    const routes: { method: string; path: string; allowed: Role[]; body?: unknown }[] = [
      { method: 'GET', path: `/api/recognition/certificates/${serial}/pdf`, allowed: roles },
      { method: 'GET', path: `/verify/${serial}`, allowed: roles },
      // Offline checking: public by design (what a certificate's QR code needs, nothing private).
      { method: 'GET', path: '/verify/keys.json', allowed: roles },
      { method: 'GET', path: '/verify/status/hue', allowed: roles },
      { method: 'GET', path: '/verify/audit-checkpoints/received/hue', allowed: roles },
      { method: 'GET', path: '/verify/offline', allowed: roles },
      { method: 'GET', path: '/verify/offline.js', allowed: roles },
      { method: 'GET', path: '/verify/sw.js', allowed: roles },
      { method: 'GET', path: `/verify/${issuedSerial}/credential`, allowed: roles },
      { method: 'GET', path: '/cong-nhan/hue/2025', allowed: roles },
      { method: 'GET', path: issuedPdf, allowed: roles },
      // The operator's figures: the token alone opens them, never a role's session.
      { method: 'GET', path: '/metrics', allowed: [] },
      { method: 'GET', path: '/api/recognition/me', allowed: PORTAL },
      { method: 'GET', path: '/api/recognition/home', allowed: ['officerA', 'officerB'] },
      {
        method: 'GET',
        path: '/api/recognition/notifications',
        allowed: PORTAL,
      },
      {
        method: 'POST',
        path: '/api/recognition/notifications/read',
        allowed: PORTAL,
        body: {},
      },
      { method: 'GET', path: '/api/recognition/registrations', allowed: ['officerA', 'officerB'] },
      {
        method: 'POST',
        path: '/api/recognition/registrations',
        allowed: ['officerA', 'officerB'],
        body: { year: 2031 },
      },
      { method: 'GET', path: `/api/recognition/registrations/${regA}`, allowed: O },
      {
        method: 'PUT',
        path: `/api/recognition/registrations/${regA}/self-scores`,
        allowed: O,
        body: { marks: {} },
      },
      {
        method: 'PUT',
        path: `/api/recognition/registrations/${regA}/forecast`,
        allowed: O,
        body: { outcome: 'achieve' },
      },
      {
        method: 'GET',
        path: '/recognition/forecasts?jurisdiction=hue&year=2026',
        allowed: FIGURES,
      },
      { method: 'POST', path: `/api/recognition/registrations/${regA}/evidence/1.1`, allowed: O },
      {
        method: 'POST',
        path: `/api/recognition/registrations/${regA}/dossier/request`,
        allowed: O,
      },
      { method: 'POST', path: `/api/recognition/registrations/${regA}/submit`, allowed: O },
      {
        method: 'GET',
        path: `/api/recognition/registrations/${regA}/files/${'0'.repeat(32)}`,
        allowed: O,
      },
      {
        method: 'DELETE',
        path: `/api/recognition/registrations/${regA}/files/${'0'.repeat(32)}`,
        allowed: O,
      },
      { method: 'GET', path: `/api/recognition/registrations/${regA}/criteria`, allowed: O },
      { method: 'GET', path: `/api/recognition/registrations/${regA}/timeline`, allowed: O },
      {
        method: 'GET',
        path: `/api/recognition/registrations/${regA}/documents/dossier-report`,
        allowed: O,
      },
      {
        method: 'GET',
        path: `/api/recognition/registrations/${regA}/documents/registration-form`,
        allowed: O,
      },
      { method: 'GET', path: '/api/recognition/council/registrations', allowed: C },
      { method: 'GET', path: `/api/recognition/council/registrations/${regA}`, allowed: C },
      {
        method: 'GET',
        path: `/api/recognition/council/registrations/${regA}/criteria`,
        allowed: C,
      },
      {
        method: 'GET',
        path: `/api/recognition/council/registrations/${regA}/files/${'0'.repeat(32)}`,
        allowed: C,
      },
      { method: 'GET', path: `/api/recognition/registrations/${regA}/deadlines`, allowed: O },
      { method: 'GET', path: `/api/recognition/registrations/${regA}/certificate`, allowed: O },
      {
        method: 'POST',
        path: `/api/recognition/registrations/${regA}/conflicts`,
        allowed: C,
        body: { reason: 'Thử ma trận quyền' },
      },
      {
        method: 'PUT',
        path: `/api/recognition/registrations/${regA}/council-scores`,
        allowed: C,
        body: { marks: {} },
      },
      // A commune's and a department's door: their own units only, each the other's refused.
      { method: 'GET', path: '/api/recognition/tier/home', allowed: ['commune', 'department'] },
      {
        method: 'POST',
        path: '/api/recognition/tier/units/HUE-DN-001/registrations',
        allowed: ['commune'],
        body: { year: 2031 },
      },
      {
        method: 'POST',
        path: '/api/recognition/tier/units/HUE-GD-001/registrations',
        allowed: ['department'],
        body: { year: 2031 },
      },
      // Another commune's organisation, and another department's unit (Đồng Tháp's).
      {
        method: 'POST',
        path: '/api/recognition/tier/units/19789/registrations',
        allowed: [],
        body: { year: 2031 },
      },
      {
        method: 'POST',
        path: '/api/recognition/tier/units/DT-GD-001/registrations',
        allowed: [],
        body: { year: 2031 },
      },
      { method: 'GET', path: '/recognition/recognitions', allowed: ANY_ADMIN },
      // Every staff account lists the provinces it works on (the pages' province picker).
      {
        method: 'GET',
        path: '/recognition/jurisdictions',
        allowed: [...FIGURES, 'homeAffairs'],
      },
      { method: 'POST', path: '/recognition/certificates/issue', allowed: A, body: {} },
      {
        method: 'GET',
        path: '/recognition/certificates/status?jurisdiction=hue&year=2026',
        allowed: ANY_ADMIN,
      },
      { method: 'POST', path: '/recognition/units/import', allowed: ['editor'] },
      { method: 'POST', path: '/recognition/criteria-sets/import', allowed: ['editor'] },
      { method: 'POST', path: '/recognition/accounts/import', allowed: ['editor', 'secretariat'] },
      { method: 'POST', path: '/recognition/results/import', allowed: ['editor', 'secretariat'] },
      {
        method: 'GET',
        path: '/recognition/plans/outdated?jurisdiction=hue&year=2026',
        allowed: ['editor'],
      },
      { method: 'POST', path: '/recognition/plans/apply', allowed: ['editor'], body: {} },
      { method: 'POST', path: '/recognition/plans/copy', allowed: ['editor'], body: {} },
      { method: 'GET', path: '/recognition/appraisal?jurisdiction=hue&year=2026', allowed: S },
      { method: 'POST', path: '/recognition/councils', allowed: S, body: {} },
      { method: 'POST', path: '/recognition/councils/copy', allowed: S, body: {} },
      { method: 'POST', path: '/recognition/meetings', allowed: S, body: {} },
      { method: 'POST', path: `/recognition/registrations/${regA}/requests`, allowed: S, body: {} },
      { method: 'GET', path: '/recognition/paper/units?jurisdiction=hue&year=2026', allowed: S },
      {
        method: 'POST',
        path: '/recognition/paper/units/20056/registrations',
        allowed: S,
        body: {},
      },
      { method: 'GET', path: `/recognition/paper/registrations/${regA}`, allowed: S },
      {
        method: 'PUT',
        path: `/recognition/paper/registrations/${regA}/self-scores`,
        allowed: S,
        body: { marks: {} },
      },
      { method: 'POST', path: `/recognition/paper/registrations/${regA}/evidence/1.1`, allowed: S },
      {
        method: 'POST',
        path: `/recognition/paper/registrations/${regA}/dossier/request`,
        allowed: S,
      },
      { method: 'POST', path: `/recognition/paper/registrations/${regA}/submit`, allowed: S },
      {
        method: 'POST',
        path: `/recognition/registrations/${regA}/propose-selection`,
        allowed: S,
        body: {},
      },
      { method: 'POST', path: `/recognition/registrations/${regA}/select`, allowed: A, body: {} },
      {
        method: 'POST',
        path: `/recognition/registrations/${regA}/not-select`,
        allowed: A,
        body: {},
      },
      {
        method: 'GET',
        path: '/recognition/selection?jurisdiction=hue&year=2026',
        allowed: ANY_ADMIN,
      },
      { method: 'POST', path: `/recognition/registrations/${regA}/start-appraisal`, allowed: S },
      { method: 'POST', path: `/recognition/registrations/${regA}/propose`, allowed: S },
      {
        method: 'POST',
        path: `/recognition/registrations/${regA}/not-propose`,
        allowed: S,
        body: {},
      },
      {
        method: 'POST',
        path: `/recognition/registrations/${regA}/reopen-scoring`,
        allowed: S,
        body: { reason: 'Thử ma trận quyền' },
      },
      { method: 'POST', path: '/recognition/reminders/run', allowed: S },
      { method: 'GET', path: '/recognition/notices', allowed: FIGURES },
      { method: 'POST', path: '/recognition/notices/read', allowed: FIGURES, body: {} },
      {
        method: 'POST',
        path: `/recognition/criteria-sets/${'0'.repeat(24)}/versions`,
        allowed: ['editor'],
      },
      {
        method: 'GET',
        path: `/recognition/plans/${'0'.repeat(24)}/publish-check`,
        allowed: ['editor'],
      },
      { method: 'GET', path: '/recognition/approval-queue?jurisdiction=hue&year=2026', allowed: A },
      { method: 'POST', path: '/recognition/recognise', allowed: A, body: {} },
      { method: 'POST', path: `/recognition/registrations/${regA}/reject`, allowed: A, body: {} },
      { method: 'POST', path: `/recognition/registrations/${regA}/revoke`, allowed: A, body: {} },
      {
        method: 'GET',
        path: '/recognition/decisions?jurisdiction=hue&year=2026',
        allowed: ANY_ADMIN,
      },
      { method: 'GET', path: `/recognition/decisions/${'0'.repeat(24)}/pdf`, allowed: ANY_ADMIN },
      {
        method: 'POST',
        path: `/recognition/decisions/${'0'.repeat(24)}/issue`,
        allowed: A,
        body: {},
      },
      {
        method: 'POST',
        path: `/recognition/decisions/${'0'.repeat(24)}/amend`,
        allowed: A,
        body: {},
      },
      { method: 'GET', path: '/recognition/extensions?unitCode=20056&year=2026', allowed: A },
      { method: 'POST', path: '/recognition/extensions', allowed: A, body: {} },
      { method: 'GET', path: '/recognition/audit/history?unit=20056', allowed: SA },
      { method: 'GET', path: '/recognition/audit/events?jurisdiction=hue&year=2026', allowed: SA },
      { method: 'GET', path: '/recognition/audit/verify', allowed: SA },
      {
        method: 'GET',
        path: '/recognition/dashboard?jurisdiction=hue&year=2026',
        allowed: FIGURES,
      },
      {
        method: 'GET',
        path: '/recognition/reports/annual?jurisdiction=hue&year=2026',
        allowed: REPORTS,
      },
      // Reports up the hierarchy: tiers file theirs; the province's secretariat asks, compiles,
      // issues and sends; the People's Committee (approver) and the Ministry receive.
      {
        method: 'GET',
        path: '/api/recognition/tier/reports?year=2026',
        allowed: ['commune', 'department'],
      },
      {
        method: 'GET',
        path: '/api/recognition/tier/reports/plan%3Asix_month_report?year=2026',
        allowed: ['commune', 'department'],
      },
      {
        method: 'PUT',
        path: '/api/recognition/tier/reports/plan%3Asix_month_report?year=2026',
        allowed: ['commune', 'department'],
        body: { sections: { results: 'x' } },
      },
      {
        method: 'POST',
        path: '/api/recognition/tier/reports/plan%3Asix_month_report/submit?year=2026',
        allowed: ['commune', 'department'],
        body: { sections: { results: 'x' } },
      },
      // A tier's files (no file sent: 400 for the tiers themselves).
      {
        method: 'POST',
        path: '/api/recognition/tier/reports/plan%3Asix_month_report/attachments?year=2026',
        allowed: ['commune', 'department'],
      },
      {
        method: 'DELETE',
        path: `/api/recognition/tier/reports/plan%3Asix_month_report/attachments/${'0'.repeat(32)}?year=2026`,
        allowed: ['commune', 'department'],
      },
      {
        method: 'GET',
        path: `/api/recognition/tier/report-files/noreportwiththisid/${'0'.repeat(32)}`,
        allowed: ['commune', 'department'],
      },
      {
        method: 'GET',
        path: `/recognition/tier-reports/noreportwiththisid/files/${'0'.repeat(32)}`,
        // The Ministry reads no commune's attachment (it may name people).
        allowed: SA,
      },
      {
        method: 'GET',
        path: '/recognition/report-duties?jurisdiction=hue&year=2026',
        allowed: REPORTS,
      },
      {
        method: 'GET',
        path: '/recognition/report-duties?jurisdiction=dong-thap&year=2026',
        allowed: ['ministry'],
      },
      {
        method: 'POST',
        path: '/recognition/report-requests',
        allowed: S,
        body: {
          jurisdiction: 'hue',
          year: 2037,
          label: 'Báo cáo đột xuất (ma trận)',
          due: '2037-03-01',
          reporters: ['commune'],
          recipients: ['ministry'],
        },
      },
      {
        method: 'POST',
        path: '/recognition/report-requests',
        allowed: [],
        body: { jurisdiction: 'dong-thap', year: 2037 },
      },
      {
        method: 'POST',
        path: '/recognition/report-acts',
        allowed: S,
        body: { jurisdiction: 'hue', year: 2037, duty: 'plan:none' },
      },
      {
        method: 'POST',
        path: '/recognition/review-acts',
        allowed: S,
        body: { jurisdiction: 'hue', kind: 'so_ket', fromYear: 2031, toYear: 2030 },
      },
      { method: 'GET', path: '/recognition/report-acts/noactwiththisid0', allowed: REPORTS },
      {
        method: 'PUT',
        path: '/recognition/report-acts/noactwiththisid0',
        allowed: S,
        body: { sections: {} },
      },
      { method: 'POST', path: '/recognition/report-acts/noactwiththisid0/issue', allowed: S },
      { method: 'POST', path: '/recognition/report-acts/noactwiththisid0/send', allowed: S },
      {
        method: 'POST',
        path: '/recognition/report-acts/noactwiththisid0/receive',
        allowed: ['approver', 'ministry'],
      },
      { method: 'GET', path: '/recognition/report-acts/noactwiththisid0/pdf', allowed: REPORTS },
      {
        method: 'GET',
        path: '/recognition/report-acts/noactwiththisid0/package',
        allowed: REPORTS,
      },
      // The programme's acts: every staff role reads the register; who drafts and issues is the
      // kind's (no such act: 404 to every staff role, before its kind is known).
      {
        method: 'GET',
        path: '/recognition/maintenance?jurisdiction=hue&year=2026',
        allowed: ANY_ADMIN,
      },
      {
        method: 'GET',
        path: '/recognition/maintenance?jurisdiction=dong-thap&year=2026',
        allowed: [],
      },
      { method: 'POST', path: '/recognition/title-reviews', allowed: S, body: {} },
      {
        method: 'POST',
        path: '/recognition/title-reviews/noreviewwithid0/close',
        allowed: A,
        body: {},
      },
      { method: 'GET', path: '/recognition/acts?jurisdiction=hue&year=2026', allowed: ANY_ADMIN },
      {
        method: 'GET',
        path: '/recognition/acts/sources?jurisdiction=hue&year=2026',
        allowed: ANY_ADMIN,
      },
      {
        method: 'GET',
        path: '/recognition/acts/sources?jurisdiction=dong-thap&year=2026',
        allowed: [],
      },
      {
        method: 'POST',
        path: '/recognition/acts',
        allowed: S,
        body: { kind: 'proposal', jurisdiction: 'hue', year: 2037 },
      },
      {
        method: 'POST',
        path: '/recognition/acts',
        allowed: ['editor', 'approver'],
        body: { kind: 'plan', plan: 'no-such-plan' },
      },
      {
        method: 'POST',
        path: '/recognition/acts',
        allowed: [],
        body: { kind: 'proposal', jurisdiction: 'dong-thap', year: 2037 },
      },
      {
        method: 'POST',
        path: '/recognition/acts',
        allowed: ANY_ADMIN,
        body: { kind: 'replacement', replaces: 'noactwiththisid0' },
      },
      { method: 'GET', path: '/recognition/acts/noactwiththisid0', allowed: ANY_ADMIN },
      { method: 'POST', path: '/recognition/acts/noactwiththisid0/issue', allowed: ANY_ADMIN },
      { method: 'GET', path: '/recognition/acts/noactwiththisid0/pdf', allowed: ANY_ADMIN },
      // Commendation: the register and a record's certificate for the staff who propose, appraise
      // and decide, Sở Nội vụ included (no such record: 404); proposing is the police's.
      {
        method: 'GET',
        path: '/recognition/commendations?jurisdiction=hue&year=2026',
        allowed: COMMEND,
      },
      {
        method: 'GET',
        path: '/recognition/commendations?jurisdiction=dong-thap&year=2026',
        allowed: [],
      },
      {
        method: 'POST',
        path: '/recognition/commendations',
        allowed: S,
        body: {
          jurisdiction: 'hue',
          year: 2026,
          unit: '19815',
          form: 'giay_khen',
          awardee: 'collective',
          achievement: 'Có thành tích trong xây dựng phong trào',
        },
      },
      {
        method: 'POST',
        path: '/recognition/commendations',
        allowed: [],
        body: {
          jurisdiction: 'dong-thap',
          year: 2026,
          unit: '29131',
          form: 'giay_khen',
          awardee: 'collective',
          achievement: 'Có thành tích trong xây dựng phong trào',
        },
      },
      {
        method: 'POST',
        path: '/recognition/commendations/nocommendation00/appraise',
        allowed: COMMEND,
        body: { agree: true },
      },
      {
        method: 'GET',
        path: '/recognition/commendations/nocommendation00/certificate',
        allowed: COMMEND,
      },
      {
        method: 'POST',
        path: '/recognition/acts',
        allowed: SA,
        body: { kind: 'commendation_decision', jurisdiction: 'hue', year: 2026 },
      },
      {
        method: 'POST',
        path: '/recognition/acts',
        allowed: S,
        body: { kind: 'police_commendation', jurisdiction: 'hue', year: 2026 },
      },
      // Taking in another installation's package: the Ministry only (no file: 400, not 403).
      { method: 'POST', path: '/recognition/received-reports', allowed: ['ministry'] },
      { method: 'GET', path: '/recognition/national/report-status?year=2026', allowed: REPORTS },
      { method: 'GET', path: '/recognition/national/dashboard?year=2026', allowed: FIGURES },
      { method: 'GET', path: '/recognition/national/reports/annual?year=2026', allowed: REPORTS },
      {
        method: 'GET',
        path: '/recognition/documents/plan/hue-487-kh-ubnd/pdf',
        allowed: ANY_ADMIN,
      },
      {
        method: 'GET',
        path: `/recognition/registrations/${regA}/files/${'0'.repeat(32)}`,
        allowed: ANY_ADMIN,
      },
      // Last: signing out ends the portal tokens used above.
      {
        method: 'POST',
        path: '/api/recognition/sessions/end',
        allowed: PORTAL,
      },
    ];
    const wrong: string[] = [];
    const bodies: string[] = [];
    for (const route of routes) {
      for (const role of roles) {
        const headers: Record<string, string> = {};
        if (tokens[role]) headers.authorization = `Bearer ${tokens[role]}`;
        if (route.body !== undefined) headers['content-type'] = 'application/json';
        const res = await fetch(`${baseUrl}${route.path}`, {
          method: route.method,
          headers,
          body: route.body === undefined ? undefined : JSON.stringify(route.body),
        });
        const type = res.headers.get('content-type') ?? '';
        if (type.includes('json') || type.includes('html')) bodies.push(await res.text());
        const denied = res.status === 401 || res.status === 403;
        const shouldAllow = route.allowed.includes(role);
        if (denied === shouldAllow)
          wrong.push(
            `${route.method} ${route.path} as ${role}: ${res.status} (expected ${shouldAllow ? 'allowed' : 'denied'})`,
          );
        expect(res.status).toBeLessThan(500);
      }
    }
    expect(wrong).toEqual([]);
    // The Ministry's one grant is the nation: every province's line, no province of its own.
    const nation = await fetch(`${baseUrl}/recognition/national/dashboard?year=2026`, {
      headers: { authorization: `Bearer ${tokens.ministry}` },
    });
    expect(
      ((await nation.json()).data.provinces as { slug: string }[]).map((p) => p.slug).sort(),
    ).toEqual(['dong-thap', 'hue']);
    for (const b of bodies) {
      expect(b).not.toMatch(/"password"\s*:|resetPasswordToken|confirmationToken|\$2[aby]\$\d\d\$/);
    }
  });

  it('keeps filters and populate from reaching another unit’s data', async () => {
    const { baseUrl } = getApp();
    const login = await fetch(`${baseUrl}/api/auth/local`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ identifier: 'canbo.aluoi2@test.local', password: PASSWORD }),
    });
    const jwt = (await login.json()).jwt;
    const auth = { authorization: `Bearer ${jwt}` };
    const mine = await (
      await fetch(`${baseUrl}/api/recognition/registrations?filters[unit][code]=20056&populate=*`, {
        headers: auth,
      })
    ).json();
    expect(JSON.stringify(mine)).not.toContain('20056');
    for (const path of [
      '/api/units?populate=*',
      '/api/users?populate=*',
      '/api/unit-results',
      '/api/plans?populate=*',
      '/api/jurisdictions',
    ]) {
      const res = await fetch(`${baseUrl}${path}`, { headers: auth });
      expect(res.status, path).toBe(403);
    }
  });
}

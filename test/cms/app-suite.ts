// The Strapi suite, run once on SQLite and once on PostgreSQL: boot the real app with the demo
// seed, then use it over HTTP as a client would.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootApp, type DbTarget, type TestApp } from '../helpers/strapi';
import { pdfFonts, pdfInfo, pdfSignatures, pdfText } from '../helpers/poppler';
import { contentModelTests } from './content-model-tests';
import { indexTests } from './index-tests';
import { unitImportTests } from './unit-import-tests';
import { workflowTests } from './workflow-tests';
import { decisionTests } from './decision-tests';
import { oversightTests } from './oversight-tests';
import { documentTests, issuedDocumentTests } from './document-tests';
import { raceTests } from './race-tests';
import { coreRulesTests } from './core-rules-tests';
import { planTextTests } from './plan-text-tests';
import { roleMatrixTests } from './role-matrix-tests';
import { workflowGuardTests } from './workflow-guard-tests';
import { jurisdictionTests } from './jurisdiction-tests';
import { slowClientTests } from './slow-client-tests';
import { uploadTests } from './upload-tests';
import { contentAuditTests } from './content-audit-tests';
import { dutiesTests } from './duties-tests';
import { councilGateTests } from './council-gate-tests';
import { councilDraftTests } from './council-draft-tests';
import { webSecurityTests } from './web-security-tests';
import { sessionTests } from './session-tests';
import { auditCheckpointTests } from './audit-checkpoint-tests';
import { loginThrottleTests } from './login-throttle-tests';
import { metricsTests } from './metrics-tests';
import { portalApiTests } from './portal-api-tests';
import { tierTests } from './tier-tests';
import { reportDutyTests } from './report-duty-tests';
import { reportReminderTests } from './report-reminder-tests';
import { reportStatusTests } from './report-status-tests';
import { criteriaImportTests } from './criteria-import-tests';
import { actTests } from './act-tests';
import { maintenanceTests } from './maintenance-tests';
import { commendationTests } from './commendation-tests';
import { portalHomeTests } from './portal-home-tests';
import { typedClientTests } from './typed-client-tests';
import { paperPathTests } from './paper-path-tests';
import { portalRefusalTests } from './portal-refusal-tests';
import { publicRegisterTests } from './public-register-tests';
import { carryForwardTests } from './carry-forward-tests';
import { extensionTests } from './extension-tests';
import { evidenceRuleTests } from './evidence-rule-tests';
import { accountImportTests } from './account-import-tests';
import { fuzzTests } from './fuzz-tests';
import { faultTests } from './fault-tests';
import { offlineProofTests } from './offline-proof-tests';
import { startSmtp, type Mailbox } from '../helpers/smtp';
import { makeTestPki, p12Of, type TestPki } from '../helpers/pki';
import { startTsa, type LocalTsa } from '../helpers/tsa';

const SERIAL = 'DEMO-2025-HUE-0001';

export function defineAppSuite(
  name: string,
  target: () => DbTarget,
  opts: {
    fuzzRuns?: { register: number; scores: number; submit: number; imports: number };
    restartProcess?: boolean;
  } = {},
) {
  describe(`Strapi app on ${name}`, () => {
    let app: TestApp;
    let mailbox: Mailbox;
    let pki: TestPki;
    let tsa: LocalTsa;
    beforeAll(async () => {
      mailbox = await startSmtp();
      // Huế signs with its own key from a real chain; Đồng Tháp with the server's (demo) key. Every
      // signature is timestamped by a TSA on loopback; Huế's, whose chain the CRL covers, also get
      // their DSS and a document timestamp (PAdES B-LTA).
      pki = makeTestPki();
      tsa = await startTsa(pki);
      const hueKey = p12Of(pki, pki.signer, 'Hue@p12');
      app = await bootApp(target(), {
        SMTP_HOST: '127.0.0.1',
        SMTP_PORT: String(mailbox.port),
        MAIL_FROM: 'dienhinh@test.local',
        DIENHINH_SIGN_P12_HUE: hueKey,
        DIENHINH_SIGN_P12_HUE_PASSWORD: 'Hue@p12',
        DIENHINH_TSA_URL: tsa.url,
        DIENHINH_LTV_CRLS: pki.crl,
        DIENHINH_LTV_CERTS: pki.root.cert,
        DIENHINH_LTV_FETCH: 'false',
        DIENHINH_DOC_TIMESTAMP: 'true',
      });
    });
    afterAll(async () => {
      await app?.stop();
      await mailbox?.close();
      await tsa?.close();
      if (pki) fs.rmSync(pki.dir, { recursive: true, force: true });
    });

    const get = (path: string, init?: RequestInit) => fetch(`${app.baseUrl}${path}`, init);

    it('runs on the intended database', () => {
      expect(app.strapi.db.dialect.client).toBe(name === 'PostgreSQL' ? 'postgres' : 'sqlite');
    });

    it('answers /_health with 204', async () => {
      expect((await get('/_health')).status).toBe(204);
    });

    it('seeds both jurisdictions with their commune-level units', async () => {
      const units = app.strapi.documents('api::unit.unit');
      expect(await app.strapi.documents('api::jurisdiction.jurisdiction').count({})).toBe(2);
      const communes = { kind: { $in: ['xa', 'phuong', 'dac_khu'] } };
      expect(
        await units.count({ filters: { jurisdiction: { slug: 'dong-thap' }, ...communes } }),
      ).toBe(102);
      expect(await units.count({ filters: { jurisdiction: { slug: 'hue' }, ...communes } })).toBe(
        40,
      );
      expect(
        await units.count({
          filters: {
            jurisdiction: { slug: 'hue' },
            kind: { $in: ['co_quan', 'doanh_nghiep', 'co_so_giao_duc'] },
          },
        }),
      ).toBe(3);
      expect(
        await units.count({
          filters: { jurisdiction: { slug: 'dong-thap' }, kind: 'co_so_giao_duc' },
        }),
      ).toBe(1);
      expect(
        await units.count({ filters: { jurisdiction: { slug: 'hue' }, kind: 'phuong' } }),
      ).toBe(21);
      expect(
        await units.count({ filters: { jurisdiction: { slug: 'dong-thap' }, kind: 'xa' } }),
      ).toBe(82);
    });

    it('seeds idempotently: a second run creates nothing', async () => {
      const { seedDemo } = await import('../../cms/src/seed/demo');
      const again = await seedDemo(app.strapi, `${process.cwd()}/data`);
      expect(again.created).toBe(0);
      expect(await app.strapi.documents('api::unit.unit').count({})).toBe(148);
      expect(await app.strapi.documents('api::plan.plan').count({ status: 'published' })).toBe(2);
      expect(await app.strapi.documents('api::criteria-set.criteria-set').count({})).toBe(2);
      expect(await app.strapi.documents('plugin::recognition.recognition').count({})).toBe(1);
    });

    it('serves the seeded certificate as a PDF rendered in Chromium with its Vietnamese text intact', async () => {
      const res = await get(`/api/recognition/certificates/${SERIAL}/pdf`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      const pdf = Buffer.from(await res.arrayBuffer());
      expect(pdfInfo(pdf)).toMatchObject({ pages: 1, pageSizeName: 'A4' });
      const text = pdfText(pdf);
      for (const s of [
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'THÀNH PHỐ HUẾ',
        'Phường An Cựu',
        'Nguyễn Thanh Bình',
        SERIAL,
      ]) {
        expect(text).toContain(s);
      }
      expect(text).toContain('Quét mã để kiểm tra');
      expect(text).toMatch(/Ký số lúc \d{2}:\d{2}:\d{2} ngày \d{2}\/\d{2}\/\d{4}/);
      expect(pdfFonts(pdf).every((f) => f.name.includes('+Tinos-'))).toBe(true);
      expect(pdfSignatures(pdf)).toEqual([expect.objectContaining({ valid: true })]);
      // A second download serves the stored file: the same bytes, not a new rendering.
      const again = Buffer.from(
        await (await get(`/api/recognition/certificates/${SERIAL}/pdf`)).arrayBuffer(),
      );
      expect(again.equals(pdf)).toBe(true);
    });

    it('answers 400 in Vietnamese naming the field for a malformed serial, 404 for an unknown one', async () => {
      const bad = await get('/api/recognition/certificates/abc/pdf');
      expect(bad.status).toBe(400);
      const body = await bad.json();
      expect(body.error.message).toContain('"serial"');
      expect(body.error.message).toContain('không hợp lệ');
      const missing = await get('/api/recognition/certificates/NOPE-2025-0000/pdf');
      expect(missing.status).toBe(404);
      expect((await missing.json()).error.message).toContain('Không tìm thấy');
    });

    it('guards the admin list of recognitions and shows it to the demo admin', async () => {
      expect((await get('/recognition/recognitions')).status).toBe(401);
      const login = await get('/admin/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'admin@test.local', password: 'Test@12345' }),
      });
      expect(login.status).toBe(200);
      const token = (await login.json()).data.token;
      const res = await get('/recognition/recognitions', {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(res.status).toBe(200);
      const { data } = await res.json();
      expect(data).toEqual([
        expect.objectContaining({
          serial: SERIAL,
          year: 2025,
          unit: expect.objectContaining({ name: 'An Cựu', kind: 'phuong' }),
          jurisdiction: { name: 'Huế', slug: 'hue' },
        }),
      ]);
    });

    documentTests(() => app);
    contentModelTests(() => app);
    indexTests(() => app);
    unitImportTests(() => app);
    workflowTests(() => app);
    decisionTests(
      () => app,
      () => pki,
    );
    offlineProofTests(() => app, SERIAL);
    issuedDocumentTests(() => app);
    roleMatrixTests(() => app);
    workflowGuardTests(() => app);
    jurisdictionTests(() => app);
    slowClientTests(() => app, SERIAL);
    uploadTests(() => app);
    portalApiTests(() => app);
    tierTests(() => app);
    reportDutyTests(() => app);
    reportStatusTests(() => app);
    actTests(() => app);
    maintenanceTests(() => app);
    commendationTests(() => app);
    criteriaImportTests(() => app);
    reportReminderTests(() => app);
    accountImportTests(
      () => app,
      () => mailbox,
    );
    contentAuditTests(() => app);
    dutiesTests(() => app);
    councilGateTests(() => app);
    councilDraftTests(() => app);
    webSecurityTests(() => app);
    sessionTests(
      () => app,
      () => mailbox,
    );
    auditCheckpointTests(() => app);
    loginThrottleTests(
      () => app,
      () => mailbox,
    );
    metricsTests(() => app);
    oversightTests(
      () => app,
      () => mailbox,
    );
    raceTests(() => app);
    coreRulesTests(() => app);
    planTextTests(() => app);
    fuzzTests(() => app, opts.fuzzRuns);
    portalHomeTests(
      () => app,
      () => mailbox,
    );
    typedClientTests(() => app);
    paperPathTests(() => app);
    portalRefusalTests(() => app);
    publicRegisterTests(() => app);
    carryForwardTests(() => app);
    extensionTests(() => app);
    evidenceRuleTests(() => app);
    faultTests(() => app, { restartProcess: opts.restartProcess });

    it('registers the plugin permission action', () => {
      const actions = app.strapi.service('admin::permission').actionProvider.values();
      expect(actions.map((a: { actionId: string }) => a.actionId)).toContain(
        'plugin::recognition.read',
      );
    });
  });
}

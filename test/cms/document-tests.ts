// Documents from the database: both seed plans reproduce the restored texts word for word in
// Decree 30 layout; the year's decision and certificates are issued signed, stored with their
// hash, served as stored, and verifiable on the public page until revoked.
import { expect, it } from 'vitest';
import {
  bodyWords,
  pageNumbers,
  pdfFonts,
  pdfInfo,
  pdfSignatures,
  pdfText,
  pdfWords,
  wordsOutsideMargins,
} from '../helpers/poppler';
import { referenceBody, words } from '../helpers/reference-plans';
import type { TestApp } from '../helpers/strapi';

export function documentTests(getApp: () => TestApp) {
  const documents = () => getApp().strapi.plugin('recognition').service('documents');

  it.each(['dong-thap-67-kh-ubnd', 'hue-487-kh-ubnd'] as const)(
    'renders the %s plan from the CMS: the restored text word for word, in Decree 30 layout',
    async (slug) => {
      const { pdf } = await documents().render('plan', slug);
      const pages = pdfWords(pdf);
      expect(pdfInfo(pdf)).toMatchObject({ pageSizeName: 'A4' });
      expect(pages.length).toBeGreaterThanOrEqual(4);
      expect(wordsOutsideMargins(pages)).toEqual([]);
      const numbers = pageNumbers(pages);
      expect(numbers[0].number).toBeNull();
      expect(numbers.slice(1).every((n) => n.number === String(n.page))).toBe(true);
      for (const f of pdfFonts(pdf)) expect(f.name).toContain('+Tinos-');

      const reference = words(referenceBody(slug));
      const ours = bodyWords(pages);
      const start = ours.findIndex((_, i) =>
        reference.slice(0, 8).every((w, k) => ours[i + k] === w),
      );
      expect(start).toBeGreaterThan(0);
      expect(ours.slice(start, start + reference.length)).toEqual(reference);
    },
  );

  it('previews a plan’s draft as PDF for the admin edit screen, and refuses without a login', async () => {
    const app = getApp();
    const login = await fetch(`${app.baseUrl}/admin/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@test.local', password: 'Test@12345' }),
    });
    const token = (await login.json()).data.token;
    const res = await fetch(
      `${app.baseUrl}/recognition/documents/plan/hue-487-kh-ubnd/pdf?draft=true`,
      { headers: { authorization: `Bearer ${token}` } },
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const previewPdf = Buffer.from(await res.arrayBuffer());
    expect(pdfText(previewPdf)).toContain('Số: 487/KH-UBND');
    // Every page of a preview says what it is (the mark overlays the text, so it is read word by word).
    // (pdftotext splits "BẢN" and "LÝ" of the translucent overlay into letters and marks; the other words come whole.)
    const mark = ['XEM', 'TRƯỚC', 'KHÔNG', 'GIÁ', 'TRỊ', 'PHÁP'];
    const pages = pdfWords(previewPdf);
    expect(pages.length).toBeGreaterThan(3);
    for (const p of pages)
      expect(mark.filter((w) => !p.words.some((x) => x.text === w))).toEqual([]);
    // A certificate previewed by staff is not signed, and the preview is audited with its hash.
    const serial = (
      await app.strapi.db
        .query('plugin::recognition.recognition')
        .findOne({ where: { unit: { jurisdiction: { slug: 'hue' } } } })
    ).serial;
    const cert = await fetch(`${app.baseUrl}/recognition/documents/certificate/${serial}/pdf`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const certPdf = Buffer.from(await cert.arrayBuffer());
    expect(pdfSignatures(certPdf)).toEqual([]);
    expect(mark.filter((w) => !pdfWords(certPdf)[0].words.some((x) => x.text === w))).toEqual([]);
    const audited = await app.strapi.db.query('plugin::recognition.audit-event').findOne({
      where: { action: 'document.preview', subjectId: serial },
      orderBy: { seq: 'desc' },
    });
    expect(audited).toMatchObject({ actor: 'admin@test.local', subjectType: 'certificate' });
    expect(audited.after.sha256).toBe(
      app.strapi.plugin('recognition').service('pdf').sha256(certPdf),
    );
    expect(
      (await fetch(`${app.baseUrl}/recognition/documents/plan/hue-487-kh-ubnd/pdf`)).status,
    ).toBe(401);
    const bad = await fetch(`${app.baseUrl}/recognition/documents/bang-khen/x/pdf`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.message).toContain('"kind"');
  });

  it('renders the Đồng Tháp plan with its unknown day as in the original', async () => {
    const text = pdfText((await documents().render('plan', 'dong-thap-67-kh-ubnd')).pdf);
    expect(text).toMatch(/Đồng Tháp, ngày\s+tháng 01 năm 2026/);
    expect(text).toContain('Số: 67/KH-UBND');
    expect(text).toContain('Nguyễn Thành Diệu');
  });
}

export function issuedDocumentTests(getApp: () => TestApp) {
  const app = () => getApp();
  const documents = () => app().strapi.plugin('recognition').service('documents');

  it('renders the minutes, the dossier report and the annual report from the database', async () => {
    const { strapi } = app();
    const meeting = await strapi.db.query('plugin::recognition.meeting').findOne({});
    const minutes = pdfText((await documents().render('minutes', meeting.documentId)).pdf);
    expect(minutes).toContain('BIÊN BẢN');
    expect(minutes).toContain('Xã A Lưới 1');
    const reg = await strapi.db
      .query('plugin::recognition.registration')
      .findOne({ where: { year: 2026, state: { $ne: 'registered' } } });
    const report = pdfText((await documents().render('dossier-report', reg.documentId)).pdf);
    expect(report).toContain('Kết quả thực hiện Bộ Tiêu chí và kết quả tự chấm điểm');
    expect(report).toContain('ỦY BAN NHÂN DÂN');
    const annual = pdfText((await documents().render('report', 'hue:2026:annual')).pdf);
    expect(annual).toContain('Kết quả năm 2026');
    const list = await documents().list();
    expect(list.map((d: { kind: string }) => d.kind)).toEqual(
      expect.arrayContaining([
        'plan',
        'decision',
        'certificate',
        'minutes',
        'dossier-report',
        'report',
      ]),
    );
  });
}

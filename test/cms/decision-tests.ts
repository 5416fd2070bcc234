// The legal act after "Công nhận", over HTTP as the approver does it: the Huế year's draft
// decision (the unit workflow-tests recognised) issued with the register's number and a chosen
// signer, signed, stored and immutable; its certificate issued after it with its number; then
// revoked with a signed revocation decision that the verification page and the public register
// show at once. Then a province numbering automatically whose plan issues no certificates.
import { createHash, randomBytes } from 'node:crypto';
import { makeSerial } from '../../plugins/recognition/shared/domain/certificate-serial';
import { expect, it } from 'vitest';
import sharp from 'sharp';
import fs from 'node:fs';
import { readDss } from '../../pipeline/src/sign/ltv';
import { allSignatureParts } from '../../pipeline/src/sign/signature-info';
import { validatePdfSignature } from '../../pipeline/src/validate/validate';
import { pdfDocumentTimestamps, pdfInfo, pdfSignatures, pdfText } from '../helpers/poppler';
import { outsideVerdicts } from '../helpers/outside-tools';
import type { TestPki } from '../helpers/pki';
import { ensureStaff, type TestApp } from '../helpers/strapi';

const PASSWORD = 'Test@12345';
const DECISION = 'plugin::recognition.decision';
const RECOGNITION = 'plugin::recognition.recognition';

export function decisionTests(getApp: () => TestApp, getPki: () => TestPki) {
  const app = () => getApp();
  const setNow = (iso: string) => {
    app().strapi.plugin('recognition').service('clock').now = () => new Date(iso);
  };
  async function call(method: string, path: string, token?: string, body?: unknown) {
    const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
    if (body !== undefined) headers['content-type'] = 'application/json';
    const raw = await fetch(`${app().baseUrl}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (raw.headers.get('content-type') ?? '').includes('json');
    return {
      status: raw.status,
      body: json ? await raw.json() : Buffer.from(await raw.arrayBuffer()),
    } as { status: number; body: any };
  }
  const login = async (email: string) =>
    (await call('POST', '/admin/login', undefined, { email, password: PASSWORD })).body.data
      .token as string;
  const officerToken = async () =>
    (
      await call('POST', '/api/auth/local', undefined, {
        identifier: 'canbo.aluoi1@dienhinh.local',
        password: PASSWORD,
      })
    ).body.jwt as string;
  /** Waits for the background issuing of a decision's certificates. */
  async function certificatesIssued(serials: string[]) {
    for (let i = 0; i < 120; i++) {
      const n = await app()
        .strapi.db.query(RECOGNITION)
        .count({ where: { serial: { $in: serials }, certificateStatus: 'issued' } });
      if (n === serials.length) return;
      await new Promise((r) => setTimeout(r, 500));
    }
    throw new Error(`certificates ${serials.join(', ')} not issued within 60 s`);
  }
  const huePath = '/recognition/decisions?jurisdiction=hue&year=2026';

  /** Uploads an image through the upload plugin, as the media library does. */
  async function uploadImage(name: string, bytes: Buffer, mimetype: string) {
    const fs = await import('node:fs');
    const os = await import('node:os');
    const file = `${fs.mkdtempSync(`${os.tmpdir()}/dienhinh-mark-`)}/${name}`;
    fs.writeFileSync(file, bytes);
    const [up] = await app()
      .strapi.plugin('upload')
      .service('upload')
      .upload({
        data: { fileInfo: { name } },
        files: { filepath: file, originalFilename: name, mimetype, size: bytes.length },
      });
    return up.id as number;
  }
  const drawing = (svg: string, w: number, h: number) =>
    sharp(
      Buffer.from(
        `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}">${svg}</svg>`,
      ),
    );
  /** Sets Huế's seal and its first signer's signature image. */
  async function setHueMarks(seal: number, signature: number) {
    const j: any = await app()
      .strapi.documents('api::jurisdiction.jurisdiction')
      .findFirst({ filters: { slug: 'hue' }, populate: ['signers'] });
    const signers = j.signers.map(({ id: _id, ...s }: any, i: number) => ({
      ...s,
      signature: i === 0 ? signature : null,
    }));
    await app()
      .strapi.documents('api::jurisdiction.jurisdiction')
      .update({ documentId: j.documentId, data: { seal, signers } as never });
  }

  it('issues the Huế decision with the number and signer the approver enters: signed, stored, immutable; certificates follow with its number', async () => {
    const { strapi } = app();
    await ensureStaff(strapi, {
      email: 'pheduyet.dt@test.local',
      roleCode: 'dienhinh-approver',
      jurisdictions: ['dong-thap'],
      password: PASSWORD,
    });
    const approver = await login('pheduyet2@test.local');
    const secretariat = await login('thuky@dienhinh.local');
    const elsewhere = await login('pheduyet.dt@test.local');
    setNow('2026-12-09T02:00:00Z');

    const year = await call('GET', huePath, approver);
    expect(year.status, JSON.stringify(year.body)).toBe(200);
    expect(year.body.data).toMatchObject({
      numbering: 'manual',
      nextNumber: null,
      recipients: expect.arrayContaining(['Lưu: VT.']),
    });
    expect(year.body.data.signers.map((s: { label: string }) => s.label)).toEqual([
      'TM. ỦY BAN NHÂN DÂN · KT. CHỦ TỊCH · PHÓ CHỦ TỊCH · Nguyễn Thanh Bình',
      'TM. ỦY BAN NHÂN DÂN · CHỦ TỊCH · Chủ tịch Ủy ban (mẫu)',
    ]);
    const [draft] = year.body.data.decisions;
    expect(draft).toMatchObject({
      kind: 'recognition',
      status: 'draft',
      number: null,
      allowedEvents: ['issue'],
      units: [{ name: 'Xã A Lưới 1', certificate: 'awaiting' }],
    });
    const serial = draft.units[0].serial as string;
    // The secretariat sees the year's decisions but is offered no issuing, and is refused it.
    expect((await call('GET', huePath, secretariat)).body.data.decisions[0].allowedEvents).toEqual(
      [],
    );
    const issuePath = `/recognition/decisions/${draft.documentId}/issue`;
    const good = {
      number: '2788/QĐ-UBND',
      date: '2026-12-09',
      signer: 0,
      recipients: ['Như Điều 3;', 'Công an thành phố;', 'Lưu: VT, NC.'],
    };
    expect((await call('POST', issuePath, secretariat, good)).status).toBe(403);
    expect((await call('POST', issuePath, elsewhere, good)).status).toBe(403);
    expect((await call('GET', huePath, elsewhere)).status).toBe(403);
    // Refusals name the field, in Vietnamese, and write nothing.
    for (const [body, field] of [
      [{ ...good, number: undefined }, 'number'],
      [{ ...good, number: 'QĐ 2788' }, 'number'],
      [{ ...good, date: '2026-12-10' }, 'date'],
      [{ ...good, signer: 5 }, 'signer'],
    ] as const) {
      const r = await call('POST', issuePath, approver, body);
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.body.error.details).toMatchObject({ code: 'decision-invalid', field });
    }
    expect((await call('POST', issuePath, approver, { ...good, recipients: [] })).status).toBe(400);
    // The decision itself is held to the plan's day for recognising (Huế II.4: 10/12), not only
    // the approver's click: issued on the 12th, it may not be dated the 11th.
    setNow('2026-12-12T02:00:00Z');
    const late = await call('POST', issuePath, approver, { ...good, date: '2026-12-11' });
    expect(late.status).toBe(400);
    expect(late.body.error.details).toMatchObject({ code: 'decision-invalid', field: 'date' });
    expect(late.body.error.message).toContain('sau hạn');
    expect(late.body.error.message).toContain('10/12/2026');
    setNow('2026-12-09T02:00:00Z');
    expect(
      (await call('GET', `/recognition/decisions/${draft.documentId}/pdf`, approver)).status,
    ).toBe(404);
    expect(
      await strapi.db.query(DECISION).findOne({ where: { documentId: draft.documentId } }),
    ).toMatchObject({ status: 'draft', number: null, pdfSha256: null, issuedAt: null });

    // The province's own seal and signer's signature are used once uploaded; a JPEG is refused by name, and nothing is issued.
    const signature = await uploadImage(
      'chu-ky.png',
      await drawing(
        '<path d="M10 100 C 80 10, 160 140, 380 40" stroke="#1a3c9c" stroke-width="6" fill="none"/>',
        400,
        150,
      )
        .png()
        .toBuffer(),
      'image/png',
    );
    await setHueMarks(
      await uploadImage(
        'con-dau.jpg',
        await drawing('<circle cx="150" cy="150" r="140" fill="#c00"/>', 300, 300)
          .jpeg()
          .toBuffer(),
        'image/jpeg',
      ),
      signature,
    );
    const refused = await call('POST', issuePath, approver, good);
    expect(refused.status).toBe(415);
    expect(refused.body.error.message).toContain('Hình con dấu: chỉ nhận ảnh PNG');
    expect(
      await strapi.db.query(DECISION).findOne({ where: { documentId: draft.documentId } }),
    ).toMatchObject({ status: 'draft', number: null });
    await setHueMarks(
      await uploadImage(
        'con-dau.png',
        await drawing(
          '<circle cx="150" cy="150" r="140" fill="none" stroke="#c00" stroke-width="12"/>',
          300,
          300,
        )
          .png()
          .toBuffer(),
        'image/png',
      ),
      signature,
    );

    const issued = await call('POST', issuePath, approver, good);
    expect(issued.status, JSON.stringify(issued.body)).toBe(200);
    expect(issued.body.data).toMatchObject({
      number: '2788/QĐ-UBND',
      date: '2026-12-09',
      status: 'issued',
      units: 1,
      certificates: 1,
    });
    // Issued once: a second issue is refused, and nothing but the workflow may write it.
    expect(
      (await call('POST', issuePath, approver, { ...good, number: '2789/QĐ-UBND' })).status,
    ).toBe(409);
    await expect(
      strapi
        .documents(DECISION)
        .update({ documentId: draft.documentId, data: { number: '1/QĐ-UBND' } as never }),
    ).rejects.toThrow();

    const pdf = await call('GET', `/recognition/decisions/${draft.documentId}/pdf`, secretariat);
    expect(pdf.status).toBe(200);
    expect(pdfSignatures(pdf.body)).toEqual([expect.objectContaining({ valid: true })]);
    const text = pdfText(pdf.body).replace(/\s+/g, ' ');
    for (const s of [
      'Số: 2788/QĐ-UBND',
      'Xã A Lưới 1',
      'Nguyễn Thanh Bình',
      'PHÓ CHỦ TỊCH',
      'Công an thành phố;',
      'Lưu: VT, NC.',
      'Bộ Công an ban hành Bộ Tiêu chí',
    ])
      expect(text).toContain(s);
    // Signed with the uploaded marks: no sample note on the page or in the metadata.
    expect(text).not.toContain('mẫu minh họa');
    expect(pdfInfo(pdf.body).keywords).toContain('marks=uploaded');
    const stored = await strapi.db
      .query(DECISION)
      .findOne({ where: { documentId: draft.documentId } });
    expect(stored).toMatchObject({
      status: 'issued',
      number: '2788/QĐ-UBND',
      signerName: 'Nguyễn Thanh Bình',
      pdfSha256: createHash('sha256').update(pdf.body).digest('hex'),
    });
    expect(
      await strapi.db
        .query('plugin::recognition.audit-event')
        .findOne({ where: { action: 'decision.issue', subjectId: draft.documentId } }),
    ).toMatchObject({
      actor: 'pheduyet2@test.local',
      jurisdiction: 'hue',
      after: { status: 'issued', number: '2788/QĐ-UBND', sha256: stored.pdfSha256 },
    });

    // The certificate is issued now, in the background, with the decision's number, not at a download.
    // (On PostgreSQL the app under test runs with DIENHINH_WORKER=off: it takes jobs for this wait only.)
    const jobs = strapi.plugin('recognition').service('jobs');
    if (app().db === 'postgres') await jobs.startWorking();
    try {
      await certificatesIssued([serial]);
    } finally {
      if (app().db === 'postgres') await jobs.stopWorking();
    }
    const rec = await strapi.db.query(RECOGNITION).findOne({ where: { serial } });
    expect(rec).toMatchObject({ decisionNumber: '2788/QĐ-UBND', signerName: 'Nguyễn Thanh Bình' });
    expect(new Date(rec.issuedAt).getTime()).toBeGreaterThanOrEqual(
      new Date(stored.issuedAt).getTime(),
    );
    const reg = await strapi.db
      .query(RECOGNITION)
      .findOne({ where: { serial }, populate: ['registration'] });
    const download = await call(
      'GET',
      `/api/recognition/registrations/${reg.registration.documentId}/certificate`,
      await officerToken(),
    );
    expect(download.status).toBe(200);
    expect(createHash('sha256').update(download.body).digest('hex')).toBe(rec.pdfSha256);
    expect(pdfText(download.body)).toContain('2788/QĐ-UBND');
    const page = await (await fetch(`${app().baseUrl}/verify/${serial}`)).text();
    expect(page).toContain('CÒN HIỆU LỰC');
    expect(page).toContain('Số 2788/QĐ-UBND ngày 09/12/2026');
    expect(page).toContain(rec.pdfSha256);
    // The signer's certificate as read from the issued PDF: subject, issuer, validity, fingerprint, PAdES.
    expect(page).toContain('Chứng thư ký số');
    expect(page).toMatch(/Dấu vân tay SHA-256: <code>[0-9a-f]{64}<\/code>/);
    expect(page).toContain('Dạng chữ ký: ETSI.CAdES.detached');
    // Huế's own key (the suite's test chain), not the server's demo key.
    expect(page).toContain(
      'Chủ tịch Ủy ban (thử nghiệm); Ủy ban nhân dân thành phố Huế (thử nghiệm); VN',
    );
    expect(page).toContain('Cấp bởi: dienhinh Test Issuing CA; dienhinh (thử nghiệm); VN');
    expect(page).not.toContain('CN=');
    expect(pdfSignatures(download.body)).toEqual([
      expect.objectContaining({ valid: true, commonName: 'Chủ tịch Ủy ban (thử nghiệm)' }),
    ]);
    // PAdES B-LTA: the signature's timestamp, the DSS with the chain and the CRL, then a document
    // timestamp over everything; checked with nothing but the test root.
    expect(pdfDocumentTimestamps(download.body)).toEqual([
      expect.objectContaining({ commonName: 'dienhinh Test Timestamping' }),
    ]);
    expect(allSignatureParts(download.body).map((p) => p.subFilter)).toEqual([
      'ETSI.CAdES.detached',
      'ETSI.RFC3161',
    ]);
    expect((await readDss(download.body))?.crls).toHaveLength(1);
    const verdict = await validatePdfSignature(download.body, {
      roots: [fs.readFileSync(getPki().root.cert)],
    });
    expect(verdict).toMatchObject({
      valid: true,
      intact: true,
      signer: 'Chủ tịch Ủy ban (thử nghiệm)',
    });
    expect(verdict.timestampedAt).toBeInstanceOf(Date);
    // And tools that did not make it: pdfsig trusts it with only the test root in its NSS store,
    // qpdf finds it sound, openssl verifies the CMS over the signed ranges and the timestamp.
    const outside = outsideVerdicts(download.body, getPki());
    expect(outside.pdfsig).toContain('Certificate Validation: Certificate is Trusted.');
    expect(outside.qpdfStatus, outside.qpdf).toBe(0);
    expect(outside.cms).toContain('Verification successful');
    expect(outside.ts).toContain('Verification: OK');
  });

  it('revokes the unit with a signed revocation decision, shown at once on the verification page and in the public register', async () => {
    const { strapi, baseUrl } = app();
    const approver = await login('pheduyet2@test.local');
    setNow('2027-02-20T02:00:00Z');
    const rec = await strapi.db
      .query(RECOGNITION)
      .findOne({ where: { decisionNumber: '2788/QĐ-UBND' }, populate: ['registration'] });
    const path = `/recognition/registrations/${rec.registration.documentId}/revoke`;
    const reason = 'Phát hiện vụ việc phức tạp về an ninh, trật tự kéo dài';
    expect((await call('POST', path, approver, { reason: '', signer: 0 })).status).toBe(400);
    expect(
      (await call('POST', path, approver, { reason, date: '2027-02-20', signer: 1 })).body.error
        .details,
    ).toMatchObject({ code: 'decision-invalid', field: 'number' });
    expect(
      (
        await call('POST', path, approver, {
          reason,
          number: '2788/QĐ-UBND',
          date: '2027-02-20',
          signer: 1,
        })
      ).status,
    ).toBe(409);
    expect(
      (
        await call('POST', path, approver, {
          reason,
          number: '15/QĐ-UBND',
          date: '2026-12-01',
          signer: 1,
        })
      ).body.error.details,
    ).toMatchObject({ field: 'date' });
    expect(await strapi.db.query(RECOGNITION).findOne({ where: { id: rec.id } })).toMatchObject({
      status: 'recognised',
    });

    const revoked = await call('POST', path, approver, {
      reason,
      number: '15/QĐ-UBND',
      date: '2027-02-20',
      signer: 1,
    });
    expect(revoked.status, JSON.stringify(revoked.body)).toBe(200);
    expect(revoked.body.data).toMatchObject({
      state: 'revoked',
      serial: rec.serial,
      decision: { number: '15/QĐ-UBND', date: '2027-02-20' },
    });
    const decisionPdf = await call(
      'GET',
      `/recognition/decisions/${revoked.body.data.decision.documentId}/pdf`,
      approver,
    );
    expect(pdfSignatures(decisionPdf.body)).toEqual([expect.objectContaining({ valid: true })]);
    const text = pdfText(decisionPdf.body).replace(/\s+/g, ' ');
    for (const s of [
      'Số: 15/QĐ-UBND',
      'thu hồi Quyết định công nhận Xã A Lưới 1',
      'Quyết định số 2788/QĐ-UBND',
      rec.serial,
      reason,
      'Chủ tịch Ủy ban (mẫu)',
    ])
      expect(text).toContain(s);
    // This signer has no uploaded signature: the generated marks are used and said to be samples.
    expect(text).toContain('Hình dấu và chữ ký là mẫu minh họa');
    expect(pdfInfo(decisionPdf.body).keywords).toContain('marks=sample');
    expect(
      (await call('GET', huePath, approver)).body.data.decisions.map(
        (d: { kind: string; number: string }) => `${d.kind} ${d.number}`,
      ),
    ).toEqual(['recognition 2788/QĐ-UBND', 'revocation 15/QĐ-UBND']);

    expect((await call('GET', `/api/recognition/certificates/${rec.serial}/pdf`)).status).toBe(404);
    const page = await (await fetch(`${baseUrl}/verify/${rec.serial}`)).text();
    expect(page).toContain('ĐÃ BỊ THU HỒI');
    expect(page).toContain('Thu hồi theo Quyết định số 15/QĐ-UBND ngày 20/02/2027');
    expect(page).toContain(reason);
    const json = await (await fetch(`${baseUrl}/cong-nhan/hue/2026.json`)).json();
    expect(json.units.find((u: { serial: string }) => u.serial === rec.serial)).toMatchObject({
      status: 'revoked',
      decisionNumber: '2788/QĐ-UBND',
      revocationNumber: '15/QĐ-UBND',
      revocationDate: '2027-02-20',
    });
    expect(await (await fetch(`${baseUrl}/cong-nhan/hue/2026`)).text()).toContain(
      'theo Quyết định số 15/QĐ-UBND ngày 20/02/2027',
    );
    expect(await (await fetch(`${baseUrl}/cong-nhan/hue/2026.csv`)).text()).toContain(
      ',15/QĐ-UBND,20/02/2027',
    );
    expect((await call('GET', '/recognition/audit/verify', approver)).body.data).toMatchObject({
      ok: true,
    });
  });

  it('corrects an issued decision only by a new signed decision that amends it, linked to it', async () => {
    const { strapi, baseUrl } = app();
    const approver = await login('pheduyet2@test.local');
    setNow('2027-03-01T02:00:00Z');
    const decisions = (await call('GET', huePath, approver)).body.data.decisions;
    const original = decisions.find((d: { number: string }) => d.number === '2788/QĐ-UBND');
    const revocation = decisions.find((d: { kind: string }) => d.kind === 'revocation');
    expect(original.allowedEvents).toEqual(['amend']);
    expect(revocation.allowedEvents).toEqual([]);
    const change =
      'Tại số thứ tự 1 của Danh sách kèm theo, sửa "Xã A Lưới 1" thành "Xã A Lưới 1, thành phố Huế".';
    const body = { changes: [change], number: '31/QĐ-UBND', date: '2027-03-01', signer: 0 };
    expect(
      (
        await call(
          'POST',
          `/recognition/decisions/${original.documentId}/amend`,
          await login('thuky@dienhinh.local'),
          body,
        )
      ).status,
    ).toBe(403);
    expect(
      (await call('POST', `/recognition/decisions/${revocation.documentId}/amend`, approver, body))
        .status,
    ).toBe(409);
    expect(
      (
        await call('POST', `/recognition/decisions/${original.documentId}/amend`, approver, {
          ...body,
          changes: [],
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await call('POST', `/recognition/decisions/${original.documentId}/amend`, approver, {
          ...body,
          number: '15/QĐ-UBND',
        })
      ).status,
    ).toBe(409);

    const amended = await call(
      'POST',
      `/recognition/decisions/${original.documentId}/amend`,
      approver,
      body,
    );
    expect(amended.status, JSON.stringify(amended.body)).toBe(200);
    expect(amended.body.data).toMatchObject({
      number: '31/QĐ-UBND',
      date: '2027-03-01',
      amends: '2788/QĐ-UBND',
    });
    const pdf = await call(
      'GET',
      `/recognition/decisions/${amended.body.data.documentId}/pdf`,
      approver,
    );
    expect(pdfSignatures(pdf.body)).toEqual([expect.objectContaining({ valid: true })]);
    const text = pdfText(pdf.body).replace(/\s+/g, ' ');
    for (const s of [
      'Số: 31/QĐ-UBND',
      'Sửa đổi, bổ sung Quyết định số 2788/QĐ-UBND',
      change,
      'giữ nguyên',
    ])
      expect(text).toContain(s);
    // The original is unchanged, and names the decision that amends it.
    const after = (await call('GET', huePath, approver)).body.data.decisions;
    expect(after.find((d: { number: string }) => d.number === '2788/QĐ-UBND')).toMatchObject({
      sha256: original.sha256,
      later: expect.arrayContaining([
        { kind: 'amendment', number: '31/QĐ-UBND', date: '2027-03-01' },
      ]),
    });
    expect(after.find((d: { number: string }) => d.number === '31/QĐ-UBND')).toMatchObject({
      kind: 'amendment',
      corrects: { number: '2788/QĐ-UBND' },
    });
    const serial = (
      await strapi.db.query(RECOGNITION).findOne({ where: { decisionNumber: '2788/QĐ-UBND' } })
    ).serial;
    expect(await (await fetch(`${baseUrl}/verify/${serial}`)).text()).toContain(
      'sửa đổi, bổ sung bởi Quyết định số 31/QĐ-UBND ngày 01/03/2027',
    );
  });

  it('numbers gap-free where the province numbers automatically, and a plan without certificates issues none', async () => {
    const { strapi } = app();
    const approver = await login('pheduyet.dt@test.local');
    setNow('2026-12-15T02:00:00Z');
    const dt = await strapi.db
      .query('api::jurisdiction.jurisdiction')
      .findOne({ where: { slug: 'dong-thap' } });
    const units = await strapi.db.query('api::unit.unit').findMany({
      where: { jurisdiction: { id: dt.id }, kind: 'xa' },
      orderBy: { id: 'asc' },
      limit: 2,
    });
    // Two drafts, as two rounds of "Công nhận" would leave them (newDecision for the second).
    const decisions = strapi.plugin('recognition').service('decisions');
    const drafts = [];
    const serials: string[] = [];
    for (const unit of units) {
      const draft = await strapi.db.transaction(() =>
        decisions.draftFor(dt, 2026, { fresh: true }),
      );
      const made = await strapi.db.query(RECOGNITION).create({
        data: {
          unit: unit.id,
          decision: draft.id,
          year: 2026,
          status: 'recognised',
          serial: serials[serials.push(makeSerial(2026, randomBytes(12))) - 1],
        },
      });
      await strapi.plugin('recognition').service('certificates').queue(made.id, false);
      drafts.push(draft);
    }
    const year = (
      await call('GET', '/recognition/decisions?jurisdiction=dong-thap&year=2026', approver)
    ).body.data;
    expect(year).toMatchObject({ numbering: 'automatic', nextNumber: '01/QĐ-UBND' });
    const issue = (d: { documentId: string }, body: object) =>
      call('POST', `/recognition/decisions/${d.documentId}/issue`, approver, {
        signer: 0,
        recipients: year.recipients,
        ...body,
      });
    // A number typed by hand is refused; a refused issue takes no number.
    expect((await issue(drafts[1], { number: '07/QĐ-UBND' })).status).toBe(400);
    expect((await issue(drafts[1], { signer: 3 })).status).toBe(400);
    const second = await issue(drafts[1], {});
    expect(second.body.data, JSON.stringify(second.body)).toMatchObject({
      number: '01/QĐ-UBND',
      date: '2026-12-15',
      certificates: 0,
    });
    expect((await issue(drafts[0], { date: '2026-12-14' })).body.data).toMatchObject({
      number: '02/QĐ-UBND',
      date: '2026-12-14',
      certificates: 0,
    });
    const rows = await strapi.db.query(DECISION).findMany({
      where: { jurisdiction: { id: dt.id }, year: 2026, status: 'issued' },
      orderBy: { sequence: 'asc' },
    });
    expect(rows.map((d: { sequence: number }) => d.sequence)).toEqual([1, 2]);
    // Đồng Tháp has no key of its own in this suite: the server's (demo) key signs its decisions.
    for (const d of rows)
      expect(
        pdfSignatures(
          (await call('GET', `/recognition/decisions/${d.documentId}/pdf`, approver)).body,
        ),
      ).toEqual([
        expect.objectContaining({
          valid: true,
          commonName: 'dienhinh DEMO (không có giá trị pháp lý)',
        }),
      ]);
    // No certificate for a plan that issues none: nothing to download, nothing stored.
    const recs = await strapi.db
      .query(RECOGNITION)
      .findMany({ where: { serial: { $in: serials } }, populate: ['pdf'], orderBy: { id: 'asc' } });
    expect(recs.map((r: any) => [r.certificateStatus, r.pdf, r.decisionNumber])).toEqual([
      ['none', null, '02/QĐ-UBND'],
      ['none', null, '01/QĐ-UBND'],
    ]);
    expect((await call('GET', `/api/recognition/certificates/${serials[0]}/pdf`)).status).toBe(404);
  });
}

// Every document template from its fixture, printed in real Chromium and read back with poppler:
// A4, Decree 30 margins, page numbers from page 2 at the top centre, only the bundled font,
// intact Vietnamese, and valid signatures where the document is signed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPipelineConfig } from '../../pipeline/src/config';
import { PdfPool } from '../../pipeline/src/render/pool';
import { renderOnePageBatch } from '../../pipeline/src/render/batch';
import { renderDocument } from '../../pipeline/src/render/render-document';
import { createDemoP12 } from '../../pipeline/src/sign/p12';
import { finishPdf } from '../../pipeline/src/sign/signing';
import {
  loadSigningIdentity,
  type SigningIdentity,
} from '../../pipeline/src/sign/signing-identity';
import { signatureImages } from '../../pipeline/src/sign/stamps';
import { qrOfPdf } from '../../pipeline/src/validate/qr-scan';
import {
  pageNumbers,
  pdfFonts,
  pdfInfo,
  pdfSignatures,
  pdfText,
  pdfWords,
  wordsOutsideMargins,
} from '../helpers/poppler';

const fixture = (kind: string) =>
  JSON.parse(
    fs.readFileSync(path.join(__dirname, '../../templates', kind, 'fixture.json'), 'utf8'),
  );
const official = [
  'plan',
  'decision',
  'minutes',
  'dossier-report',
  'registration-form',
  'report',
  'report-act',
  'review-act',
  'audit-annex',
  'council-decision',
  'proposal',
  'unit-proposal',
  'commendation-decision',
] as const;

describe('document templates in Chromium', () => {
  let pool: PdfPool;
  let identity: SigningIdentity;
  let dir: string;
  beforeAll(() => {
    pool = new PdfPool(loadPipelineConfig({}));
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dienhinh-sign-'));
    createDemoP12(path.join(dir, 'k.p12'), 'pw', 'Ủy ban nhân dân thành phố Huế (thử)');
    identity = loadSigningIdentity(path.join(dir, 'k.p12'), 'pw');
  });
  afterAll(async () => {
    await pool.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const render = async (kind: string, data: unknown) => {
    const r = await renderDocument(pool, kind, data);
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
    return r.value;
  };

  it.each(official)(
    '%s: A4 portrait, inside the Decree 30 margins, numbered from page 2, Tinos only',
    async (kind) => {
      const { pdf } = await render(kind, fixture(kind));
      const info = pdfInfo(pdf);
      expect(info.pageSizeName).toBe('A4');
      expect(info.widthPt).toBeLessThan(info.heightPt);
      const pages = pdfWords(pdf);
      expect(pages).toHaveLength(info.pages);
      expect(pages[0].words.length).toBeGreaterThan(40);
      expect(wordsOutsideMargins(pages)).toEqual([]);
      const numbers = pageNumbers(pages);
      expect(numbers[0].number).toBeNull();
      for (const n of numbers.slice(1)) {
        expect(n.number).toBe(String(n.page));
        expect(n.centreOffset!).toBeLessThan(6);
      }
      for (const f of pdfFonts(pdf))
        expect(f.name).toMatch(/^[A-Z]{6}\+Tinos-(Regular|Bold|Italic|BoldItalic)$/);
      const text = pdfText(pdf);
      expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
      expect(text.normalize('NFC')).toBe(text);
      // Table headings print whole: a narrow column wraps between words, never inside one ("ST T", "Khôn g").
      const template = fs.readFileSync(
        path.join(__dirname, '../../templates', kind, 'template.hbs'),
        'utf8',
      );
      const headings = [...template.matchAll(/<th[^>]*>([^<{]+)<\/th>/g)]
        .flatMap((m) => m[1]!.split(/[\s/()]+/))
        .filter((w) => w.length > 1);
      for (const word of headings) expect(text, `"${word}" in ${kind}`).toContain(word);
    },
  );

  it('plan: several pages; the number line and the date line as Decree 30 writes them', async () => {
    const { pdf } = await render('plan', fixture('plan'));
    expect(pdfInfo(pdf).pages).toBeGreaterThanOrEqual(2);
    const text = pdfText(pdf);
    expect(text).toContain('Số: 487/KH-UBND');
    expect(text).toContain('Huế, ngày 26 tháng 12 năm 2025');
    expect(text).toContain('KẾ HOẠCH');
    expect(text).toContain('TM. ỦY BAN NHÂN DÂN');
    expect(text).toContain('Nơi nhận:');
  });

  it('plan: a date whose day is unknown keeps the blank for the day, as the original', async () => {
    const { pdf } = await render('plan', {
      ...fixture('plan'),
      place: 'Đồng Tháp',
      date: '2026-01-??',
    });
    expect(pdfText(pdf)).toMatch(/Đồng Tháp, ngày\s+tháng 01 năm 2026/);
  });

  it('decision: căn cứ lines end with ";" and the last with ".", and the list of units is attached', async () => {
    const { pdf } = await render('decision', fixture('decision'));
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    expect(text).toContain('ngày 16 tháng 6 năm 2025;');
    expect(text).toContain('Theo đề nghị của Giám đốc Công an thành phố Huế.');
    expect(text).toContain('QUYẾT ĐỊNH:');
    expect(text).toContain('Điều 1. Công nhận 03 đơn vị');
    expect(text).toContain(
      '(Kèm theo Quyết định số 01/QĐ-UBND ngày 08 tháng 12 năm 2026 của Ủy ban nhân dân thành phố Huế)',
    );
    expect(text).toContain('Trường THPT chuyên Quốc Học Huế');
    expect(pdfInfo(pdf).pages).toBe(2);
  });

  it('certificate: its QR code (the verification address and a signed payload as long as a real one) reads from a 72 dpi image', async () => {
    const claims = {
      v: 1,
      iss: 'hue',
      sn: 'HUE-2026-000001',
      u: 'Phường An Cựu',
      k: 'phuong',
      y: 2026,
      qd: '2790/QĐ-UBND',
      nd: '2026-12-08',
      sl: 12,
    };
    const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const qrText = `https://dienhinh.hue.gov.vn/verify/HUE-2026-000001#${b64({ alg: 'ES256', kid: 'hue-2026-abcdef12' })}.${b64(claims)}.${'s'.repeat(86)}`;
    const { pdf } = await render('certificate', { ...fixture('certificate'), qrText });
    expect(qrOfPdf(pdf, 72)).toBe(qrText);
  });

  it('decision and certificate signed (PAdES, ETSI.CAdES.detached): seal and signature drawn, signing time in Vietnamese, pdfsig valid', async () => {
    for (const kind of ['decision', 'certificate']) {
      const data = fixture(kind);
      const signingTime = new Date('2026-12-08T03:00:00Z');
      const images = await signatureImages(data.issuer.lines.join(' '), data.signer.name);
      const signed = { ...data, signature: { time: '2026-12-08T10:00:00+07:00', ...images } };
      const r = await render(kind, signed);
      const pdf = await finishPdf(
        r.pdf,
        {
          title: r.title,
          subject: r.subject,
          templateVersion: r.templateVersion,
          dataHash: 'x'.repeat(64),
        },
        { identity, signingTime, reason: r.subject, location: 'Huế' },
      );
      expect(pdfText(pdf)).toContain('Ký số lúc 10:00:00 ngày 08/12/2026');
      const sigs = pdfSignatures(pdf);
      expect(sigs).toHaveLength(1);
      expect(sigs[0]).toMatchObject({
        valid: true,
        commonName: 'Ủy ban nhân dân thành phố Huế (thử)',
      });
      // A PAdES baseline signature (PKI.js CMS), not the former adbe.pkcs7.detached.
      expect(sigs[0].raw).toContain('Signature Type: ETSI.CAdES.detached');
      const info = pdfInfo(pdf);
      expect(info.title).toBe(r.title);
      for (const f of pdfFonts(pdf)) expect(f.name).toContain('+Tinos-');
    }
  });

  it("national-status: the Ministry's extract keeps the page and says it is no act", async () => {
    const { pdf } = await render('national-status', fixture('national-status'));
    const pages = pdfWords(pdf);
    expect(pdfInfo(pdf).pageSizeName).toBe('A4');
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(wordsOutsideMargins(pages)).toEqual([]);
    for (const n of pageNumbers(pages).slice(1)) expect(n.number).toBe(String(n.page));
    for (const f of pdfFonts(pdf)) expect(f.name).toContain('+Tinos-');
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    expect(text).toContain('BẢNG TỔNG HỢP');
    expect(text).toContain('không thay thế các báo cáo đã ký');
    expect(text).not.toContain('Số:');
    expect(text).toContain('Tỉnh Đồng Tháp');
    expect(text).toContain('Quá hạn, chưa báo cáo');
    expect(text).toContain('Tính đến ngày 06 tháng 12 năm 2026');
    expect(text.normalize('NFC')).toBe(text);
  });

  it('minutes: secretary signs left, chair right, with the closing time', async () => {
    const text = pdfText(await render('minutes', fixture('minutes')).then((r) => r.pdf), true);
    expect(text).toMatch(/THƯ KÝ\s+CHỦ TỌA/);
    expect(text).toContain('Cuộc họp kết thúc lúc 10 giờ 30');
  });

  // Fidelity of the new acts' wording: every sentence the data gives is printed whole, in order.
  const sentences = (text: string) => text.replace(/\s+/g, ' ');

  it('council-decision: the authority, each basis with its punctuation, three articles, the members under the first', async () => {
    const data = fixture('council-decision');
    const text = sentences(pdfText((await render('council-decision', data)).pdf));
    expect(text).toContain('QUYẾT ĐỊNH');
    expect(text).toContain(data.summary);
    expect(text).toContain('GIÁM ĐỐC CÔNG AN TỈNH ĐỒNG THÁP');
    expect(text).toContain(`${data.bases[0]};`);
    expect(text).toContain(`${data.bases[1]}.`);
    const at = data.articles.map((a: string, i: number) => text.indexOf(`Điều ${i + 1}. ${a}`));
    expect(at.every((i: number) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    for (const m of data.members) {
      const row = text.indexOf(m.name);
      expect(row).toBeGreaterThan(at[0]);
      expect(row).toBeLessThan(at[1]);
      expect(text).toContain(m.role);
    }
    expect(text).toContain('Số: 05/QĐ-CA');
  });

  it('proposal: to the People’s Committee, its reasons, every unit proposed with its marks and minutes', async () => {
    const data = fixture('proposal');
    const text = sentences(pdfText((await render('proposal', data)).pdf));
    expect(text).toContain('TỜ TRÌNH');
    expect(text).toContain(data.summary);
    expect(text).toContain(`Kính gửi: ${data.recipient}.`);
    expect(text).toContain(data.paragraphs[0]);
    expect(text).toContain(data.closingLine);
    for (const u of data.units) {
      expect(text).toContain(u.name);
      expect(text).toContain(u.basis);
    }
    expect(text).toContain('90,5');
  });

  it("unit-proposal: the unit's tờ trình names the plan, its self-score, what it asks and what it encloses", async () => {
    const data = fixture('unit-proposal');
    const text = sentences(pdfText((await render('unit-proposal', data)).pdf));
    expect(text).toContain('TỜ TRÌNH');
    expect(text).toContain(`${data.basis};`);
    expect(text).toContain(data.result);
    expect(text).toContain(
      `${data.unitName} kính đề nghị ${data.recipient} xem xét, công nhận phường điển hình`,
    );
    for (const e of data.enclosed) expect(text).toContain(`- ${e};`);
  });

  it('commendation-decision: the chair decides, each basis with its punctuation, the awardees under the first article', async () => {
    const data = fixture('commendation-decision');
    const text = sentences(pdfText((await render('commendation-decision', data)).pdf));
    expect(text).toContain(data.summary);
    expect(text).toContain('CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ HUẾ');
    for (const b of data.bases.slice(0, -1)) expect(text).toContain(`${b};`);
    expect(text).toContain(`${data.bases.at(-1)}.`);
    const at = data.articles.map((a: string, i: number) => text.indexOf(`Điều ${i + 1}. ${a}`));
    expect(at.every((i: number) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    for (const a of data.awardees) {
      const row = text.indexOf(a.name);
      expect(row).toBeGreaterThan(at[0]);
      expect(row).toBeLessThan(at[1]);
      expect(text).toContain(a.achievement);
    }
    expect(text).toContain('Số: 12/QĐ-UBND');
  });

  it('merit-certificate: one landscape page each, printed together and split, every line whole', async () => {
    const data = fixture('merit-certificate');
    const second = {
      ...data,
      awardee: 'Phường An Cựu',
      awardeeLine: null,
      serial: 'BK-HUE-2026-12-002',
    };
    const batch = await renderOnePageBatch(pool, 'merit-certificate', [data, second], 60_000);
    if (!batch.ok) throw new Error(batch.error.message);
    expect(batch.value).toHaveLength(2);
    const pdfs = await Promise.all(
      batch.value.map(async (b) => Buffer.from(await (await b.doc()).save())),
    );
    for (const [k, pdf] of pdfs.entries()) {
      const info = pdfInfo(pdf);
      expect(info.pages).toBe(1);
      expect(info.widthPt).toBeGreaterThan(info.heightPt);
      for (const f of pdfFonts(pdf))
        expect(f.name).toMatch(/^[A-Z]{6}\+Tinos-(Regular|Bold|Italic|BoldItalic)$/);
      const text = sentences(pdfText(pdf));
      expect(text).toContain('BẰNG KHEN');
      expect(text).toContain(data.grantor);
      expect(text).toContain(k === 0 ? 'Ông (bà) Trần Văn Minh' : 'Phường An Cựu');
      if (k === 0) expect(text).toContain(data.awardeeLine);
      expect(text).toContain(data.achievement);
      expect(text).toContain('(Theo Quyết định số 12/QĐ-UBND ngày 20 tháng 12 năm 2026');
      expect(text).toContain(`Số: ${k === 0 ? data.serial : second.serial}`);
    }
  });

  it('acts waiting together print as one job, each split back as printed alone: its own pages, numbered from its own second', async () => {
    const data = fixture('council-decision');
    const short = (i: number) => ({ ...data, number: `0${i}/QĐ-CA` });
    const long = {
      ...data,
      number: '09/QĐ-CA',
      members: Array.from({ length: 45 }, (_, i) => ({
        ...data.members[2],
        name: `Thành viên ${i + 1}`,
      })),
    };
    const pdfOf = (r: Awaited<ReturnType<typeof renderDocument>>) => {
      if (!r.ok) throw new Error(r.error.message);
      return r.value;
    };
    const alone = pdfOf(await renderDocument(pool, 'council-decision', long));
    expect(alone.together).toBe(1);
    const mixed = (
      await Promise.all(
        [short(4), long, short(5), long].map((d) => renderDocument(pool, 'council-decision', d)),
      )
    ).map(pdfOf);
    for (const r of mixed) expect(r.together).toBeGreaterThan(1);
    const [a, b, c, d] = mixed.map((r) => r.pdf);
    expect([a, c].map((p) => pdfInfo(p).pages)).toEqual([1, 1]);
    for (const p of [a, c]) expect(pageNumbers(pdfWords(p))[0].number).toBeNull();
    expect(pdfText(a)).toContain('Số: 04/QĐ-CA');
    expect(pdfText(c)).toContain('Số: 05/QĐ-CA');
    // The long one, both times it was printed in the group, reads as it does printed alone.
    for (const p of [b, d]) {
      expect(pdfInfo(p).pages).toBe(pdfInfo(alone.pdf).pages);
      expect(pdfInfo(p).pages).toBeGreaterThan(1);
      expect(pdfText(p)).toBe(pdfText(alone.pdf));
      const numbers = pageNumbers(pdfWords(p));
      expect(numbers[0].number).toBeNull();
      for (const n of numbers.slice(1)) expect(n.number).toBe(String(n.page));
      expect(wordsOutsideMargins(pdfWords(p))).toEqual([]);
    }
    // Four plans of three pages waiting together (two groups on two pages), the same.
    const plan = fixture('plan');
    const plans = (
      await Promise.all(
        [1, 2, 3, 4].map((i) =>
          renderDocument(pool, 'plan', { ...plan, number: `90${i}/KH-UBND` }),
        ),
      )
    ).map(pdfOf);
    for (const [i, r] of plans.entries()) {
      expect(r.together).toBeGreaterThan(1);
      const numbers = pageNumbers(pdfWords(r.pdf));
      expect(numbers.length).toBeGreaterThan(2);
      expect(numbers.map((n) => n.number)).toEqual([
        null,
        ...numbers.slice(1).map((n) => String(n.page)),
      ]);
      expect(pdfText(r.pdf)).toContain(`90${i + 1}/KH-UBND`);
      expect(pdfText(r.pdf)).not.toContain(`90${((i + 1) % 4) + 1}/KH-UBND`);
    }
  });
});

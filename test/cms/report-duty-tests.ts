// Reports up the hierarchy over HTTP: the province asks its tiers for a report; a commune and a
// department file theirs in the portal (figures counted, never typed; sent once); the province
// sees who has reported, compiles its own from theirs, edits, issues it as an act (numbered,
// PAdES-signed, stored, immutable) and sends it up; the People's Committee and the Ministry each
// record receipt, which the sender sees; the Ministry sees Huế's report received and Đồng Tháp's
// plan reports overdue. Every refusal names what is missing.
import { expect, it } from 'vitest';
import {
  reportAct,
  reportBoard,
  reportStatus,
} from '../../plugins/recognition/shared/contracts/responses';
import { tierDuties, tierReport } from '../../plugins/recognition/shared/contracts/portal';
import { PDFDocument } from 'pdf-lib';
import { pdfSignatures, pdfText } from '../helpers/poppler';
import { adminToken, ensureStaff, portalToken, type TestApp } from '../helpers/strapi';

export function reportDutyTests(getApp: () => TestApp) {
  it('collects the tiers’ reports, compiles, issues, signs and sends the province’s, and records each receipt', async () => {
    const { strapi, baseUrl } = getApp();
    const call = async (token: string, method: string, path: string, body?: unknown) => {
      const res = await fetch(`${baseUrl}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const type = res.headers.get('content-type') ?? '';
      return {
        status: res.status,
        body: type.includes('json') ? await res.json() : Buffer.from(await res.arrayBuffer()),
      };
    };
    const secretariat = await adminToken(getApp(), 'thuky@dienhinh.local');
    const approver = await adminToken(getApp(), 'pheduyet@dienhinh.local');
    await ensureStaff(strapi, {
      email: 'v05.reports@bocongan.test',
      roleCode: 'dienhinh-ministry',
      jurisdictions: [],
    });
    const ministry = await adminToken(getApp(), 'v05.reports@bocongan.test');
    const commune = await portalToken(strapi, 'canbo.thanhthuy@dienhinh.local');
    const department = await portalToken(strapi, 'canbo.sogd@dienhinh.local');
    const year = 2036;

    // Huế's plan sets no dated report of its tiers: the police ask for one.
    const asked = await call(secretariat, 'POST', '/recognition/report-requests', {
      jurisdiction: 'hue',
      year,
      label: 'Báo cáo kết quả 06 tháng đầu năm',
      period: 'six-month',
      due: `${year}-06-10`,
      reporters: ['department', 'commune'],
      recipients: ['people_committee', 'ministry'],
    });
    expect(asked.status).toBe(200);
    const key = asked.body.data.key as string;
    expect(
      (await call(approver, 'POST', '/recognition/report-requests', { jurisdiction: 'hue' }))
        .status,
    ).toBe(403);

    const listed = await call(commune, 'GET', `/api/recognition/tier/reports?year=${year}`);
    expect(listed.status).toBe(200);
    expect(listed.body.data).toEqual([
      expect.objectContaining({ key, due: `${year}-06-10`, status: 'not_due' }),
    ]);
    const path = `/api/recognition/tier/reports/${encodeURIComponent(key)}?year=${year}`;
    tierDuties.parse(listed.body.data);
    const draft = await call(commune, 'GET', path);
    tierReport.parse(draft.body.data);
    expect(draft.body.data.figures).toMatchObject({ cutOff: `${year}-06-10`, units: 2 });
    // Nothing is sent without its results.
    const empty = await call(commune, 'POST', `${path.replace('?', '/submit?')}`, {
      sections: { shortcomings: 'Chưa có' },
    });
    expect(empty.status).toBe(400);
    expect(empty.body.error.message).toContain('Kết quả thực hiện');
    const saved = await call(commune, 'PUT', path, {
      sections: { results: 'Đã hướng dẫn 01 doanh nghiệp đăng ký.' },
    });
    expect(saved.body.data).toMatchObject({ submitted: false, draft: true });
    // A file goes with the draft: checked by content (a page named .pdf is refused), kept privately.
    const upload = async (name: string, bytes: Buffer | string, type: string) => {
      const form = new FormData();
      form.append(
        'file',
        new Blob([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)], { type }),
        name,
      );
      const res = await fetch(`${baseUrl}${path.replace('?', '/attachments?')}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${commune}` },
        body: form,
      });
      return { status: res.status, body: await res.json() };
    };
    const doc = await PDFDocument.create();
    doc.addPage().drawText('Bang tong hop');
    const table = Buffer.from(await doc.save());
    expect(
      (await upload('trang.pdf', '<html><script>1</script></html>', 'application/pdf')).status,
    ).toBe(415);
    const attached = await upload('bang-tong-hop.pdf', table, 'application/pdf');
    expect(attached.status, JSON.stringify(attached.body)).toBe(200);
    const report = tierReport.parse(attached.body.data);
    expect(report.attachments).toEqual([expect.objectContaining({ name: 'bang-tong-hop.pdf' })]);
    const fileUrl = `/api/recognition/tier/report-files/${report.documentId}/${report.attachments[0].id}`;
    const mine = await fetch(`${baseUrl}${fileUrl}`, {
      headers: { authorization: `Bearer ${commune}` },
    });
    expect(mine.status).toBe(200);
    expect(Buffer.from(await mine.arrayBuffer()).equals(table)).toBe(true);
    // Another tier never reads it; the province's staff do.
    const other = await fetch(`${baseUrl}${fileUrl}`, {
      headers: { authorization: `Bearer ${department}` },
    });
    expect(other.status).toBe(403);
    const staffUrl = `/recognition/tier-reports/${report.documentId}/files/${report.attachments[0].id}`;
    expect(
      (
        await fetch(`${baseUrl}${staffUrl}`, {
          headers: { authorization: `Bearer ${secretariat}` },
        })
      ).status,
    ).toBe(200);
    // The Ministry reads the province's report, not what a commune attached to its own.
    expect(
      (await fetch(`${baseUrl}${staffUrl}`, { headers: { authorization: `Bearer ${ministry}` } }))
        .status,
    ).toBe(403);
    const sent = await call(commune, 'POST', path.replace('?', '/submit?'), {
      sections: { results: 'Đã hướng dẫn 01 doanh nghiệp đăng ký.', proposals: 'Tập huấn thêm.' },
    });
    expect(sent.status).toBe(200);
    expect(sent.body.data).toMatchObject({ submitted: true, status: 'on_time' });
    expect(
      (await call(commune, 'POST', path.replace('?', '/submit?'), { sections: { results: 'Lại' } }))
        .status,
    ).toBe(409);
    // Nothing is added to a sent report.
    expect((await upload('them.pdf', table, 'application/pdf')).status).toBe(409);
    // The secretariat cannot file a tier's report; the other tier files its own.
    expect((await call(secretariat, 'GET', path)).status).toBe(401);
    expect(
      (
        await call(department, 'POST', path.replace('?', '/submit?'), {
          sections: { results: 'Sở đã chỉ đạo Trường Quốc Học.' },
        })
      ).status,
    ).toBe(200);

    const board = await call(
      secretariat,
      'GET',
      `/recognition/report-duties?jurisdiction=hue&year=${year}`,
    );
    expect(board.status).toBe(200);
    reportBoard.parse(board.body.data);
    const duty = board.body.data.duties.find((d: { key: string }) => d.key === key);
    expect(duty.reported).toBe(2);
    expect(duty.reporters.length).toBeGreaterThan(2);
    expect(
      duty.reporters.filter((r: { submittedOn: string | null }) => !r.submittedOn).length,
    ).toBe(duty.reporters.length - 2);
    expect(
      (
        await call(
          secretariat,
          'GET',
          `/recognition/report-duties?jurisdiction=dong-thap&year=${year}`,
        )
      ).status,
    ).toBe(403);

    const compiled = await call(secretariat, 'POST', '/recognition/report-acts', {
      jurisdiction: 'hue',
      year,
      duty: key,
    });
    expect(compiled.status).toBe(200);
    const act = reportAct.parse(compiled.body.data);
    expect(act.status).toBe('draft');
    expect(act.sections.results).toContain('Phường Thanh Thủy: Đã hướng dẫn 01 doanh nghiệp');
    expect(act.sections.results).toContain('Trường Quốc Học');
    const edited = await call(secretariat, 'PUT', `/recognition/report-acts/${act.documentId}`, {
      sections: { ...act.sections, directions: 'Tiếp tục hướng dẫn các đơn vị đã chọn.' },
    });
    expect(edited.body.data.sections.directions).toBe('Tiếp tục hướng dẫn các đơn vị đã chọn.');
    const preview = await call(
      secretariat,
      'GET',
      `/recognition/report-acts/${act.documentId}/pdf`,
    );
    expect(pdfText(preview.body as Buffer)).toContain('BẢN XEM TRƯỚC');
    expect(pdfSignatures(preview.body as Buffer)).toEqual([]);
    // Not sent before it is issued; issued once, with the next number of the register.
    expect(
      (await call(secretariat, 'POST', `/recognition/report-acts/${act.documentId}/send`)).status,
    ).toBe(409);
    const issued = await call(
      secretariat,
      'POST',
      `/recognition/report-acts/${act.documentId}/issue`,
    );
    expect(issued.status).toBe(200);
    expect(issued.body.data).toMatchObject({ status: 'issued', number: '01/BC-CATP' });
    const pdf = (await call(ministry, 'GET', `/recognition/report-acts/${act.documentId}/pdf`))
      .body as Buffer;
    expect(pdfSignatures(pdf)).toEqual([expect.objectContaining({ valid: true })]);
    const text = pdfText(pdf);
    for (const words of [
      '01/BC-CATP',
      'TỒN TẠI, HẠN CHẾ',
      'KIẾN NGHỊ, ĐỀ XUẤT',
      'Tiếp tục hướng dẫn',
      'Đã nhận báo cáo của 2/',
    ])
      expect(text.replace(/\s+/g, ' ')).toContain(words);
    expect(
      (
        await call(secretariat, 'PUT', `/recognition/report-acts/${act.documentId}`, {
          sections: act.sections,
        })
      ).status,
    ).toBe(409);

    // The Ministry sees nothing received before it is sent; then sent, then received.
    const before = await call(ministry, 'GET', `/recognition/national/report-status?year=${year}`);
    const hue = () => before.body.data.provinces.find((p: { slug: string }) => p.slug === 'hue');
    expect(hue().reports.find((r: { key: string }) => r.key === key).state).not.toBe('sent');
    expect(
      (await call(ministry, 'POST', `/recognition/report-acts/${act.documentId}/receive`)).status,
    ).toBe(409);
    expect(
      (await call(secretariat, 'POST', `/recognition/report-acts/${act.documentId}/send`)).status,
    ).toBe(200);
    expect(
      (await call(secretariat, 'POST', `/recognition/report-acts/${act.documentId}/receive`))
        .status,
    ).toBe(403);
    expect(
      (await call(approver, 'POST', `/recognition/report-acts/${act.documentId}/receive`)).status,
    ).toBe(200);
    const got = await call(ministry, 'POST', `/recognition/report-acts/${act.documentId}/receive`);
    expect(got.status).toBe(200);
    const seen = await call(secretariat, 'GET', `/recognition/report-acts/${act.documentId}`);
    expect(seen.body.data.dispatches).toEqual([
      expect.objectContaining({ recipient: 'people_committee', receivedAt: expect.any(String) }),
      expect.objectContaining({ recipient: 'ministry', receivedAt: expect.any(String) }),
    ]);
    const after = await call(ministry, 'GET', `/recognition/national/report-status?year=${year}`);
    reportStatus.parse(after.body.data);
    const row = (slug: string) =>
      after.body.data.provinces.find((p: { slug: string }) => p.slug === slug);
    expect(row('hue').reports.find((r: { key: string }) => r.key === key)).toMatchObject({
      state: 'received',
      act: { number: '01/BC-CATP' },
    });
    // A province's secretariat sees its own province only.
    const own = await call(secretariat, 'GET', `/recognition/national/report-status?year=${year}`);
    expect(own.body.data.provinces.map((p: { slug: string }) => p.slug)).toEqual(['hue']);
  });
}

// Report duties over time: reminders to a commune that has not reported and the police's notice
// the day after, and a review over several years (sơ kết) numbered in the police's register.
import { expect, it } from 'vitest';
import { reportAct } from '../../plugins/recognition/shared/contracts/responses';
import { pdfSignatures, pdfText } from '../helpers/poppler';
import { adminToken, portalToken, type TestApp } from '../helpers/strapi';

export function reportReminderTests(getApp: () => TestApp) {
  it('reminds a commune that has not reported before the due day, once, and tells the police the day after', async () => {
    const { strapi, baseUrl } = getApp();
    const secretariat = await adminToken(getApp(), 'thuky@dienhinh.local');
    const commune = await portalToken(strapi, 'canbo.thanhthuy@dienhinh.local');
    const post = (path: string, body: unknown) =>
      fetch(`${baseUrl}${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${secretariat}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    // Days in Vietnam from the app's own clock (another suite may have set it).
    const now = strapi.plugin('recognition').service('clock').now() as Date;
    const day = (offset: number) =>
      new Date(now.getTime() + 7 * 3_600_000 + offset * 86_400_000).toISOString().slice(0, 10);
    const year = Number(day(0).slice(0, 4));
    const label = `Báo cáo nhanh tình hình xây dựng điển hình ${day(1)}`;
    expect(
      (
        await post('/recognition/report-requests', {
          jurisdiction: 'hue',
          year,
          label,
          due: day(1),
          reporters: ['commune'],
          recipients: ['people_committee'],
        })
      ).status,
    ).toBe(200);
    const notices = async () =>
      (
        await (
          await fetch(`${baseUrl}/api/recognition/notifications`, {
            headers: { authorization: `Bearer ${commune}` },
          })
        ).json()
      ).data.items as { title: string; link: string }[];
    const run = () => post('/recognition/reminders/run', { days: [1], jurisdiction: 'hue' });
    expect((await run()).status).toBe(200);
    expect((await run()).status).toBe(200);
    const mine = (await notices()).filter((n) => n.title.includes(label));
    expect(mine).toHaveLength(1);
    expect(mine[0].link).toContain('/portal/bao-cao/request%3A');

    // The day after the due day, the police hear how many have not reported, once.
    const clock = strapi.plugin('recognition').service('clock');
    const realNow = clock.now;
    clock.now = () => new Date(`${day(2)}T03:00:00Z`);
    try {
      expect((await run()).status).toBe(200);
      expect((await run()).status).toBe(200);
    } finally {
      clock.now = realNow;
    }
    const staff = (await (
      await fetch(`${baseUrl}/recognition/notices`, {
        headers: { authorization: `Bearer ${secretariat}` },
      })
    ).json()) as { data: { items: { title: string; link: string }[] } };
    const told = staff.data.items.filter((n) => n.title.startsWith(`Quá hạn "${label}"`));
    expect(told).toHaveLength(1);
    expect(told[0].title).toMatch(/: \d+ nơi chưa báo cáo \(Huế, /);
    expect(told[0].link).toContain('/reports?jurisdiction=hue');
    // The notices this test made leave the staff's list as they found it (other suites count it).
    await strapi.db.query('plugin::recognition.notification').deleteMany({
      where: { title: { $contains: label } },
    });
  });

  it('drafts a review over several years from each year’s figures, numbered in the same register as the reports', async () => {
    const { baseUrl } = getApp();
    const secretariat = await adminToken(getApp(), 'thuky@dienhinh.local');
    const post = async (path: string, body: unknown = {}) => {
      const res = await fetch(`${baseUrl}${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${secretariat}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      return { status: res.status, body: await res.json() };
    };
    const wrong = await post('/recognition/review-acts', {
      jurisdiction: 'hue',
      kind: 'so_ket',
      fromYear: 2036,
      toYear: 2035,
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.message).toContain('năm kết thúc không được trước năm bắt đầu');
    const draft = await post('/recognition/review-acts', {
      jurisdiction: 'hue',
      kind: 'so_ket',
      fromYear: 2035,
      toYear: 2036,
    });
    expect(draft.status).toBe(200);
    const review = reportAct.parse(draft.body.data);
    expect(review.title).toBe('Báo cáo sơ kết giai đoạn 2035–2036');
    // (Other suites register units in 2035: the count is what the years hold, whatever it is.)
    const years = (review.content as { years: { registered: number }[] }).years;
    const registered = years.reduce((n, y) => n + y.registered, 0);
    expect(review.sections.results).toMatch(
      new RegExp(`^Giai đoạn 2035–2036: ${registered} lượt đơn vị đăng ký`),
    );
    expect((review.content as { years: { year: number }[] }).years.map((y) => y.year)).toEqual([
      2035, 2036,
    ]);
    const issued = await post(`/recognition/report-acts/${review.documentId}/issue`);
    expect(issued.status).toBe(200);
    // The six-month report of 2036 took 01/BC-CATP: the review is the register's next.
    expect(issued.body.data.number).toBe('02/BC-CATP');
    const pdf = Buffer.from(
      await (
        await fetch(`${baseUrl}/recognition/report-acts/${review.documentId}/pdf`, {
          headers: { authorization: `Bearer ${secretariat}` },
        })
      ).arrayBuffer(),
    );
    expect(pdfSignatures(pdf)).toEqual([expect.objectContaining({ valid: true })]);
    expect(pdfText(pdf).replace(/\s+/g, ' ')).toContain('Báo cáo sơ kết giai đoạn 2035–2036');
  });
}

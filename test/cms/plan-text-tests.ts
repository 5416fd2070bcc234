// A plan's text follows its rules: a deadline written as a reference prints the calendar's date,
// so changing the registration deadline changes the sentence in the plan PDF; publishing refuses
// a reference the rules do not offer, and the check before publishing names dates written out
// that the calendar lacks and counts the registrations still in progress under the plan.
import { expect, it } from 'vitest';
import * as schemas from '../../plugins/recognition/shared/contracts/responses';
import { pdfText } from '../helpers/poppler';
import { adminToken, type TestApp } from '../helpers/strapi';

const PLAN = 'api::plan.plan';

export function planTextTests(getApp: () => TestApp) {
  it(
    'prints the calendar’s date where the text refers to it, refuses unknown references on publish, and says what publishing would touch',
    { timeout: 90_000 },
    async () => {
      const { strapi, baseUrl } = getApp();
      const editor = await adminToken(getApp(), 'bientap@dienhinh.local');
      const get = async (path: string) => {
        const res = await fetch(`${baseUrl}${path}`, {
          headers: { authorization: `Bearer ${editor}` },
        });
        return {
          status: res.status,
          body: res.headers.get('content-type')?.includes('json')
            ? await res.json()
            : Buffer.from(await res.arrayBuffer()),
        };
      };
      const plan: any = await strapi.documents(PLAN).findFirst({
        filters: { slug: 'hue-487-kh-ubnd' },
        status: 'draft',
        populate: { calendar: true, sections: { populate: ['blocks'] } },
      });
      const registration = plan.calendar.find((c: { kind: string }) => c.kind === 'registration');
      const day = (n: number) =>
        `${String(n).padStart(2, '0')}/${String(registration.month).padStart(2, '0')}`;
      const sentence = (pdf: string) =>
        pdf.replace(/\s+/g, ' ').match(/trước ngày (\d\d\/\d\d) hằng năm/)?.[1];

      // The seeded text refers to the deadline; the PDF prints it.
      const check = schemas.planPublishCheck.parse(
        (await get(`/recognition/plans/${plan.documentId}/publish-check`)).body.data,
      );
      expect(check.references).toContainEqual(
        expect.objectContaining({ token: '{han:registration}', value: day(registration.day) }),
      );
      expect(check.unknownRefs).toEqual([]);
      expect(check.liveRegistrations.total).toBe(
        check.liveRegistrations.years.reduce((s, y) => s + y.count, 0),
      );
      const pdfPath = '/recognition/documents/plan/hue-487-kh-ubnd/pdf?draft=true';
      expect(sentence(await pdfText((await get(pdfPath)).body as Buffer))).toBe(
        day(registration.day),
      );

      // Moving the deadline moves the sentence.
      const moved = registration.day === 25 ? 24 : 25;
      const calendar = plan.calendar.map(({ id: _id, ...e }: any) =>
        e.kind === 'registration' ? { ...e, day: moved } : e,
      );
      await strapi
        .documents(PLAN)
        .update({ documentId: plan.documentId, data: { calendar } as never });
      expect(sentence(await pdfText((await get(pdfPath)).body as Buffer))).toBe(day(moved));

      // A reference to nothing: listed by the check, refused on publish, nothing published.
      const sections = plan.sections.map(({ id: _s, ...s }: any, i: number) => ({
        ...s,
        blocks: s.blocks.map(({ id: _b, ...b }: any, j: number) =>
          i === 0 && j === 0 ? { ...b, text: `${b.text} trước {han:khong_co} và ngày 26/6` } : b,
        ),
      }));
      await strapi
        .documents(PLAN)
        .update({ documentId: plan.documentId, data: { sections } as never });
      const bad = schemas.planPublishCheck.parse(
        (await get(`/recognition/plans/${plan.documentId}/publish-check`)).body.data,
      );
      expect(bad.unknownRefs).toEqual([
        {
          where: `Phần ${plan.sections[0].number}, đoạn ${plan.sections[0].blocks[0].number || 1}`,
          text: '{han:khong_co}',
        },
      ]);
      expect(bad.unmatchedDates.map((f) => f.text)).toContain('26/6');
      // The confirmation says what the draft changes against the version in force.
      expect(bad.changes).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^Thời hạn ".+": \d\d\/\d\d → \d\d\/\d\d$/),
          expect.stringMatching(/^Sửa 1 đoạn văn bản: mục /),
        ]),
      );
      const before = (await strapi
        .documents(PLAN)
        .findOne({ documentId: plan.documentId, status: 'published' }))!.updatedAt;
      await expect(strapi.documents(PLAN).publish({ documentId: plan.documentId })).rejects.toThrow(
        /tham chiếu không có trong quy định của kế hoạch.*\{han:khong_co\}.*Các tham chiếu dùng được: .*\{han:registration\}/,
      );
      expect(
        (await strapi
          .documents(PLAN)
          .findOne({ documentId: plan.documentId, status: 'published' }))!.updatedAt,
      ).toEqual(before);

      // Put back as it was (the draft only: the published version never changed).
      await strapi.documents(PLAN).update({
        documentId: plan.documentId,
        data: {
          calendar: plan.calendar.map(({ id: _id, ...e }: any) => e),
          sections: plan.sections.map(({ id: _s, ...s }: any) => ({
            ...s,
            blocks: s.blocks.map(({ id: _b, ...b }: any) => b),
          })),
        } as never,
      });
    },
  );

  it('refuses an over-long plan title or unit field with 400 naming the field and its limit in Vietnamese, changing nothing', async () => {
    const { strapi, baseUrl } = getApp();
    const editor = await adminToken(getApp(), 'bientap@dienhinh.local');
    const plan: any = await strapi
      .documents(PLAN)
      .findFirst({ filters: { slug: 'hue-487-kh-ubnd' }, status: 'draft' });
    const put = (uid: string, documentId: string, data: unknown) =>
      fetch(`${baseUrl}/content-manager/collection-types/${uid}/${documentId}`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${editor}`, 'content-type': 'application/json' },
        body: JSON.stringify(data),
      });
    // 810 KB of title once held a PDF slot for 30 s and answered 503; 60,000 characters are refused now.
    const res = await put(PLAN, plan.documentId, { title: 'Kế hoạch '.repeat(6_000) });
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toBe('Trường "title" dài quá: tối đa 1000 ký tự.');
    expect(
      (await strapi.documents(PLAN).findOne({ documentId: plan.documentId, status: 'draft' }))!
        .title,
    ).toBe(plan.title);
    const unit: any = await strapi
      .documents('api::unit.unit')
      .findFirst({ filters: { code: '19815' } });
    const u = await put('api::unit.unit', unit.documentId, { formedFrom: 'x'.repeat(3000) });
    expect(u.status).toBe(400);
    expect((await u.json()).error.message).toBe('Trường "formedFrom" dài quá: tối đa 2000 ký tự.');
  });
}

import { describe, expect, it } from 'vitest';
import { minutesData } from '../../../../../../../templates/minutes/schema';
import { minutesDataOf } from '../../../../../../../plugins/recognition/server/src/documents/data/minutes';
import { hue } from './fixtures';

describe('minutesDataOf', () => {
  const data = minutesDataOf({
    meeting: {
      startedAt: '2026-12-07T01:00:00.000Z',
      endedAt: '2026-12-07T03:30:00.000Z',
      place: 'Hội trường Công an thành phố Huế',
      conclusion: 'Hội đồng thống nhất đề nghị công nhận.',
      attendance: [
        { email: 'a@x', present: true },
        { email: 'b@x', present: true },
        { email: 'c@x', present: false },
      ],
    },
    council: {
      name: 'Hội đồng thẩm định năm 2026',
      year: 2026,
      members: [
        { email: 'a@x', name: 'Trần Văn A' },
        { email: 'b@x', name: 'Lê Thị B' },
        { email: 'c@x', name: 'Phan C' },
      ],
      chairEmail: 'a@x',
      secretaryEmail: 'b@x',
    },
    jurisdiction: hue,
    sequence: 2,
    votes: [
      { unit: 'Xã A Lưới 1', selfTotal: 95, councilTotal: 91.67, for: 2, against: 0, abstain: 0 },
    ],
  });
  it('fits the template’s schema', () => expect(minutesData.safeParse(data).success).toBe(true));
  it('numbers the minutes by the meeting’s place and dates it in Vietnam time', () => {
    expect(data).toMatchObject({
      number: '02/BB-HĐTĐ',
      date: '2026-12-07',
      startedAt: '08 giờ 00',
      endedAt: '10 giờ 30',
      issuer: { lines: ['CÔNG AN THÀNH PHỐ HUẾ', 'HỘI ĐỒNG THẨM ĐỊNH'] },
    });
  });
  it('names who sat, in which role, and who was absent', () => {
    expect(data.present).toEqual([
      { name: 'Trần Văn A', role: 'Chủ tịch hội đồng' },
      { name: 'Lê Thị B', role: 'Thư ký hội đồng' },
    ]);
    expect(data.absent).toEqual([{ name: 'Phan C', role: 'Thành viên' }]);
    expect(data.chair).toEqual({ name: 'Trần Văn A', title: 'Chủ tịch hội đồng' });
  });
});

import { describe, expect, it } from 'vitest';
import { planChanges } from '../../../../../plugins/recognition/shared/domain/plan-changes';

const published = {
  number: '487/KH-UBND',
  targetTotal: 3,
  usesCouncil: true,
  calendar: [
    { id: 1, kind: 'registration', label: 'Đăng ký', day: 10, month: 1 },
    { id: 2, kind: 'dossier', label: 'Nộp hồ sơ', day: 5, month: 12 },
  ],
  targets: [{ id: 7, kind: 'xa', count: 1 }],
  sections: [{ number: 'I', heading: 'MỤC ĐÍCH', blocks: [{ text: 'Một' }, { text: 'Hai' }] }],
};

describe('what publishing a plan’s draft changes', () => {
  it('says each change in a sentence: rules, deadlines, parts and text', () => {
    const draft = {
      ...published,
      targetTotal: 5,
      calendar: [
        { id: 9, kind: 'registration', label: 'Đăng ký', day: 25, month: 1 },
        { id: 3, kind: 'recognition', label: 'Quyết định công nhận', day: 10, month: 12 },
      ],
      targets: [{ id: 8, kind: 'xa', count: 2 }],
      sections: [
        {
          number: 'I',
          heading: 'MỤC ĐÍCH, YÊU CẦU',
          blocks: [{ text: 'Một (sửa)' }, { text: 'Hai' }, { text: 'Ba' }],
        },
      ],
    };
    expect(planChanges(published, draft)).toEqual([
      'Chỉ tiêu tổng số đơn vị mỗi năm: 3 → 5',
      'Thời hạn "Đăng ký": 10/01 → 25/01',
      'Thêm thời hạn "Quyết định công nhận": 10/12',
      'Bỏ thời hạn "Nộp hồ sơ" (05/12)',
      'Chỉ tiêu theo loại đơn vị: đã sửa',
      'Tên mục I: "MỤC ĐÍCH, YÊU CẦU"',
      'Sửa 1 đoạn văn bản: mục I, đoạn 1',
      'Thêm 1 đoạn văn bản',
    ]);
  });
  it('finds nothing when only database ids differ, and says when nothing is in force yet', () => {
    expect(
      planChanges(published, {
        ...published,
        calendar: published.calendar.map((e) => ({ ...e, id: e.id + 10 })),
        targets: [{ id: 99, kind: 'xa', count: 1 }],
      }),
    ).toEqual([]);
    expect(planChanges(null, published)).toEqual([
      'Bản đầu tiên của kế hoạch: chưa có bản nào đang ban hành.',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { registrationFormData } from '../../../../../../../templates/registration-form/schema';
import { registrationFormDataOf } from '../../../../../../../plugins/recognition/server/src/documents/data/registration-form';
import { hue, set } from './fixtures';

const title =
  'Xây dựng xã, phường, cơ quan, doanh nghiệp, cơ sở giáo dục điển hình về phong trào toàn dân bảo vệ an ninh Tổ quốc';
const base = {
  year: 2026,
  unit: { name: 'An Cựu', kind: 'phuong' },
  criteriaSet: set,
  previous: null,
  jurisdiction: hue,
  date: '2026-01-05',
};

describe('registrationFormDataOf', () => {
  it('names the plan by its number, date and own title', () => {
    const data = registrationFormDataOf({
      ...base,
      plan: { number: '487/KH-UBND', title, issueYear: 2025, issueMonth: 12, issueDay: 26 },
    });
    expect(registrationFormData.safeParse(data).success).toBe(true);
    expect(data).toMatchObject({
      planNumber: '487/KH-UBND',
      planDate: 'ngày 26/12/2025',
      planTitle: title.replace(/^X/, 'x'),
    });
  });
  it('writes the month alone for a plan whose day is not known (Đồng Tháp 67/KH-UBND)', () => {
    const data = registrationFormDataOf({
      ...base,
      plan: { number: '67/KH-UBND', title, issueYear: 2026, issueMonth: 1, issueDay: null },
    });
    expect(data.planDate).toBe('tháng 01/2026');
  });
});

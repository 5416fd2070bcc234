import { describe, expect, it } from 'vitest';
import { cleanName } from '../../../../../plugins/recognition/shared/domain/text';

describe('cleanName', () => {
  it.each([
    ['\u202EnầhT gnàL\u202C', 'nầhT gnàL'],
    ['Xã \u2067A Lưới 1\u2069', 'Xã A Lưới 1'],
    ['\u200FPhường\u200E  An   Cựu ', 'Phường An Cựu'],
    ['Trường THPT \u061CQuốc Học', 'Trường THPT Quốc Học'],
    ['Ho\u0300a Châu', 'Hòa Châu'],
    [null, ''],
  ])('%j → %j', (input, clean) => expect(cleanName(input as string | null)).toBe(clean));
  it('leaves every Vietnamese letter as it is', () => {
    const letters = 'àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ';
    expect(cleanName(letters)).toBe(letters);
    expect(cleanName(letters.toUpperCase())).toBe(letters.toUpperCase());
  });
});

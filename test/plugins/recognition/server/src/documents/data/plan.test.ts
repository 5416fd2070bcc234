import { describe, expect, it } from 'vitest';
import { planData } from '../../../../../../../templates/plan/schema';
import { planDataOf } from '../../../../../../../plugins/recognition/server/src/documents/data/plan';
import { hue } from './fixtures';

const row = {
  jurisdiction: hue,
  number: '487/KH-UBND',
  place: 'Huế',
  issueYear: 2025,
  issueMonth: 12,
  issueDay: null,
  docType: 'KẾ HOẠCH',
  title: 'Xây dựng điển hình',
  preamble: null,
  sections: [
    {
      number: 'I',
      heading: 'MỤC ĐÍCH, YÊU CẦU',
      blocks: [
        { kind: 'paragraph', number: null, text: 'Đoạn văn.' },
        { kind: 'item', number: '1.', text: 'Một mục.' },
      ],
    },
  ],
  signer: {
    id: 4,
    authority: 'TM. ỦY BAN NHÂN DÂN',
    delegation: null,
    position: 'CHỦ TỊCH',
    name: 'Nguyễn Văn Phương',
  },
  recipients: [{ text: 'Như trên;' }, { text: 'Lưu: VT.' }],
};

describe('planDataOf', () => {
  const data = planDataOf(row);
  it('fits the template’s schema', () =>
    expect(planData.safeParse(data).success, JSON.stringify(planData.safeParse(data).error)).toBe(
      true,
    ));
  it('keeps a blank day blank, as the original has it', () => expect(data.date).toBe('2025-12-??'));
  it('keeps the sections in order and drops empty signer fields and ids', () => {
    expect(data.sections[0].blocks.map((b) => b.text)).toEqual(['Đoạn văn.', 'Một mục.']);
    expect(data.signer).toEqual({
      authority: 'TM. ỦY BAN NHÂN DÂN',
      position: 'CHỦ TỊCH',
      name: 'Nguyễn Văn Phương',
    });
    expect(data.recipients).toEqual(['Như trên;', 'Lưu: VT.']);
    expect(data.preamble).toBe('');
  });
});

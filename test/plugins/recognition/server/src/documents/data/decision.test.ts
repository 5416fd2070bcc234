import { describe, expect, it } from 'vitest';
import { decisionData } from '../../../../../../../templates/decision/schema';
import {
  decisionDataOf,
  defaultRecipients,
  LOCAL_GOVERNMENT_LAW,
} from '../../../../../../../plugins/recognition/server/src/documents/data/decision';
import { hue } from './fixtures';

const input = {
  decision: {
    number: '03/QĐ-UBND',
    date: new Date('2026-12-08T00:00:00Z'),
    year: 2026,
    signerAuthority: 'TM. ỦY BAN NHÂN DÂN',
    signerDelegation: 'KT. CHỦ TỊCH',
    signerPosition: 'PHÓ CHỦ TỊCH',
    signerName: 'Nguyễn Văn Phương',
  },
  jurisdiction: hue,
  recognitions: [
    { status: 'recognised', serial: 'DH-2026-AAAA', unit: { name: 'A Lưới 1', kind: 'xa' } },
    {
      status: 'maintained',
      serial: 'DH-2026-BBBB',
      unit: { name: 'Trường THPT Hai Bà Trưng', kind: 'co_so_giao_duc' },
    },
  ],
  plan: {
    number: '487/KH-UBND',
    issueDay: 2,
    issueMonth: 12,
    issueYear: 2025,
    legalBases: [
      {
        reference: 'Quyết định số 3554/QĐ-BCA-V05',
        description: 'Của Bộ trưởng Bộ Công an',
        inDecision: true,
      },
      { reference: 'Nghị quyết 12', description: 'khác' },
    ],
  },
  today: '2026-12-10',
};

describe('decisionDataOf', () => {
  it('maps a decision into the template’s data', () => {
    const data = decisionDataOf(input, null);
    expect(decisionData.safeParse(data).success).toBe(true);
    expect(data.date).toBe('2026-12-08');
    expect(data.authority).toBe('ỦY BAN NHÂN DÂN THÀNH PHỐ HUẾ');
    expect(data.units).toEqual([
      { name: 'Xã A Lưới 1', kindLabel: 'Xã', maintained: false, serial: 'DH-2026-AAAA' },
      {
        name: 'Trường THPT Hai Bà Trưng',
        kindLabel: 'Cơ sở giáo dục',
        maintained: true,
        serial: 'DH-2026-BBBB',
      },
    ]);
    expect(data.signer).toEqual({
      authority: 'TM. ỦY BAN NHÂN DÂN',
      delegation: 'KT. CHỦ TỊCH',
      position: 'PHÓ CHỦ TỊCH',
      name: 'Nguyễn Văn Phương',
    });
  });
  it('cites the national law, only the plan’s bases marked for decisions, and the plan with its date', () => {
    expect(decisionDataOf(input, null).bases).toEqual([
      LOCAL_GOVERNMENT_LAW,
      'Căn cứ Quyết định số 3554/QĐ-BCA-V05 của Bộ trưởng Bộ Công an',
      'Căn cứ Kế hoạch số 487/KH-UBND ngày 02/12/2025 của Ủy ban nhân dân thành phố Huế',
    ]);
  });
  it('falls back to the chairman and a blank name when no signer was recorded, and omits a missing plan', () => {
    const data = decisionDataOf(
      { ...input, decision: { number: '01/QĐ-UBND', date: '2026-12-08', year: 2026 }, plan: null },
      null,
    );
    expect(data.signer).toEqual({ position: 'CHỦ TỊCH', name: ' ' });
    expect(data.bases).toEqual([LOCAL_GOVERNMENT_LAW]);
  });
  it('shows a draft with a blank register number and today’s date', () => {
    const data = decisionDataOf({ ...input, decision: { year: 2026 } }, null);
    expect(data.number).toBe('\u00a0\u00a0\u00a0\u00a0\u00a0/QĐ-UBND');
    expect(data.date).toBe('2026-12-10');
    expect(decisionData.safeParse(data).success).toBe(true);
  });
  it('takes bases, executors and recipients from the jurisdiction, one per line, with the defaults where it wrote none', () => {
    expect(decisionDataOf(input, null).recipients).toEqual(defaultRecipients);
    const worded = {
      ...hue,
      decisionBases: 'Căn cứ Luật A\n\n  Căn cứ Nghị định B  ',
      decisionExecutors: 'Chánh Văn phòng\nGiám đốc Sở Nội vụ',
      decisionRecipients: 'Như Điều 3;\nLưu: VT, NC.',
    };
    const data = decisionDataOf({ ...input, jurisdiction: worded }, null);
    expect(data.bases.slice(0, 2)).toEqual(['Căn cứ Luật A', 'Căn cứ Nghị định B']);
    expect(data.bases).not.toContain(LOCAL_GOVERNMENT_LAW);
    expect(data.executors).toEqual(['Chánh Văn phòng', 'Giám đốc Sở Nội vụ']);
    expect(data.recipients).toEqual(['Như Điều 3;', 'Lưu: VT, NC.']);
    // What the approver chose when issuing wins over the jurisdiction's list.
    expect(
      decisionDataOf(
        { ...input, decision: { ...input.decision, recipients: ['Như Điều 3;'] } },
        null,
      ).recipients,
    ).toEqual(['Như Điều 3;']);
  });
});

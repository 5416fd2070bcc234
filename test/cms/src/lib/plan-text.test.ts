import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlanBody, planTextLines } from '../../../../cms/src/lib/plan-text';
import { readPlanSeed } from '../../../../cms/src/seed/plans';
import {
  referenceBody,
  referencePlans,
  withReferencesResolved,
  words,
} from '../../../helpers/reference-plans';

const dataDir = path.resolve(__dirname, '../../../../data');

describe('seed plans as structured content', () => {
  it.each(Object.keys(referencePlans) as (keyof typeof referencePlans)[])(
    '%s reproduces the restored plan word for word, in order',
    (slug) => {
      const plan = readPlanSeed(dataDir, slug) as unknown as Parameters<typeof planTextLines>[0];
      const ours = words(planTextLines(withReferencesResolved(plan as any)).join('\n'));
      const reference = words(referenceBody(slug));
      expect(ours.length).toBe(reference.length);
      expect(ours).toEqual(reference);
    },
  );

  it('Đồng Tháp: four sections, II.5 with sub-items 5.1–5.5 and bullets', () => {
    const plan = readPlanSeed(dataDir, 'dong-thap-67-kh-ubnd') as any;
    expect(plan.sections.map((s: any) => `${s.number}. ${s.heading}`)).toEqual([
      'I. MỤC ĐÍCH, YÊU CẦU',
      'II. NHIỆM VỤ TRỌNG TÂM',
      'III. PHÂN CÔNG NHIỆM VỤ',
      'IV. TỔ CHỨC THỰC HIỆN',
    ]);
    const ii = plan.sections[1].blocks;
    expect(ii.filter((b: any) => b.kind === 'subitem').map((b: any) => b.number)).toEqual([
      '5.1',
      '5.2',
      '5.3',
      '5.4',
      '5.5',
    ]);
    expect(ii.some((b: any) => b.kind === 'bullet')).toBe(true);
    expect(plan.issueDay).toBeNull();
    expect(plan.issueMonth).toBe(1);
    expect(plan.signer.name).toBe('Nguyễn Thành Diệu');
    expect(plan.recipients.at(-1).text).toBe('Lưu: VT, TCDNC(CT).');
  });

  it('Huế: dated 26/12/2025, nine recipients, signer Nguyễn Thanh Bình', () => {
    const plan = readPlanSeed(dataDir, 'hue-487-kh-ubnd') as any;
    expect([plan.issueYear, plan.issueMonth, plan.issueDay]).toEqual([2025, 12, 26]);
    expect(plan.recipients).toHaveLength(9);
    expect(plan.signer).toEqual({
      authority: 'TM. ỦY BAN NHÂN DÂN',
      delegation: 'KT. CHỦ TỊCH',
      position: 'PHÓ CHỦ TỊCH',
      name: 'Nguyễn Thanh Bình',
    });
  });
});

describe('parsePlanBody', () => {
  it('classifies sections, items, sub-items, bullets and paragraphs', () => {
    const parsed = parsePlanBody(
      'Mở đầu.\n\n## I. MỤC ĐÍCH\n\n1. Một.\n\n5.1. Đối với xã\n\n- gạch\n\nĐoạn thường.\n',
    );
    expect(parsed).toEqual({
      preamble: 'Mở đầu.',
      sections: [
        {
          number: 'I',
          heading: 'MỤC ĐÍCH',
          blocks: [
            { kind: 'item', number: '1', text: 'Một.' },
            { kind: 'subitem', number: '5.1', text: 'Đối với xã' },
            { kind: 'bullet', text: 'gạch' },
            { kind: 'paragraph', text: 'Đoạn thường.' },
          ],
        },
      ],
    });
  });

  it('normalises decomposed input to NFC', () => {
    const parsed = parsePlanBody('## I. MỤC ĐÍCH'.normalize('NFD'));
    expect(parsed.sections[0].heading).toBe('MỤC ĐÍCH'.normalize('NFC'));
  });
});

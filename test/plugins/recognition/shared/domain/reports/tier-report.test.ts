import { describe, expect, it } from 'vitest';
import {
  addFigures,
  countFigures,
  decideTierReport,
  emptySections,
  sectionsInput,
  type ReportDuty,
} from '../../../../../../plugins/recognition/shared/domain/reports';

const duty: ReportDuty = {
  key: 'plan:six_month_report',
  label: 'Báo cáo định kỳ 06 tháng',
  period: 'six-month',
  due: '2026-06-10',
  cutOff: '2026-06-10',
  reporters: ['commune'],
  recipients: ['people_committee'],
  clause: 'IV.1',
};
const figures = countFigures([], 3, '2026-06-10', true);
const sections = sectionsInput.parse({ results: 'Đã hướng dẫn 01 đơn vị.' });

describe('a tier’s report', () => {
  it('is saved as a draft, then sent once with its figures, late when after the due day', () => {
    expect(decideTierReport(null, duty, { type: 'save', sections })).toEqual({
      ok: true,
      value: [{ type: 'tier-report.save', sections }],
    });
    const sent = decideTierReport({ status: 'draft', sections, attachments: [] }, duty, {
      type: 'submit',
      sections,
      figures,
      today: '2026-06-11',
    });
    expect(sent.ok && sent.value[0]).toMatchObject({ type: 'tier-report.submit', late: true });
    const again = decideTierReport({ status: 'submitted', sections, attachments: [] }, duty, {
      type: 'save',
      sections,
    });
    expect(again.ok).toBe(false);
    expect(!again.ok && again.error.code).toBe('invalid-transition');
  });

  it('is not sent without its results, and names the section', () => {
    const r = decideTierReport(null, duty, {
      type: 'submit',
      sections: emptySections(),
      figures,
      today: '2026-06-01',
    });
    expect(!r.ok && r.error).toMatchObject({
      code: 'invalid-input',
      details: { field: 'results' },
    });
    expect(!r.ok && r.error.message).toContain('Kết quả thực hiện');
  });

  it('keeps text as NFC and refuses a section past 20 000 characters', () => {
    expect(sectionsInput.parse({ results: 'Hoa\u0300n tha\u0300nh ' }).results).toBe('Hoàn thành');
    expect(sectionsInput.safeParse({ causes: 'x'.repeat(20_001) }).success).toBe(false);
  });

  it('counts the figures from the states at the cut-off, and adds reports up', () => {
    const f = countFigures(
      [
        { state: 'registered', recognition: null },
        { state: 'selected', recognition: null },
        { state: 'submitted', recognition: null },
        { state: 'recognised', recognition: 'recognised' },
        { state: 'maintained', recognition: 'maintained' },
      ],
      10,
      '2026-11-20',
      true,
    );
    expect(f).toEqual({
      cutOff: '2026-11-20',
      units: 10,
      registered: 5,
      selected: 4,
      submitted: 3,
      recognised: 1,
      maintained: 1,
    });
    expect(addFigures([f, f], '2026-11-20')).toMatchObject({
      units: 20,
      registered: 10,
      maintained: 2,
    });
  });

  it('takes files while a draft, within the limits, and lets one go by its id', () => {
    const limits = { maxFileBytes: 1000, maxRegistrationBytes: 1500, maxFiles: 2 };
    const file = (id: string, size: number) => ({ id, name: `${id}.pdf`, size, at: 't' });
    const draft = { status: 'draft' as const, sections, attachments: [file('a', 900)] };
    expect(decideTierReport(draft, duty, { type: 'attach', file: file('b', 500), limits }).ok).toBe(
      true,
    );
    const big = decideTierReport(draft, duty, { type: 'attach', file: file('c', 1001), limits });
    expect(!big.ok && big.error.code).toBe('file-too-large');
    const over = decideTierReport(draft, duty, { type: 'attach', file: file('d', 700), limits });
    expect(over.ok).toBe(false);
    expect(decideTierReport(draft, duty, { type: 'detach', id: 'a' })).toEqual({
      ok: true,
      value: [{ type: 'tier-report.detach', id: 'a' }],
    });
    expect(decideTierReport(draft, duty, { type: 'detach', id: 'z' }).ok).toBe(false);
    const sent = { ...draft, status: 'submitted' as const };
    expect(decideTierReport(sent, duty, { type: 'attach', file: file('e', 10), limits }).ok).toBe(
      false,
    );
  });
});

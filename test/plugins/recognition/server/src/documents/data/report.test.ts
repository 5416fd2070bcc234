import { describe, expect, it } from 'vitest';
import { reportData } from '../../../../../../../templates/report/schema';
import { reportDataOf } from '../../../../../../../plugins/recognition/server/src/documents/data/report';
import { hue } from './fixtures';

describe('reportDataOf', () => {
  const data = reportDataOf({
    jurisdiction: hue,
    year: 2026,
    period: 'annual',
    date: '2026-12-15',
    cutOff: '2026-12-31',
    plan: { number: '487/KH-UBND' },
    targets: [{ label: 'Tổng số đơn vị', minimum: 3, achieved: 2, met: false }],
    byState: { recognised: 2, registered: 1 },
    rows: [
      {
        state: 'recognised',
        selfTotal: '95.5',
        councilTotal: 91.666,
        unit: { name: 'A Lưới 1', kind: 'xa' },
      },
      {
        state: 'registered',
        selfTotal: null,
        councilTotal: null,
        unit: { name: 'An Cựu', kind: 'phuong' },
      },
    ],
  });
  it('fits the template’s schema', () => expect(reportData.safeParse(data).success).toBe(true));
  it('labels states in Vietnamese and writes scores with a decimal comma', () => {
    expect(data.states).toEqual([
      { label: 'Đã công nhận', count: 2 },
      { label: 'Đã đăng ký', count: 1 },
    ]);
    expect(data.units).toEqual([
      { name: 'Xã A Lưới 1', state: 'Đã công nhận', selfTotal: '95,5', councilTotal: '91,67' },
      { name: 'Phường An Cựu', state: 'Đã đăng ký', selfTotal: '', councilTotal: '' },
    ]);
    expect(data.issuer.lines).toEqual(['CÔNG AN THÀNH PHỐ HUẾ']);
  });
  it('says when no plan governs the year, and carries the cut-off', () => {
    const none = reportDataOf({
      jurisdiction: hue,
      year: 2031,
      period: 'six-month',
      date: '2031-06-30',
      cutOff: '2031-06-10',
      plan: null,
      targets: [],
      byState: {},
      rows: [],
    });
    expect(none.planNumber).toBe('(chưa có)');
    expect(none.cutOff).toBe('2031-06-10');
    expect(reportData.safeParse(none).success).toBe(true);
  });
  it('is signed by the jurisdiction’s report signer when it has one, else by the director with the name left to write', () => {
    expect(data.signer).toEqual({ position: 'GIÁM ĐỐC', name: ' ' });
    const signed = reportDataOf({
      jurisdiction: {
        ...hue,
        reportSigner: {
          authority: null,
          delegation: 'KT. GIÁM ĐỐC',
          position: 'PHÓ GIÁM ĐỐC',
          name: 'Trần Văn Báo',
        },
      },
      year: 2026,
      period: 'annual',
      date: '2026-12-15',
      cutOff: '2026-12-31',
      plan: null,
      targets: [],
      byState: {},
      rows: [],
    });
    expect(signed.signer).toEqual({
      delegation: 'KT. GIÁM ĐỐC',
      position: 'PHÓ GIÁM ĐỐC',
      name: 'Trần Văn Báo',
    });
    expect(reportData.safeParse(signed).success).toBe(true);
  });
});

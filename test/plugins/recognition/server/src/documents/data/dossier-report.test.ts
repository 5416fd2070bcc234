import { describe, expect, it } from 'vitest';
import { dossierReportData } from '../../../../../../../templates/dossier-report/schema';
import { dossierReportDataOf } from '../../../../../../../plugins/recognition/server/src/documents/data/dossier-report';
import { hue, set } from './fixtures';

const base = {
  year: 2026,
  criteriaSet: set,
  jurisdiction: hue,
  date: '2026-11-18',
  evidence: { '1.1': [{}, {}] },
};

describe('dossierReportDataOf', () => {
  it('writes a commune’s report from its People’s Committee, with the score table and the verdict', () => {
    const data = dossierReportDataOf({
      ...base,
      unit: { name: 'A Lưới 1', kind: 'xa' },
      selfMarks: {
        '1.1': { points: 10 },
        '1.2': { subItems: { a: 2.5, b: 1 } },
        '3.1': { passed: true },
      },
    });
    expect(dossierReportData.safeParse(data).success).toBe(true);
    expect(data.issuer.lines).toEqual(['ỦY BAN NHÂN DÂN', 'XÃ A LƯỚI 1']);
    expect(data.unitName).toBe('Ủy ban nhân dân xã A Lưới 1');
    expect(data.rows).toEqual([
      { code: '1.1', title: 'Có nghị quyết của cấp ủy', max: '10', score: '10', evidence: 2 },
      { code: '1.2', title: 'Các nội dung con', max: '5', score: '3,5', evidence: 0 },
      {
        code: '3.1',
        title: 'Không để xảy ra vụ việc phức tạp',
        max: 'Đạt/Không',
        score: 'Đạt',
        evidence: 0,
      },
    ]);
    expect(data).toMatchObject({
      total: 13.5,
      maxTotal: 15,
      verdict: 'đạt ngưỡng công nhận',
      criteriaSet: 'Bộ tiêu chí xã, phường, đặc khu điển hình (phiên bản 2)',
    });
    expect(JSON.stringify(data)).not.toContain('MAU-XA-PHUONG');
  });
  it('writes an organisation’s report in its own name, and gives the reasons it misses the threshold', () => {
    const data = dossierReportDataOf({
      ...base,
      unit: { name: 'Trường THPT Hai Bà Trưng', kind: 'co_so_giao_duc' },
      selfMarks: { '3.1': { passed: false } },
    });
    expect(data.issuer.lines).toEqual(['TRƯỜNG THPT HAI BÀ TRƯNG']);
    expect(data.place).toBe('Huế');
    expect(data.signer).toEqual({ position: 'THỦ TRƯỞNG ĐƠN VỊ', name: ' ' });
    expect(data.verdict).toContain('chưa đạt ngưỡng công nhận');
    expect(data.verdict).toContain('3.1');
  });
});

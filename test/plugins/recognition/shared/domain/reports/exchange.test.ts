import { describe, expect, it } from 'vitest';
import {
  packageProblems,
  reportPackage,
  type PackageFacts,
} from '../../../../../../plugins/recognition/shared/domain/reports';

const pkg = reportPackage.parse({
  format: 'dienhinh.report-package',
  version: 1,
  province: { slug: 'hue', name: 'Huế' },
  act: {
    kind: 'report',
    subject: 'plan:six_month_report',
    title: 'Báo cáo định kỳ 06 tháng năm 2026',
    year: 2026,
    number: '01/BC-CATP',
    date: '2026-06-12',
    recipients: ['ministry'],
  },
  data: { figures: [] },
  pdf: 'JVBERi0=',
  pdfSha256: 'a'.repeat(64),
});
const good: PackageFacts = {
  pdfSha256: 'a'.repeat(64),
  signature: { intact: true, signerSha256: 'c'.repeat(64) },
  registered: ['c'.repeat(64)],
  signedDataSha256: 'd'.repeat(64),
  dataSha256: 'd'.repeat(64),
};

describe('a report package from another installation', () => {
  it('is taken in when its PDF, signature, signer and data all hold', () => {
    expect(packageProblems(pkg, good)).toEqual([]);
  });

  it('names every problem of a changed, unsigned, unregistered or foreign package', () => {
    expect(packageProblems(pkg, { ...good, pdfSha256: 'b'.repeat(64) })[0]).toContain('mã băm');
    expect(packageProblems(pkg, { ...good, signature: null })).toEqual([
      'Bản PDF không có chữ ký số.',
    ]);
    expect(
      packageProblems(pkg, { ...good, signature: { intact: false, signerSha256: 'c'.repeat(64) } }),
    ).toEqual(['Chữ ký số không khớp nội dung: bản PDF đã bị sửa sau khi ký.']);
    expect(packageProblems(pkg, { ...good, registered: [] })[0]).toContain(
      'Huế chưa đăng ký chứng thư ký số',
    );
    expect(packageProblems(pkg, { ...good, registered: ['e'.repeat(64)] })).toEqual([
      'Bản PDF không được ký bằng chứng thư đã đăng ký của Huế.',
    ]);
    expect(packageProblems(pkg, { ...good, signedDataSha256: null })).toEqual([
      'Số liệu gửi kèm không phải số liệu của bản đã ký (đã bị sửa).',
    ]);
  });

  it('has a published shape: another format or version is refused by name', () => {
    expect(reportPackage.safeParse({ ...pkg, format: 'other' }).error?.issues[0].message).toBe(
      'phải là "dienhinh.report-package"',
    );
    expect(reportPackage.safeParse({ ...pkg, version: 2 }).success).toBe(false);
  });
});

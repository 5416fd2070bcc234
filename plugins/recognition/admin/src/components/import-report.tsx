// What an import answered: the rows it would write or wrote, or every refused row with its
// column, value and reason (then nothing was written).
import { Alert, Flex } from '@strapi/design-system';
import type { z } from 'zod';
import type { schemas } from '../api/client';
import { RecordTable } from './record-table';

export type ImportReport =
  | z.infer<typeof schemas.importReport>
  | z.infer<typeof schemas.resultImportReport>
  | (z.infer<typeof schemas.accountImportReport> & { updated?: undefined });

type RowError = { line: number; column: string; value: string; reason: string };

export const ImportReportView = ({ report }: { report: ImportReport }) =>
  report.ok ? (
    <Alert
      closeLabel="Đóng"
      title={report.dryRun ? 'Tệp hợp lệ (chưa ghi gì)' : 'Đã nhập'}
      variant="success"
    >
      {'invited' in report
        ? `${report.total} dòng: tài khoản mới ${report.created}, đã có ${report.unchanged}, đã gửi thư mời ${report.invited}.`
        : `${report.total} dòng: thêm mới ${report.created}, cập nhật ${report.updated}, không đổi ${report.unchanged}.`}
    </Alert>
  ) : (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Alert closeLabel="Đóng" title="Không nhập gì" variant="danger">
        {report.errors.length} lỗi trong {report.total} dòng. Sửa tệp rồi thử lại.
      </Alert>
      <RecordTable<RowError>
        rows={report.errors}
        rowKey={(_, i) => String(i)}
        columns={[
          { label: 'Dòng', cell: (e) => e.line },
          { label: 'Cột', cell: (e) => e.column },
          { label: 'Giá trị', cell: (e) => e.value },
          { label: 'Lý do', cell: (e) => e.reason },
        ]}
      />
    </Flex>
  );

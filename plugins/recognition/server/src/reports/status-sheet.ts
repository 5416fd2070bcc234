// The Ministry's status of the reports sent up, as a spreadsheet: one line per province and
// report, with its due day, state, number and the days it was sent and received.
import ExcelJS from 'exceljs';
import { safeRow } from '../../../shared/domain/export-cells';
import type { nationalReports } from './national-reports';

type Status = Awaited<ReturnType<ReturnType<typeof nationalReports>>>;
const dmy = (iso: string | null | undefined) =>
  iso ? iso.slice(0, 10).split('-').reverse().join('/') : '';

export async function statusSheet(s: Status): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'dienhinh';
  const ws = wb.addWorksheet('Tình hình báo cáo');
  ws.addRow([`Tình hình báo cáo của các tỉnh, thành phố gửi Bộ Công an năm ${s.year}`]).font = {
    bold: true,
    size: 13,
  };
  ws.addRow([
    `Tính đến ngày ${dmy(s.today)}: đã nhận ${s.counts.received}, đã gửi chờ xác nhận ${s.counts.sent}, đến hạn chưa báo cáo ${s.counts.due} (quá hạn ${s.counts.overdue}).`,
  ]);
  ws.addRow([]);
  ws.addRow([
    'Tỉnh, thành phố',
    'Báo cáo',
    'Hạn',
    'Tình trạng',
    'Số',
    'Ngày gửi',
    'Ngày nhận',
  ]).font = { bold: true };
  for (const p of s.provinces)
    for (const r of p.reports)
      ws.addRow(
        safeRow([
          p.name,
          r.label,
          dmy(r.due),
          r.stateLabel,
          r.act?.number ?? '',
          dmy(r.act?.sentAt),
          dmy(r.act?.receivedAt),
        ]),
      );
  [24, 48, 12, 34, 16, 12, 12].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

// A department's or a commune's report on one duty: a draft it edits, then sent once to the
// province, after which it never changes. Late is sending after the duty's due day. Pure.
import { err, ok, type Result } from '../errors';
import type { FileRef } from '../registration/record';
import { checkQuota, type UploadLimits } from '../uploads';
import type { ReportDuty } from './duties';
import { missingSections, sectionLabels, type ReportFigures, type Sections } from './sections';

export type TierReportRecord = {
  status: 'draft' | 'submitted';
  sections: Sections;
  /** Files sent with the report (a table, a decision of the commune), kept privately. */
  attachments: FileRef[];
};

export type TierReportCommand =
  | { type: 'save'; sections: Sections }
  | { type: 'submit'; sections: Sections; figures: ReportFigures; today: string }
  | { type: 'attach'; file: FileRef; limits: UploadLimits }
  | { type: 'detach'; id: string };

export type TierReportEvent =
  | { type: 'tier-report.save'; sections: Sections }
  | { type: 'tier-report.attach'; file: FileRef }
  | { type: 'tier-report.detach'; id: string }
  | {
      type: 'tier-report.submit';
      sections: Sections;
      figures: ReportFigures;
      submittedOn: string;
      late: boolean;
    };

export function decideTierReport(
  current: TierReportRecord | null,
  duty: ReportDuty,
  command: TierReportCommand,
): Result<TierReportEvent[]> {
  if (current?.status === 'submitted')
    return err(
      'invalid-transition',
      `Báo cáo "${duty.label}" đã gửi, không sửa được nữa (nếu cần, gửi văn bản bổ sung).`,
    );
  if (command.type === 'save')
    return ok([{ type: 'tier-report.save', sections: command.sections }]);
  const files = current?.attachments ?? [];
  if (command.type === 'attach') {
    const quota = checkQuota(files, command.file.size ?? 0, command.limits, command.file.name);
    if (!quota.ok) return quota;
    return ok([{ type: 'tier-report.attach', file: command.file }]);
  }
  if (command.type === 'detach') {
    if (!files.some((f) => String(f.id) === command.id))
      return err('not-found', 'Báo cáo không có tệp này.');
    return ok([{ type: 'tier-report.detach', id: command.id }]);
  }
  const missing = missingSections(command.sections);
  if (missing.length)
    return err(
      'invalid-input',
      `Chưa gửi được: mục "${sectionLabels[missing[0]]}" không được để trống.`,
      { field: missing[0] },
    );
  return ok([
    {
      type: 'tier-report.submit',
      sections: command.sections,
      figures: command.figures,
      submittedOn: command.today,
      late: command.today > duty.due,
    },
  ]);
}

// A department's or a commune's report on one duty: a draft it edits, then sent once to the
// province, after which it never changes. Late is sending after the duty's due day. Pure.
import { err, ok, type Result } from '../errors';
import type { ReportDuty } from './duties';
import { missingSections, sectionLabels, type ReportFigures, type Sections } from './sections';

export type TierReportRecord = {
  status: 'draft' | 'submitted';
  sections: Sections;
};

export type TierReportCommand =
  | { type: 'save'; sections: Sections }
  | { type: 'submit'; sections: Sections; figures: ReportFigures; today: string };

export type TierReportEvent =
  | { type: 'tier-report.save'; sections: Sections }
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

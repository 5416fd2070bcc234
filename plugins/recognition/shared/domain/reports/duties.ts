// Who reports what, by when, to whom. A plan's report duties are data: each names one of its
// calendar's report dates (so the date lives once, in the calendar), the tiers that report to the
// province by then, and where the province's compiled report goes. A request for a report the
// plan does not set (an ad-hoc report "khi có yêu cầu") is a record with its own due date. Pure.
import { z } from 'zod';
import { deadlinesForYear, type CalendarEntry } from '../deadlines';
import { reportCutOff, type ReportPeriod } from '../report-period';
import { calendarDate } from '../calendar-date';

export const reportTiers = ['department', 'commune'] as const;
export type ReportTier = (typeof reportTiers)[number];
export const reportRecipients = ['people_committee', 'ministry'] as const;
export type ReportRecipient = (typeof reportRecipients)[number];

export const tierLabels: Record<ReportTier, string> = {
  department: 'Sở, ban, ngành',
  commune: 'Ủy ban nhân dân xã, phường',
};
export const recipientLabels: Record<ReportRecipient, string> = {
  people_committee: 'Ủy ban nhân dân tỉnh / thành phố',
  ministry: 'Bộ Công an (Cục Xây dựng phong trào bảo vệ an ninh Tổ quốc)',
};

/** The calendar kinds a duty may name, with the period a report of that date counts. */
const periodOfDeadline = {
  implementation_report: 'implementation',
  six_month_report: 'six-month',
  annual_report: 'annual',
} as const satisfies Record<string, ReportPeriod>;
type DutyDeadline = keyof typeof periodOfDeadline;
const dutyDeadlines = Object.keys(periodOfDeadline) as [DutyDeadline, ...DutyDeadline[]];

const tiers = z
  .array(z.enum(reportTiers, { message: `phải là một trong: ${reportTiers.join(', ')}` }))
  .min(1, 'phải có ít nhất một cấp báo cáo');
const recipients = z
  .array(z.enum(reportRecipients, { message: `phải là một trong: ${reportRecipients.join(', ')}` }))
  .min(1, 'phải có ít nhất một nơi nhận');

/** One report duty of a plan (plan.reportDuties). */
export const planReportDuty = z.object({
  deadline: z.enum(dutyDeadlines, {
    message: `phải là một trong: ${dutyDeadlines.join(', ')} (ngày lấy từ lịch của kế hoạch)`,
  }),
  reporters: tiers,
  recipients,
  clause: z.string().min(1, 'phải ghi điều khoản của kế hoạch, ví dụ "IV.1"'),
});
export type PlanReportDuty = z.infer<typeof planReportDuty>;

/** What a province asks for outside its plan's calendar (a report-request record). */
export const reportRequestInput = z.object({
  year: z.number().int().min(2020).max(2100),
  label: z.string().trim().min(5, 'Tên báo cáo: ít nhất 5 ký tự').max(300),
  period: z.enum(['six-month', 'annual', 'implementation']).default('six-month'),
  due: calendarDate,
  cutOff: calendarDate.optional(),
  reporters: tiers,
  recipients,
  basis: z.string().trim().max(500).optional(),
});
export type ReportRequestInput = z.input<typeof reportRequestInput>;
export type ReportRequest = z.infer<typeof reportRequestInput> & { documentId: string };

export type ReportDuty = {
  /** "plan:six_month_report" or "request:<documentId>": what a tier's report and the province's act name. */
  key: string;
  label: string;
  period: ReportPeriod;
  due: string;
  cutOff: string;
  reporters: ReportTier[];
  recipients: ReportRecipient[];
  clause: string;
};

/** The report duties of a year: the plan's (dated from its calendar) and the province's requests. */
export function dutiesOfYear(
  planDuties: unknown,
  calendar: CalendarEntry[],
  year: number,
  requests: ReportRequest[] = [],
): ReportDuty[] {
  const dated = deadlinesForYear(calendar, year);
  const fromPlan = z
    .array(planReportDuty)
    .parse(planDuties ?? [])
    .flatMap((d): ReportDuty[] => {
      const entry = dated.find((e) => e.kind === d.deadline);
      const period = periodOfDeadline[d.deadline];
      const cut = reportCutOff(period, year, calendar);
      if (!entry || !cut.ok) return [];
      const { reporters, recipients, clause } = d;
      const key = `plan:${d.deadline}`;
      return [
        {
          key,
          label: entry.label,
          period,
          due: entry.date,
          cutOff: cut.value,
          reporters,
          recipients,
          clause,
        },
      ];
    });
  const asked = requests
    .filter((r) => r.year === year)
    .map((r) => ({
      key: `request:${r.documentId}`,
      label: r.label,
      period: r.period,
      due: r.due,
      cutOff: r.cutOff ?? r.due,
      reporters: r.reporters,
      recipients: r.recipients,
      clause: r.basis || 'Yêu cầu báo cáo đột xuất',
    }));
  return [...fromPlan, ...asked].sort(
    (a, b) => a.due.localeCompare(b.due) || a.key.localeCompare(b.key),
  );
}

export type DutyStatus = 'not_due' | 'due' | 'overdue' | 'on_time' | 'late';
export const dutyStatusLabels: Record<DutyStatus, string> = {
  not_due: 'Chưa đến hạn',
  due: 'Đến hạn, chưa báo cáo',
  overdue: 'Quá hạn, chưa báo cáo',
  on_time: 'Đã báo cáo đúng hạn',
  late: 'Đã báo cáo (muộn)',
};

/**
 * Where one reporter stands on a duty on a day: reported on time or late (the day it reported
 * against the due day, both Vietnam days), else not yet due (more than a week ahead), due, or
 * overdue.
 */
export function dutyStatus(due: string, today: string, reportedOn?: string | null): DutyStatus {
  if (reportedOn) return reportedOn <= due ? 'on_time' : 'late';
  if (today > due) return 'overdue';
  const week = new Date(`${due}T00:00:00Z`).getTime() - 7 * 86_400_000;
  return new Date(`${today}T00:00:00Z`).getTime() < week ? 'not_due' : 'due';
}

/**
 * What is wrong with a plan's report duties, in Vietnamese, each naming the duty: a malformed
 * entry, or a duty naming a report date its calendar does not have.
 */
export function reportDutyProblems(
  duties: unknown,
  calendar: { kind?: string | null }[],
): string[] {
  if (duties == null) return [];
  if (!Array.isArray(duties)) return ['Nhiệm vụ báo cáo: phải là một danh sách.'];
  return duties.flatMap((d, i) => {
    const parsed = planReportDuty.safeParse(d);
    if (!parsed.success)
      return parsed.error.issues.map(
        (x) => `Nhiệm vụ báo cáo thứ ${i + 1}, ${x.path.join('.') || 'mục'}: ${x.message}.`,
      );
    return calendar.some((e) => e.kind === parsed.data.deadline)
      ? []
      : [
          `Nhiệm vụ báo cáo thứ ${i + 1}: lịch của kế hoạch không có thời hạn "${parsed.data.deadline}".`,
        ];
  });
}

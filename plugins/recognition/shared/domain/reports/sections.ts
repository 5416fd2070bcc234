// The narrative of a Vietnamese report, as both a tier's report and the province's compiled one
// write it: results, shortcomings, their causes, the way forward and proposals. Pure.
import { z } from 'zod';

export const reportSections = [
  'results',
  'shortcomings',
  'causes',
  'directions',
  'proposals',
] as const;
export type ReportSection = (typeof reportSections)[number];

export const sectionLabels: Record<ReportSection, string> = {
  results: 'Kết quả thực hiện',
  shortcomings: 'Tồn tại, hạn chế',
  causes: 'Nguyên nhân',
  directions: 'Phương hướng, nhiệm vụ thời gian tới',
  proposals: 'Kiến nghị, đề xuất',
};

const text = (label: string) =>
  z
    .string()
    .max(20_000, `${label}: tối đa 20.000 ký tự`)
    .transform((s) => s.normalize('NFC').trim())
    .default('');

export const sectionsInput = z.object({
  results: text(sectionLabels.results),
  shortcomings: text(sectionLabels.shortcomings),
  causes: text(sectionLabels.causes),
  directions: text(sectionLabels.directions),
  proposals: text(sectionLabels.proposals),
});
export type Sections = z.infer<typeof sectionsInput>;

export const emptySections = (): Sections => sectionsInput.parse({});

/** The sections a report must have before it is sent: at least its results. */
export function missingSections(s: Sections): ReportSection[] {
  return s.results ? [] : ['results'];
}

/** Figures a report states, counted from the records at its cut-off (never typed by hand). */
export const reportFigures = z.object({
  cutOff: z.string(),
  units: z.number().int(),
  registered: z.number().int(),
  selected: z.number().int(),
  submitted: z.number().int(),
  recognised: z.number().int(),
  maintained: z.number().int(),
});
export type ReportFigures = z.infer<typeof reportFigures>;

export const figureLabels: Record<Exclude<keyof ReportFigures, 'cutOff'>, string> = {
  units: 'Đơn vị thuộc phạm vi',
  registered: 'Đăng ký xây dựng điển hình',
  selected: 'Được lựa chọn xây dựng',
  submitted: 'Đã nộp hồ sơ đề nghị công nhận',
  recognised: 'Được công nhận mới',
  maintained: 'Duy trì điển hình',
};

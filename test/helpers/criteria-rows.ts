// A criteria set of the official structure's size as spreadsheet rows (5 groups, 34 criteria: the
// 2022 provisional set had 34), with sub-items, pass/fail criteria and knock-outs; its text is
// placeholder, never the official wording.
import type { RawRow } from '../../plugins/recognition/shared/domain/unit-import';

export const columns = [
  'group_code',
  'group_title',
  'code',
  'title',
  'scoring',
  'max_points',
  'mandatory',
  'knock_out',
  'sub_code',
  'sub_title',
  'sub_points',
];
export const row = (line: number, cells: Record<string, string>): RawRow => ({
  line,
  cells: Object.fromEntries(columns.map((c) => [c, cells[c] ?? ''])),
});

export function officialSizedRows(): RawRow[] {
  const rows: RawRow[] = [];
  let line = 2;
  for (let g = 1; g <= 5; g++) {
    for (let c = 1; c <= (g === 5 ? 6 : 7); c++) {
      const code = `${g}.${c}`;
      const base = { group_code: `N${g}`, group_title: `Nhóm ${g}: nội dung thử`, code };
      if (g === 5)
        rows.push(
          row(line++, {
            ...base,
            title: `Không để xảy ra vụ việc ${c}`,
            scoring: 'đạt/không đạt',
            knock_out: 'x',
          }),
        );
      else if (c === 1) {
        rows.push(
          row(line++, {
            ...base,
            title: `Tiêu chí ${code} có nội dung con`,
            max_points: '4',
            mandatory: 'có',
            sub_code: 'a',
            sub_title: 'Nội dung a',
            sub_points: '2,5',
          }),
        );
        rows.push(row(line++, { sub_code: 'b', sub_title: 'Nội dung b', sub_points: '1.5' }));
      } else rows.push(row(line++, { ...base, title: `Tiêu chí ${code}`, max_points: '4' }));
    }
  }
  return rows;
}

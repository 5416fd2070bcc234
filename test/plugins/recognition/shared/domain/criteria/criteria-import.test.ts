import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  criteriaJsonSchema,
  readCriteriaJson,
  readCriteriaTable,
} from '../../../../../../plugins/recognition/shared/domain/criteria';
import { columns, officialSizedRows, row } from '../../../../../helpers/criteria-rows';

const meta = {
  code: 'BTC-XA-3554',
  title: 'Bộ tiêu chí xã, phường, đặc khu điển hình (cấu trúc thử)',
  legalBasis: 'Quyết định số 3554/QĐ-BCA-V05 ngày 19/5/2025 của Bộ Công an',
  effectiveFrom: '2025-05-19',
  kinds: ['xa' as const, 'phuong' as const, 'dacKhu' as const],
  threshold: { minTotal: 80, requireAllKnockOutsPassed: true, requireAllMandatoryMet: true },
};
describe('importing a criteria set', () => {
  it('reads a set of the official structure’s size from a spreadsheet: 5 groups, 34 criteria, sub-items, "2,5"', () => {
    const r = readCriteriaTable(meta, columns, officialSizedRows());
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.set.groups).toHaveLength(5);
    expect(r.set.groups.flatMap((g) => g.criteria)).toHaveLength(34);
    expect(r.set.groups[0].criteria[0]).toMatchObject({
      code: '1.1',
      scoring: 'points',
      maxPoints: 4,
      mandatory: true,
      subItems: [
        { code: 'a', maxPoints: 2.5 },
        { code: 'b', maxPoints: 1.5 },
      ],
    });
    expect(r.set.groups[4].criteria[0]).toMatchObject({
      scoring: 'pass_fail',
      knockOut: true,
      maxPoints: null,
    });
  });

  it('refuses the whole set for any wrong row, naming line, column and what is allowed', () => {
    const rows = officialSizedRows();
    rows[1] = row(rows[1].line, { sub_code: 'b', sub_title: 'Nội dung b', sub_points: '2' });
    rows[3] = row(rows[3].line, { ...rows[3].cells, mandatory: 'hình như có' });
    rows[4] = row(rows[4].line, { ...rows[4].cells, max_points: '7,555' });
    const r = readCriteriaTable(meta, columns, rows);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toEqual([
      expect.objectContaining({
        line: rows[3].line,
        column: 'mandatory',
        reason: expect.stringContaining('"x" hoặc "có"'),
      }),
      expect.objectContaining({
        line: rows[4].line,
        column: 'max_points',
        reason: expect.stringContaining('ví dụ 7,5'),
      }),
    ]);
    // Once the rows read, the set's sums are checked: a criterion's sub-items add up to its maximum.
    const sums = readCriteriaTable(
      { ...meta, threshold: { ...meta.threshold, minTotal: null } },
      columns,
      [rows[0], rows[1]],
    );
    expect(sums.ok ? [] : sums.problems.map((p) => p.reason)).toEqual([
      'tổng điểm các nội dung con (4,5) phải bằng điểm tối đa của tiêu chí (4)',
    ]);
  });

  it('refuses duplicate codes, a threshold the set cannot reach, and a missing column', () => {
    const rows = officialSizedRows();
    const dup = readCriteriaTable(meta, columns, [
      ...rows,
      row(99, {
        group_code: 'N9',
        group_title: 'Nhóm 9',
        code: '1.2',
        title: 'Trùng',
        max_points: '1',
      }),
    ]);
    expect(dup.ok ? [] : dup.problems).toContainEqual({
      where: 'nhóm N9 › tiêu chí 1.2',
      reason: 'mã tiêu chí bị trùng trong bộ tiêu chí',
    });
    const high = readCriteriaTable(
      { ...meta, threshold: { ...meta.threshold, minTotal: 200 } },
      columns,
      rows,
    );
    expect(high.ok ? '' : high.problems[0].reason).toContain(
      'lớn hơn tổng điểm tối đa của bộ tiêu chí (112)',
    );
    const noTitle = readCriteriaTable(
      meta,
      columns.filter((c) => c !== 'title'),
      rows,
    );
    expect(noTitle.ok ? '' : noTitle.problems[0].reason).toContain('thiếu cột "title"');
    const blank = readCriteriaTable(meta, columns, [
      row(2, { group_code: 'N1', group_title: 'Nhóm', code: '1.1', title: '', max_points: '1' }),
    ]);
    expect(blank.ok ? [] : blank.problems).toEqual([
      { line: 2, where: 'nhóm 1 › tiêu chí 1 › tên', reason: 'không được để trống' },
    ]);
  });

  it('reads the published JSON form: the sample sets in data/criteria are valid files of it', () => {
    const dir = path.join(__dirname, '../../../../../../data/criteria');
    for (const f of fs.readdirSync(dir).filter((f) => f.startsWith('sample-'))) {
      const r = readCriteriaJson(fs.readFileSync(path.join(dir, f), 'utf8'));
      expect(r.ok, `${f}: ${r.ok ? '' : JSON.stringify(r.problems)}`).toBe(true);
    }
    const bad = readCriteriaJson('{"code": "X"');
    expect(bad.ok ? '' : bad.problems[0].where).toBe('tệp JSON');
    const wrong = readCriteriaJson(JSON.stringify({ ...meta, kinds: ['truong'], groups: [] }));
    expect(wrong.ok ? [] : wrong.problems.map((p) => p.where)).toEqual([
      'loại đơn vị áp dụng 1',
      'nhóm',
    ]);
  });
  it('publishes its JSON Schema as the import reads it (npm run criteria:schema writes it)', () => {
    const file = path.join(__dirname, '../../../../../../data/criteria/criteria-set.schema.json');
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual(
      JSON.parse(JSON.stringify(criteriaJsonSchema())),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { fieldChanges } from '../../../../../plugins/recognition/shared/domain/audit-diff';
import { actionLabel } from '../../../../../plugins/recognition/shared/domain/states';

describe('an audit event’s change, field by field', () => {
  it('lists only the fields that changed, with Vietnamese names and states in words', () => {
    expect(
      fieldChanges({ state: 'proposed' }, { state: 'recognised', decision: 'abc', serial: 'X-1' }),
    ).toEqual([
      {
        field: 'state',
        label: 'Trạng thái',
        before: 'Được đề nghị công nhận',
        after: 'Đã công nhận',
      },
      { field: 'decision', label: 'Quyết định', before: '—', after: 'abc' },
      { field: 'serial', label: 'Số giấy chứng nhận', before: '—', after: 'X-1' },
    ]);
  });
  it('leaves out what did not change, shows removals and shortens long values', () => {
    const long = { marks: { '1.1': { points: 10 } }, note: 'x'.repeat(200) };
    const changes = fieldChanges(
      { total: 90, reason: 'cũ', marks: long.marks },
      { total: 95, marks: long.marks, onBehalf: true, note: long.note },
    );
    expect(changes.map((c) => c.field)).toEqual(['total', 'reason', 'onBehalf', 'note']);
    expect(changes.find((c) => c.field === 'reason')).toMatchObject({ before: 'cũ', after: '—' });
    expect(changes.find((c) => c.field === 'onBehalf')).toMatchObject({
      label: 'Thư ký làm thay đơn vị',
      after: 'có',
    });
    expect(changes.find((c) => c.field === 'note')!.after.length).toBeLessThanOrEqual(120);
    expect(fieldChanges(null, null)).toEqual([]);
  });
  it('names content changes and the new acts in words', () => {
    expect(actionLabel('unit.create')).toBe('tạo đơn vị');
    expect(actionLabel('unit-result.update')).toBe('sửa kết quả năm của đơn vị');
    expect(actionLabel('plan.publish')).toBe('ban hành kế hoạch');
    expect(actionLabel('decision.amend')).toBe('ban hành quyết định sửa đổi, bổ sung');
    expect(actionLabel('something.else')).toBe('something.else');
  });
});

describe('marks in the history', () => {
  it('reads a council member’s marks criterion by criterion, sub-items summed, pass/fail in words', async () => {
    const { fieldChanges } = await import(
      '../../../../../plugins/recognition/shared/domain/audit-diff'
    );
    const [c] = fieldChanges(
      {},
      {
        marks: {
          '1.1': { subItems: { a: 5, b: 4 } },
          '1.2': { passed: true },
          '1.3': { points: 10 },
          '3.1': { passed: false },
        },
      },
    );
    expect(c).toEqual({
      field: 'marks',
      label: 'Điểm',
      before: '—',
      after: '1.1: 9; 1.2: đạt; 1.3: 10; 3.1: không đạt',
    });
  });
  it('names a content type’s fields by its own labels and shows values in words, never raw JSON', () => {
    const unit = fieldChanges(
      {
        name: 'A',
        kind: 'xa',
        active: true,
        jurisdiction: { id: 3, documentId: 'abc', name: 'Huế' },
      },
      {
        name: 'B',
        kind: 'phuong',
        active: false,
        jurisdiction: { id: 3, documentId: 'abc', name: 'Huế' },
      },
      'unit',
    );
    expect(unit.map((c) => c.label).every((l) => /[^\p{ASCII}]/u.test(l))).toBe(true);
    expect(unit.find((c) => c.field === 'kind')).toMatchObject({ before: 'Xã', after: 'Phường' });
    const plan = fieldChanges(
      { calendar: [{ kind: 'registration', day: 10, month: 1 }], usesCouncil: true },
      {
        calendar: [{ kind: 'registration', day: 25, month: 1 }],
        usesCouncil: false,
        updatedAt: '2026-12-05T09:08:00.000Z',
      },
      'plan',
    );
    for (const c of plan)
      expect(`${c.label} ${c.before} ${c.after}`, c.field).not.toMatch(/[{}[\]"]/);
    expect(plan.find((c) => c.field === 'updatedAt')?.after).toBe('16:08 05/12/2026');
    expect(fieldChanges({}, { mystery: 1 })[0]!.label).toBe('Trường mystery');
  });
});

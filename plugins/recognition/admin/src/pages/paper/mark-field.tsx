// One criterion's answer as the secretariat types it from the unit's paper self-assessment: a
// choice for pass/fail, else the points (or each sub-item's), written as Vietnamese write them
// ("7,5" or "7.5") and kept as typed. Each field says, under itself, why its text cannot be kept
// (the shared rules of shared/domain/mark-entry.ts, the portal's own) or why the server refused it.
import { Field, SingleSelect, SingleSelectOption, TextInput } from '@strapi/design-system';
import { markFromEntry, writtenPoints, type Entry } from '../../../../shared/domain/mark-entry';
import type { CriterionDef } from '../../../../shared/domain/scoring';

export function PaperMarkField({
  c,
  entry,
  refused,
  disabled,
  onChange,
}: {
  c: CriterionDef;
  entry: Entry;
  refused?: string;
  disabled: boolean;
  onChange: (e: Entry) => void;
}) {
  if (c.scoring === 'pass_fail')
    return (
      <Field.Root name={`m-${c.code}`} error={refused}>
        <Field.Label>Kết quả {c.code}</Field.Label>
        <SingleSelect
          disabled={disabled}
          value={entry.passed === undefined ? '' : String(entry.passed)}
          onChange={(v: string | number) => onChange({ ...entry, passed: v === 'true' })}
        >
          <SingleSelectOption value="true">Đạt</SingleSelectOption>
          <SingleSelectOption value="false">Không đạt</SingleSelectOption>
        </SingleSelect>
        <Field.Error />
      </Field.Root>
    );
  const check = markFromEntry(c, entry);
  const errors = check.ok ? {} : check.errors;
  const fields = c.subItems?.length
    ? c.subItems
    : [{ code: '', title: 'Điểm', maxPoints: c.maxPoints ?? null }];
  return (
    <>
      {fields.map((s) => (
        <Field.Root
          key={s.code}
          name={`m-${c.code}-${s.code}`}
          error={errors[s.code] ?? (s === fields[0] ? refused : undefined)}
        >
          <Field.Label>
            {s.code ? `${c.code}.${s.code}` : `Điểm ${c.code}`}
            {s.maxPoints != null ? ` (≤ ${writtenPoints(s.maxPoints)})` : ''}
          </Field.Label>
          <TextInput
            disabled={disabled}
            inputMode="decimal"
            value={(s.code ? entry.subItems?.[s.code] : entry.points) ?? ''}
            onChange={(e: { target: { value: string } }) =>
              onChange(
                s.code
                  ? { ...entry, subItems: { ...entry.subItems, [s.code]: e.target.value } }
                  : { ...entry, points: e.target.value },
              )
            }
          />
          <Field.Error />
        </Field.Root>
      ))}
    </>
  );
}

// The input for one criterion's mark: points (or points per sub-item) up to the maximum, or
// đạt / không đạt; shared by the officer's self-score and the council member's grid.
import type { ReactNode } from 'react';
import type { z } from 'zod';
import type { schemas } from '../api';
import { markFromEntry, type Entry } from '../../../shared/domain/mark-entry';
import { points } from '../format';

export type Criterion = z.infer<typeof schemas.criteria>['groups'][number]['criteria'][number];
export type Mark = z.infer<typeof schemas.mark>;
export type { Entry };

/** A points field as a Vietnamese user types it: text (a phone's number field drops the comma of "7,5"), checked where it is typed. */
function PointsField({
  id,
  label,
  max,
  text,
  error,
  disabled,
  onText,
}: {
  id: string;
  label: ReactNode;
  max: number | null | undefined;
  text: string;
  error?: string;
  disabled?: boolean;
  onText: (t: string) => void;
}) {
  return (
    <div className={`row${error ? ' invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        data-max={max ?? undefined}
        maxLength={12}
        disabled={disabled}
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-loi` : undefined}
        onChange={(e) => onText(e.currentTarget.value)}
      />
      {error && (
        <p id={`${id}-loi`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

/**
 * One criterion's answer: points (or points per sub-item) as typed, or đạt / không đạt. Each
 * field shows why it cannot be kept: checked as typed, or as the server refused it (`refused`).
 */
export function MarkInput({
  c,
  entry,
  refused,
  onChange,
  disabled,
  idPrefix,
}: {
  c: Criterion;
  entry: Entry;
  refused?: string;
  onChange: (e: Entry) => void;
  disabled?: boolean;
  idPrefix: string;
}) {
  const id = `${idPrefix}-${c.code}`;
  const check = markFromEntry(c, entry);
  const errors = check.ok ? {} : check.errors;
  if (c.scoring === 'pass_fail') {
    const value = entry.passed === undefined ? '' : entry.passed ? 'yes' : 'no';
    return (
      <fieldset className={`passfail${refused ? ' invalid' : ''}`} disabled={disabled}>
        <legend className="sr-only">Kết quả tiêu chí {c.code}</legend>
        {(['yes', 'no'] as const).map((v) => (
          <label key={v} className="inline">
            <input
              type="radio"
              name={id}
              checked={value === v}
              onChange={() => onChange({ ...entry, passed: v === 'yes' })}
            />{' '}
            {v === 'yes' ? 'Đạt' : 'Không đạt'}
          </label>
        ))}
        {refused && <p className="field-error">Chưa lưu: {refused}</p>}
      </fieldset>
    );
  }
  if (c.subItems.length) {
    return (
      <div className="subitems">
        {c.subItems.map((s) => (
          <PointsField
            key={s.code}
            id={`${id}-${s.code}`}
            label={
              <>
                {c.code}.{s.code} {s.title}{' '}
                <span className="muted">(0 – {points(s.maxPoints)})</span>
              </>
            }
            max={s.maxPoints}
            text={entry.subItems?.[s.code] ?? ''}
            error={errors[s.code]}
            disabled={disabled}
            onText={(t) =>
              onChange({ ...entry, subItems: { ...(entry.subItems ?? {}), [s.code]: t } })
            }
          />
        ))}
        {refused && !Object.keys(errors).length && (
          <p className="field-error">Chưa lưu: {refused}</p>
        )}
      </div>
    );
  }
  return (
    <PointsField
      id={id}
      label={
        <>
          Điểm <span className="muted">(0 – {points(c.maxPoints)})</span>
        </>
      }
      max={c.maxPoints}
      text={entry.points ?? ''}
      error={errors[''] ?? (refused ? `Chưa lưu: ${refused}` : undefined)}
      disabled={disabled}
      onText={(t) => onChange({ ...entry, points: t })}
    />
  );
}

/** What a criterion is: points or pass/fail, and whether failing it sinks the dossier. */
export function CriterionFacts({ c }: { c: Criterion }) {
  return (
    <p className="facts">
      {c.scoring === 'pass_fail'
        ? 'Chấm đạt / không đạt'
        : `Tối đa ${points(c.maxPoints ?? c.subItems.reduce((s, i) => s + (i.maxPoints ?? 0), 0))} điểm`}
      {c.mandatory && <span className="tag">Bắt buộc</span>}
      {c.knockOut && <span className="tag danger">Tiêu chí loại trừ</span>}
    </p>
  );
}

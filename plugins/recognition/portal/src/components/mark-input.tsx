// The input for one criterion's mark: points (or points per sub-item) up to the maximum, or
// đạt / không đạt; shared by the officer's self-score and the council member's grid.
import type { z } from 'zod';
import type { schemas } from '../api';
import { points } from '../format';

export type Criterion = z.infer<typeof schemas.criteria>['groups'][number]['criteria'][number];
export type Mark = z.infer<typeof schemas.mark>;

const num = (v: string) => (v.trim() === '' ? undefined : Number(v.replace(',', '.')));

export function MarkInput({ c, mark, onChange, disabled, idPrefix }: { c: Criterion; mark: Mark | undefined; onChange: (m: Mark | undefined) => void; disabled?: boolean; idPrefix: string }) {
  const id = `${idPrefix}-${c.code}`;
  if (c.scoring === 'pass_fail') {
    const value = mark?.passed === undefined ? '' : mark.passed ? 'yes' : 'no';
    return (
      <fieldset className="passfail" disabled={disabled}>
        <legend className="sr-only">Kết quả tiêu chí {c.code}</legend>
        {(['yes', 'no'] as const).map((v) => (
          <label key={v} className="inline">
            <input type="radio" name={id} checked={value === v} onChange={() => onChange({ passed: v === 'yes' })} /> {v === 'yes' ? 'Đạt' : 'Không đạt'}
          </label>
        ))}
      </fieldset>
    );
  }
  if (c.subItems.length) {
    return (
      <div className="subitems">
        {c.subItems.map((s) => (
          <label key={s.code} className="row">
            <span>
              {c.code}.{s.code} {s.title} <span className="muted">(tối đa {points(s.maxPoints)})</span>
            </span>
            <input
              type="number"
              inputMode="decimal"
              min={0}
              max={s.maxPoints ?? undefined}
              step="any"
              disabled={disabled}
              value={mark?.subItems?.[s.code] ?? ''}
              onChange={(e) => {
                const subItems = { ...(mark?.subItems ?? {}) };
                const v = num(e.currentTarget.value);
                if (v === undefined || Number.isNaN(v)) delete subItems[s.code];
                else subItems[s.code] = v;
                onChange(Object.keys(subItems).length ? { subItems } : undefined);
              }}
            />
          </label>
        ))}
      </div>
    );
  }
  return (
    <label className="row">
      <span>
        Điểm <span className="muted">(0 – {points(c.maxPoints)})</span>
      </span>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        min={0}
        max={c.maxPoints ?? undefined}
        step="any"
        disabled={disabled}
        value={mark?.points ?? ''}
        onChange={(e) => {
          const v = num(e.currentTarget.value);
          onChange(v === undefined || Number.isNaN(v) ? undefined : { points: v });
        }}
      />
    </label>
  );
}

/** What a criterion is: points or pass/fail, and whether failing it sinks the dossier. */
export function CriterionFacts({ c }: { c: Criterion }) {
  return (
    <p className="facts">
      {c.scoring === 'pass_fail' ? 'Chấm đạt / không đạt' : `Tối đa ${points(c.maxPoints ?? c.subItems.reduce((s, i) => s + (i.maxPoints ?? 0), 0))} điểm`}
      {c.mandatory && <span className="tag">Bắt buộc</span>}
      {c.knockOut && <span className="tag danger">Tiêu chí loại trừ</span>}
    </p>
  );
}

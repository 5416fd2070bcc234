// The fields every new decision asks for: the number from the committee's register (or the next
// number, shown, when the province numbers automatically), the date and the signer.
import {
  Field,
  SingleSelect,
  SingleSelectOption,
  TextInput,
  Typography,
} from '@strapi/design-system';
import type { z } from 'zod';
import { schemas } from '../api/client';

export type DecisionYear = z.infer<typeof schemas.decisionYear>;
export type NumberDateSigner = { number: string; date: string; signer: number };

/** Whether the fields are filled enough to send (the server checks the rest). */
export const fieldsReady = (year: DecisionYear | null, v: NumberDateSigner) =>
  !!year &&
  year.signers.length > 0 &&
  v.signer >= 0 &&
  !!v.date &&
  (year.numbering === 'automatic' || v.number.trim().length > 0);

/** The body the server expects: no number under automatic numbering. */
export const fieldsBody = (year: DecisionYear, v: NumberDateSigner) => ({
  ...(year.numbering === 'manual' ? { number: v.number.trim() } : {}),
  date: v.date,
  signer: v.signer,
});

export const DecisionFields = ({
  year,
  value,
  onChange,
  what,
}: {
  year: DecisionYear | null;
  value: NumberDateSigner;
  onChange: (v: NumberDateSigner) => void;
  what: string;
}) => (
  <>
    {year?.numbering === 'automatic' ? (
      <Typography>
        Số {what} được cấp tự động: {year.nextNumber}
      </Typography>
    ) : (
      <Field.Root
        name="number"
        required
        hint="Số trong sổ đăng ký văn bản của Ủy ban, ví dụ 12/QĐ-UBND."
      >
        <Field.Label>Số {what}</Field.Label>
        <TextInput
          value={value.number}
          onChange={(e: any) => onChange({ ...value, number: e.target.value })}
        />
        <Field.Hint />
      </Field.Root>
    )}
    <Field.Root name="date" required hint="Ngày ký, không sau hôm nay.">
      <Field.Label>Ngày {what}</Field.Label>
      <TextInput
        type="date"
        value={value.date}
        onChange={(e: any) => onChange({ ...value, date: e.target.value })}
      />
      <Field.Hint />
    </Field.Root>
    <Field.Root
      name="signer"
      required
      hint={
        year && !year.signers.length
          ? 'Chưa khai báo người ký của tỉnh / thành phố (Tỉnh / thành phố → Người ký).'
          : undefined
      }
    >
      <Field.Label>Người ký</Field.Label>
      <SingleSelect
        value={value.signer >= 0 ? String(value.signer) : undefined}
        onChange={(v: string | number) => onChange({ ...value, signer: Number(v) })}
      >
        {(year?.signers ?? []).map((s) => (
          <SingleSelectOption key={s.index} value={String(s.index)}>
            {s.label}
          </SingleSelectOption>
        ))}
      </SingleSelect>
      <Field.Hint />
    </Field.Root>
  </>
);

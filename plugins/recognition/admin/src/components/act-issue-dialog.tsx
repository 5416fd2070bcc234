// Issuing an act after a confirmation: where the province keeps the committee's register by hand,
// the number and day typed from it; otherwise the next number of the year's register, said so.
import { Field, TextInput, Typography } from '@strapi/design-system';
import { useState } from 'react';
import { ConfirmDialog } from './feedback';

export function ActIssueDialog(props: {
  act: { title: string; manualNumber: boolean } | null;
  busy: boolean;
  onClose: () => void;
  onIssue: (input: { number?: string; date?: string }) => void;
}) {
  const [number, setNumber] = useState('');
  const [date, setDate] = useState('');
  const a = props.act;
  return (
    <ConfirmDialog
      open={!!a}
      onClose={props.onClose}
      title="Ký và ban hành văn bản?"
      confirm="Ký, ban hành"
      loading={props.busy}
      disabled={!!a?.manualNumber && (!number.trim() || !date)}
      onConfirm={() => props.onIssue(a?.manualNumber ? { number: number.trim(), date } : {})}
    >
      <Typography tag="p">
        {a?.title}: được ký số, lưu và không sửa được nữa; chỉ một văn bản sau nêu rõ văn bản này
        mới thay thế được nó.
      </Typography>
      {a?.manualNumber ? (
        <>
          <Field.Root
            name="number"
            required
            hint='Số trong sổ đăng ký văn bản, ví dụ "487/KH-UBND"'
          >
            <Field.Label>Số văn bản</Field.Label>
            <TextInput
              value={number}
              onChange={(e: React.ChangeEvent<HTMLInputElement>) => setNumber(e.target.value)}
            />
            <Field.Hint />
          </Field.Root>
          <Field.Root name="date" required hint="Ngày ghi trong sổ (năm-tháng-ngày)">
            <Field.Label>Ngày ban hành</Field.Label>
            <TextInput
              type="date"
              value={date}
              onChange={(e: React.ChangeEvent<HTMLInputElement>) => setDate(e.target.value)}
            />
            <Field.Hint />
          </Field.Root>
        </>
      ) : (
        <Typography tag="p">Văn bản nhận số tiếp theo trong sổ văn bản của năm.</Typography>
      )}
    </ConfirmDialog>
  );
}

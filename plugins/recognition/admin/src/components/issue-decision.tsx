// The form that issues a draft decision: the register's number and date (or the next number when
// the jurisdiction numbers automatically), the signer from the jurisdiction's list, the
// recipients one per line; then a confirmation that says the act cannot be undone.
import { Field, Flex, SingleSelect, SingleSelectOption, TextInput, Textarea, Typography } from '@strapi/design-system';
import { useState } from 'react';
import type { z } from 'zod';
import { schemas } from '../api/client';
import { ConfirmDialog } from './feedback';

type Year = z.infer<typeof schemas.decisionYear>;
export type IssueForm = { number?: string; date?: string; signer: number; recipients: string[] };

export const IssueDecisionDialog = ({ year, units, onClose, onIssue, busy }: { year: Year; units: string[]; onClose: () => void; onIssue: (f: IssueForm) => void; busy: boolean }) => {
  const manual = year.numbering === 'manual';
  const [number, setNumber] = useState('');
  const [date, setDate] = useState(year.today);
  const [signer, setSigner] = useState(year.signers[0]?.index ?? -1);
  const [recipients, setRecipients] = useState(year.recipients.join('\n'));
  const lines = recipients.split('\n').map((l) => l.trim()).filter(Boolean);
  const ready = signer >= 0 && lines.length > 0 && !!date && (!manual || number.trim().length > 0);
  return (
    <ConfirmDialog
      open
      onClose={onClose}
      title={`Ban hành quyết định công nhận năm ${year.year}`}
      confirm="Ký số và ban hành"
      disabled={!ready}
      loading={busy}
      onConfirm={() => onIssue({ ...(manual ? { number: number.trim() } : {}), date, signer, recipients: lines })}
    >
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Typography>
          {units.length} đơn vị: {units.join(', ')}. Sau khi ban hành, quyết định được ký số, lưu kèm mã băm và không sửa được nữa; giấy chứng nhận được cấp ngay sau đó.
        </Typography>
        {manual ? (
          <Field.Root name="number" required hint="Số trong sổ đăng ký văn bản của Ủy ban, ví dụ 12/QĐ-UBND.">
            <Field.Label>Số quyết định</Field.Label>
            <TextInput value={number} onChange={(e: any) => setNumber(e.target.value)} />
            <Field.Hint />
          </Field.Root>
        ) : (
          <Typography>Số quyết định được cấp tự động: {year.nextNumber}</Typography>
        )}
        <Field.Root name="date" required hint="Ngày ký, không sau hôm nay.">
          <Field.Label>Ngày quyết định</Field.Label>
          <TextInput type="date" value={date} onChange={(e: any) => setDate(e.target.value)} />
          <Field.Hint />
        </Field.Root>
        <Field.Root name="signer" required hint={year.signers.length ? undefined : 'Chưa khai báo người ký của tỉnh / thành phố (Tỉnh / thành phố → Người ký).'}>
          <Field.Label>Người ký</Field.Label>
          <SingleSelect value={signer >= 0 ? String(signer) : undefined} onChange={(v: string | number) => setSigner(Number(v))}>
            {year.signers.map((s) => (
              <SingleSelectOption key={s.index} value={String(s.index)}>
                {s.label}
              </SingleSelectOption>
            ))}
          </SingleSelect>
          <Field.Hint />
        </Field.Root>
        <Field.Root name="recipients" required hint="Mỗi dòng một nơi nhận.">
          <Field.Label>Nơi nhận</Field.Label>
          <Textarea value={recipients} onChange={(e: any) => setRecipients(e.target.value)} />
          <Field.Hint />
        </Field.Root>
      </Flex>
    </ConfirmDialog>
  );
};

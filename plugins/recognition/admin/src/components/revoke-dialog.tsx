// Revoking a recognition: the reason, and the revoking decision's number and date from the
// committee's register (or the next number under automatic numbering) and its signer; after a
// confirmation the server renders, signs and stores the revocation decision.
import { Field, Flex, SingleSelect, SingleSelectOption, TextInput, Textarea, Typography } from '@strapi/design-system';
import { useEffect, useState } from 'react';
import type { z } from 'zod';
import { schemas, useApi } from '../api/client';
import { ConfirmDialog, errorText } from './feedback';

type Row = z.infer<typeof schemas.recognitionList>[number];
export type RevokeForm = { reason: string; number?: string; date: string; signer: number };

export const RevokeDialog = ({ row, onClose, onRevoke, busy }: { row: Row; onClose: () => void; onRevoke: (f: RevokeForm) => void; busy: boolean }) => {
  const api = useApi();
  const [year, setYear] = useState<z.infer<typeof schemas.decisionYear> | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [number, setNumber] = useState('');
  const [date, setDate] = useState('');
  const [signer, setSigner] = useState(0);
  useEffect(() => {
    api.get(`/recognition/decisions?jurisdiction=${row.jurisdiction?.slug}&year=${row.year}`, schemas.decisionYear).then((y) => {
      setYear(y);
      setDate((d) => d || y.today);
    }).catch((e: any) => setFailure(errorText(e)));
  }, [api, row]);
  const manual = year?.numbering === 'manual';
  const ready = !!year && year.signers.length > 0 && reason.trim().length >= 5 && !!date && (!manual || number.trim().length > 0);
  return (
    <ConfirmDialog
      open
      onClose={onClose}
      title={`Thu hồi công nhận ${row.unit?.name ?? ''} năm ${row.year}`}
      confirm="Ký số quyết định thu hồi"
      variant="danger"
      disabled={!ready}
      loading={busy}
      onConfirm={() => onRevoke({ reason: reason.trim(), ...(manual ? { number: number.trim() } : {}), date, signer })}
    >
      <Flex direction="column" alignItems="stretch" gap={4}>
        {failure && <Typography textColor="danger600">{failure}</Typography>}
        <Typography>
          Thu hồi việc công nhận theo Quyết định số {row.decisionNumber} và Giấy chứng nhận số {row.serial}. Quyết định thu hồi được ký số và lưu; trang kiểm tra và danh sách công khai hiện ngay việc thu hồi. Không thể hoàn tác.
        </Typography>
        <Field.Root name="reason" required hint="Ít nhất 5 ký tự; in trong quyết định thu hồi và trên trang kiểm tra.">
          <Field.Label>Lý do thu hồi</Field.Label>
          <Textarea value={reason} onChange={(e: any) => setReason(e.target.value)} />
          <Field.Hint />
        </Field.Root>
        {manual ? (
          <Field.Root name="number" required hint="Số trong sổ đăng ký văn bản của Ủy ban.">
            <Field.Label>Số quyết định thu hồi</Field.Label>
            <TextInput value={number} onChange={(e: any) => setNumber(e.target.value)} />
            <Field.Hint />
          </Field.Root>
        ) : (
          year && <Typography>Số quyết định thu hồi được cấp tự động: {year.nextNumber}</Typography>
        )}
        <Field.Root name="date" required>
          <Field.Label>Ngày quyết định thu hồi</Field.Label>
          <TextInput type="date" value={date} onChange={(e: any) => setDate(e.target.value)} />
        </Field.Root>
        <Field.Root name="signer" required>
          <Field.Label>Người ký</Field.Label>
          <SingleSelect value={String(signer)} onChange={(v: string | number) => setSigner(Number(v))}>
            {(year?.signers ?? []).map((s) => (
              <SingleSelectOption key={s.index} value={String(s.index)}>
                {s.label}
              </SingleSelectOption>
            ))}
          </SingleSelect>
        </Field.Root>
      </Flex>
    </ConfirmDialog>
  );
};

// Revoking a recognition: the reason, and the revoking decision's number and date from the
// committee's register (or the next number under automatic numbering) and its signer; after a
// confirmation the server renders, signs and stores the revocation decision.
import { Field, Flex, Textarea, Typography } from '@strapi/design-system';
import { useEffect, useState } from 'react';
import type { z } from 'zod';
import { schemas, useApi } from '../api/client';
import { ConfirmDialog, errorText } from './feedback';
import { DecisionFields, fieldsBody, fieldsReady } from './decision-fields';

type Row = z.infer<typeof schemas.recognitionList>[number];
export type RevokeForm = { reason: string; number?: string; date: string; signer: number };

export const RevokeDialog = ({
  row,
  onClose,
  onRevoke,
  busy,
}: {
  row: Row;
  onClose: () => void;
  onRevoke: (f: RevokeForm) => void;
  busy: boolean;
}) => {
  const api = useApi();
  const [year, setYear] = useState<z.infer<typeof schemas.decisionYear> | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [fields, setFields] = useState({ number: '', date: '', signer: 0 });
  useEffect(() => {
    api
      .get(
        `/recognition/decisions?jurisdiction=${row.jurisdiction?.slug}&year=${row.year}`,
        schemas.decisionYear,
      )
      .then((y) => {
        setYear(y);
        setFields((f) => ({ ...f, date: f.date || y.today }));
      })
      .catch((e: any) => setFailure(errorText(e)));
  }, [api, row]);
  const ready = fieldsReady(year, fields) && reason.trim().length >= 5;
  return (
    <ConfirmDialog
      open
      onClose={onClose}
      title={`Thu hồi công nhận ${row.unit?.name ?? ''} năm ${row.year}`}
      confirm="Ký số quyết định thu hồi"
      variant="danger"
      disabled={!ready}
      loading={busy}
      onConfirm={() => year && onRevoke({ reason: reason.trim(), ...fieldsBody(year, fields) })}
    >
      <Flex direction="column" alignItems="stretch" gap={4}>
        {failure && <Typography textColor="danger600">{failure}</Typography>}
        <Typography>
          Thu hồi việc công nhận theo Quyết định số {row.decisionNumber} và Giấy chứng nhận số{' '}
          {row.serial}. Quyết định thu hồi được ký số và lưu; trang kiểm tra và danh sách công khai
          hiện ngay việc thu hồi. Không thể hoàn tác.
        </Typography>
        <Field.Root
          name="reason"
          required
          hint="Ít nhất 5 ký tự; in trong quyết định thu hồi và trên trang kiểm tra."
        >
          <Field.Label>Lý do thu hồi</Field.Label>
          <Textarea value={reason} onChange={(e: any) => setReason(e.target.value)} />
          <Field.Hint />
        </Field.Root>
        <DecisionFields year={year} value={fields} onChange={setFields} what="quyết định thu hồi" />
      </Flex>
    </ConfirmDialog>
  );
};

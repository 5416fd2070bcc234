// Amending an issued decision: what changes (one paragraph per line) and the new decision's
// number, date and signer; after a confirmation the server renders, signs and stores it.
import { Field, Flex, Textarea, Typography } from '@strapi/design-system';
import { useState } from 'react';
import { ConfirmDialog } from './feedback';
import { DecisionFields, fieldsBody, fieldsReady, type DecisionYear } from './decision-fields';

export type AmendForm = { changes: string[]; number?: string; date: string; signer: number };

export const AmendDialog = ({
  year,
  amends,
  onClose,
  onAmend,
  busy,
}: {
  year: DecisionYear;
  amends: string;
  onClose: () => void;
  onAmend: (f: AmendForm) => void;
  busy: boolean;
}) => {
  const [fields, setFields] = useState({
    number: '',
    date: year.today,
    signer: year.signers[0]?.index ?? -1,
  });
  const [changes, setChanges] = useState('');
  const lines = changes
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return (
    <ConfirmDialog
      open
      onClose={onClose}
      title={`Sửa đổi, bổ sung Quyết định số ${amends}`}
      confirm="Ký số quyết định sửa đổi"
      disabled={!fieldsReady(year, fields) || !lines.length || lines.some((l) => l.length < 5)}
      loading={busy}
      onConfirm={() => onAmend({ ...fieldsBody(year, fields), changes: lines })}
    >
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Typography>
          Quyết định đã ban hành không sửa được; nội dung sửa đổi được ban hành bằng một quyết định
          mới, ký số và lưu, dẫn chiếu Quyết định số {amends}. Không thể hoàn tác.
        </Typography>
        <Field.Root
          name="changes"
          required
          hint='Mỗi dòng một nội dung, ví dụ: Tại số thứ tự 2 của Danh sách kèm theo, sửa "…" thành "…".'
        >
          <Field.Label>Nội dung sửa đổi, bổ sung</Field.Label>
          <Textarea value={changes} onChange={(e: any) => setChanges(e.target.value)} />
          <Field.Hint />
        </Field.Root>
        <DecisionFields year={year} value={fields} onChange={setFields} what="quyết định sửa đổi" />
      </Flex>
    </ConfirmDialog>
  );
};

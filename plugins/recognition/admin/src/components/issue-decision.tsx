// The form that issues a draft decision: number, date and signer, the recipients one per line;
// then a confirmation that says the act cannot be undone.
import { Field, Flex, Textarea, Typography } from '@strapi/design-system';
import { useState } from 'react';
import { ConfirmDialog } from './feedback';
import { DecisionFields, fieldsBody, fieldsReady, type DecisionYear } from './decision-fields';

export type IssueForm = { number?: string; date?: string; signer: number; recipients: string[] };

export const IssueDecisionDialog = ({
  year,
  units,
  onClose,
  onIssue,
  busy,
}: {
  year: DecisionYear;
  units: string[];
  onClose: () => void;
  onIssue: (f: IssueForm) => void;
  busy: boolean;
}) => {
  const [fields, setFields] = useState({
    number: '',
    date: year.today,
    signer: year.signers[0]?.index ?? -1,
  });
  const [recipients, setRecipients] = useState(year.recipients.join('\n'));
  const lines = recipients
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return (
    <ConfirmDialog
      open
      onClose={onClose}
      title={`Ban hành quyết định công nhận năm ${year.year}`}
      confirm="Ký số và ban hành"
      disabled={!fieldsReady(year, fields) || !lines.length}
      loading={busy}
      onConfirm={() => onIssue({ ...fieldsBody(year, fields), recipients: lines })}
    >
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Typography>
          {units.length} đơn vị: {units.join(', ')}. Sau khi ban hành, quyết định được ký số, lưu
          kèm mã băm và không sửa được nữa (chỉ sửa đổi bằng một quyết định mới); giấy chứng nhận
          được cấp ngay sau đó.
        </Typography>
        <DecisionFields year={year} value={fields} onChange={setFields} what="quyết định" />
        <Field.Root name="recipients" required hint="Mỗi dòng một nơi nhận.">
          <Field.Label>Nơi nhận</Field.Label>
          <Textarea value={recipients} onChange={(e: any) => setRecipients(e.target.value)} />
          <Field.Hint />
        </Field.Root>
      </Flex>
    </ConfirmDialog>
  );
};

// The approver's confirmation before "Công nhận": which units, that it cannot be undone (only
// revoked with a decision), and which draft decision of the year the units join.
import { Field, Flex, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { ConfirmDialog } from './feedback';

export type DraftDecision = { documentId: string; units: number };

export const RecogniseDialog = ({
  open,
  year,
  units,
  drafts,
  target,
  onTarget,
  onClose,
  onConfirm,
  loading,
}: {
  open: boolean;
  year: number;
  /** The units to recognise, named. */
  units: string;
  drafts: DraftDecision[];
  /** A draft's documentId, or "new". */
  target: string;
  onTarget: (t: string) => void;
  onClose: () => void;
  onConfirm: () => void;
  loading: boolean;
}) => (
  <ConfirmDialog
    open={open}
    onClose={onClose}
    title="Xác nhận công nhận"
    confirm="Xác nhận công nhận"
    onConfirm={onConfirm}
    loading={loading}
  >
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Typography>
        Công nhận điển hình năm {year}: {units}? Các đơn vị được thêm vào dự thảo quyết định công
        nhận của năm; quyết định được ban hành (số, ngày, người ký) ở trang Quyết định. Không thể
        hoàn tác (chỉ có thể thu hồi kèm quyết định thu hồi).
      </Typography>
      <Field.Root name="decision">
        <Field.Label>Thêm vào</Field.Label>
        <SingleSelect value={target} onChange={(v: string | number) => onTarget(String(v))}>
          {drafts.map((d, i) => (
            <SingleSelectOption key={d.documentId} value={d.documentId}>
              {`Dự thảo quyết định ${drafts.length > 1 ? `thứ ${i + 1} ` : ''}(đang có ${d.units} đơn vị)`}
            </SingleSelectOption>
          ))}
          <SingleSelectOption value="new">Dự thảo quyết định mới</SingleSelectOption>
        </SingleSelect>
      </Field.Root>
    </Flex>
  </ConfirmDialog>
);

// The columns of the decisions list: what a decision is and what later acts changed it, its
// status, the units it names with their certificates, its signer, and what may be done with it
// (the buttons the server allows).
import { Badge, Button, Flex, Typography } from '@strapi/design-system';
import { fieldValueLabel } from '../../../shared/domain/field-values';
import { displayDate } from '../../../shared/domain/vietnam-time';
import type { DecisionYear } from './decision-fields';
import type { Column } from './record-table';

export type Decision = DecisionYear['decisions'][number];

const certificateLabels: Record<Decision['units'][number]['certificate'], string> = {
  none: 'không cấp giấy',
  awaiting: 'chờ ban hành',
  queued: 'đang cấp',
  issued: 'đã cấp',
};

const kindLabels: Record<Decision['kind'], string> = {
  recognition: 'Công nhận',
  revocation: 'Thu hồi công nhận tại',
  amendment: 'Sửa đổi, bổ sung',
};

const title = (d: Decision) => (d.number ? `Quyết định số ${d.number}` : 'Dự thảo quyết định');

export type DecisionActions = {
  download: (d: Decision) => void;
  preview: (d: Decision) => void;
  issue: (d: Decision) => void;
  amend: (d: Decision) => void;
};

const Which = ({ d }: { d: Decision }) => (
  <>
    <Typography fontWeight="bold">{title(d)}</Typography>
    <Typography display="block" textColor="neutral600">
      {kindLabels[d.kind]}
      {d.corrects ? ` Quyết định số ${d.corrects.number}` : ''}
      {d.date ? ` · ngày ${displayDate(d.date)}` : ''}
    </Typography>
    {d.reason && (
      <Typography display="block" textColor="neutral600">
        {d.kind === 'amendment' ? 'Nội dung' : 'Lý do'}: {d.reason}
      </Typography>
    )}
    {d.later.map((l) => (
      <Typography key={l.number} display="block" textColor="warning600">
        {l.kind === 'amendment' ? 'Sửa đổi, bổ sung' : 'Thu hồi một phần'} bởi Quyết định số{' '}
        {l.number} ngày {displayDate(l.date)}
      </Typography>
    ))}
  </>
);

const Units = ({ d }: { d: Decision }) =>
  d.units.map((u) => (
    <Typography key={u.serial} display="block">
      {u.name}
      {u.maintained ? ' (duy trì)' : ''}
      {d.kind === 'recognition'
        ? ` · giấy chứng nhận: ${u.revoked ? 'đã thu hồi' : certificateLabels[u.certificate]}`
        : ''}
    </Typography>
  ));

const Actions = ({ d, on }: { d: Decision; on: DecisionActions }) => (
  <Flex gap={2} wrap="wrap">
    {d.status === 'issued' ? (
      <Button size="S" variant="secondary" onClick={() => on.download(d)}>
        Tải PDF đã ký
      </Button>
    ) : (
      <Button size="S" variant="tertiary" onClick={() => on.preview(d)}>
        Xem trước
      </Button>
    )}
    {d.allowedEvents.includes('issue') && (
      <Button size="S" onClick={() => on.issue(d)}>
        Ban hành
      </Button>
    )}
    {d.allowedEvents.includes('amend') && (
      <Button size="S" variant="tertiary" onClick={() => on.amend(d)}>
        Sửa đổi
      </Button>
    )}
  </Flex>
);

export const decisionColumns = (on: DecisionActions): Column<Decision>[] => [
  { label: 'Quyết định', cell: (d) => <Which d={d} /> },
  {
    label: 'Trạng thái',
    cell: (d) => (
      <Badge active={d.status === 'issued'}>
        {fieldValueLabel('plugin::recognition.decision', 'status', d.status)}
      </Badge>
    ),
  },
  { label: 'Đơn vị', cell: (d) => <Units d={d} /> },
  { label: 'Người ký', cell: (d) => d.signer ?? '—' },
  { label: 'Thao tác', cell: (d) => <Actions d={d} on={on} /> },
];

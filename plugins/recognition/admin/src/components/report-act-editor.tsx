// The province's report on one duty, as its secretariat works it: the five sections to edit while
// it is a draft, the preview (marked, unsigned), issuing (number, PAdES signature) and sending
// after a confirmation each; and each recipient's receipt, recorded by the recipient itself.
import { Box, Button, Field, Flex, Textarea, Typography } from '@strapi/design-system';
import { useEffect, useState } from 'react';
import { recipientLabels, reportSections, sectionLabels } from '../../../shared/domain/reports';
import type { ReportAct } from '../../../shared/contracts/responses';
import { schemas, useApi } from '../api/client';
import { ConfirmDialog } from './feedback';

const when = (iso: string) =>
  new Date(iso).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' });

export function ReportActEditor(props: {
  act: ReportAct;
  canWrite: boolean;
  canReceive: boolean;
  busy: boolean;
  act_: (run: () => Promise<string | null>) => void;
  onChange: (a: ReportAct) => void;
}) {
  const { act: a, canWrite, busy } = props;
  const api = useApi();
  const [text, setText] = useState(a.sections);
  const [asking, setAsking] = useState<'issue' | 'send' | null>(null);
  useEffect(() => setText(a.sections), [a]);
  const path = `/recognition/report-acts/${a.documentId}`;
  const run = (what: () => Promise<ReportAct>, done: string) =>
    props.act_(async () => {
      props.onChange(await what());
      setAsking(null);
      return done;
    });
  const draft = a.status === 'draft';
  return (
    <Box background="neutral0" padding={4} shadow="tableShadow" hasRadius>
      <Flex direction="column" alignItems="stretch" gap={3}>
        <Typography variant="delta" tag="h2">
          {a.title}
          {a.number ? ` – số ${a.number}` : ' (dự thảo)'}
        </Typography>
        {reportSections.map((k) => (
          <Field.Root key={k} name={k}>
            <Field.Label>{sectionLabels[k]}</Field.Label>
            <Textarea
              name={k}
              value={text[k]}
              disabled={!draft || !canWrite}
              onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) =>
                setText({ ...text, [k]: e.target.value })
              }
            />
          </Field.Root>
        ))}
        <Flex gap={2} wrap="wrap">
          {draft && canWrite && (
            <Button
              variant="secondary"
              loading={busy}
              onClick={() =>
                run(() => api.put(path, { sections: text }, schemas.reportAct), 'Đã lưu dự thảo.')
              }
            >
              Lưu dự thảo
            </Button>
          )}
          <Button
            variant="tertiary"
            onClick={() => props.act_(async () => (await api.openPdf(`${path}/pdf`), null))}
          >
            {draft ? 'Xem trước PDF' : 'Tải bản đã ký'}
          </Button>
          {draft && canWrite && <Button onClick={() => setAsking('issue')}>Ký, ban hành</Button>}
          {!draft && (
            <Button
              variant="tertiary"
              onClick={() =>
                props.act_(async () => {
                  await api.save(
                    `${path}/package`,
                    `goi-bao-cao-${a.jurisdiction}-${(a.number ?? '').replace(/\W+/g, '-')}.json`,
                  );
                  return null;
                })
              }
            >
              Tải gói trao đổi
            </Button>
          )}
          {!draft && canWrite && a.dispatches.length < a.recipients.length && (
            <Button onClick={() => setAsking('send')}>Gửi đi</Button>
          )}
          {!draft && props.canReceive && a.dispatches.some((d) => !d.receivedAt) && (
            <Button
              variant="success"
              loading={busy}
              onClick={() =>
                run(
                  () => api.post(`${path}/receive`, {}, schemas.reportAct),
                  'Đã xác nhận đã nhận.',
                )
              }
            >
              Xác nhận đã nhận
            </Button>
          )}
        </Flex>
        {a.recipients.map((r) => {
          const d = a.dispatches.find((x) => x.recipient === r);
          return (
            <Typography key={r} tag="p">
              {recipientLabels[r]}:{' '}
              {!d
                ? 'chưa gửi'
                : d.receivedAt
                  ? `đã nhận lúc ${when(d.receivedAt)}`
                  : `đã gửi lúc ${when(d.sentAt)}, chờ xác nhận`}
            </Typography>
          );
        })}
      </Flex>
      <ConfirmDialog
        open={asking === 'issue'}
        onClose={() => setAsking(null)}
        title="Ký và ban hành báo cáo?"
        confirm="Ký, ban hành"
        loading={busy}
        onConfirm={() =>
          run(async () => {
            await api.put(path, { sections: text }, schemas.reportAct);
            return api.post(`${path}/issue`, {}, schemas.reportAct);
          }, 'Đã ký, ban hành báo cáo.')
        }
      >
        Báo cáo nhận số tiếp theo trong sổ văn bản của năm, được ký số và lưu; sau khi ban hành
        không sửa được nữa.
      </ConfirmDialog>
      <ConfirmDialog
        open={asking === 'send'}
        onClose={() => setAsking(null)}
        title="Gửi báo cáo?"
        confirm="Gửi đi"
        loading={busy}
        onConfirm={() =>
          run(() => api.post(`${path}/send`, {}, schemas.reportAct), 'Đã gửi báo cáo.')
        }
      >
        Gửi báo cáo số {a.number} đến: {a.recipients.map((r) => recipientLabels[r]).join('; ')}.
      </ConfirmDialog>
    </Box>
  );
}

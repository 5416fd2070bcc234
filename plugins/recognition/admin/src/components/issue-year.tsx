// Issuing a year's certificates from the admin: one line per jurisdiction and year with how many
// are issued, a button that asks for confirmation and starts the work in the background (on
// the shared queue with PostgreSQL), and a progress bar that follows it until it is done.
import { Alert, Box, Button, Flex, Typography } from '@strapi/design-system';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { z } from 'zod';
import { schemas, useApi } from '../api/client';
import { ConfirmDialog, errorText, type Notice } from './feedback';

export type YearScope = { jurisdiction: string; name: string; year: number };
type Status = z.infer<typeof schemas.issueStatus>;

/** A plain progress bar, readable on the light admin background. */
const Bar = ({ percent }: { percent: number }) => (
  <Box
    background="neutral150"
    hasRadius
    height="0.6rem"
    width="100%"
    aria-label={`${percent}%`}
    role="progressbar"
    aria-valuenow={percent}
    aria-valuemin={0}
    aria-valuemax={100}
  >
    <Box
      background={percent === 100 ? 'success500' : 'primary600'}
      hasRadius
      height="100%"
      width={`${percent}%`}
    />
  </Box>
);

function YearLine({ scope }: { scope: YearScope }) {
  const api = useApi();
  const [status, setStatus] = useState<Status | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<Notice>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const query = `jurisdiction=${encodeURIComponent(scope.jurisdiction)}&year=${scope.year}`;

  const poll = useCallback(async () => {
    try {
      const s = await api.get(`/recognition/certificates/status?${query}`, schemas.issueStatus);
      setStatus(s);
      if (s.pending > 0) timer.current = setTimeout(poll, 1000);
    } catch (e) {
      setMessage({ kind: 'danger', text: errorText(e) });
    }
  }, [api, query]);

  useEffect(() => {
    void poll();
    return () => clearTimeout(timer.current);
  }, [poll]);

  const start = async () => {
    setConfirming(false);
    setMessage(null);
    try {
      const s = await api.post(
        '/recognition/certificates/issue',
        { jurisdiction: scope.jurisdiction, year: scope.year },
        schemas.issueStarted,
      );
      setStatus(s);
      setMessage({
        kind: 'success',
        text:
          s.queued > 0
            ? `Đã bắt đầu cấp ${s.total - s.issued} giấy chứng nhận (${s.queued} lô).`
            : 'Việc cấp giấy của năm này đang chạy hoặc đã xong.',
      });
      clearTimeout(timer.current);
      timer.current = setTimeout(poll, 500);
    } catch (e) {
      setMessage({ kind: 'danger', text: errorText(e) });
    }
  };

  const done = status && status.total > 0 && status.issued === status.total;
  const stalled = status && status.pending === 0 && status.failed > 0 && !done;
  return (
    <Box paddingTop={3} paddingBottom={3}>
      <Flex justifyContent="space-between" alignItems="center" gap={4}>
        <Box minWidth="220px">
          <Typography fontWeight="bold">
            {scope.name} năm {scope.year}
          </Typography>
        </Box>
        <Box flex="1">
          {status && (
            <Bar percent={status.total ? Math.round((status.issued / status.total) * 100) : 0} />
          )}
        </Box>
        <Box minWidth="200px">
          <Typography>
            {status
              ? `Đã cấp ${status.issued}/${status.total}${status.pending > 0 ? `, còn ${status.pending} lô đang chờ` : ''}`
              : 'Đang tải…'}
          </Typography>
        </Box>
        <Box minWidth="190px">
          <Button
            variant="secondary"
            disabled={!status || !!done || status.pending > 0}
            onClick={() => setConfirming(true)}
          >
            {done ? 'Đã cấp đủ' : stalled ? 'Cấp tiếp' : 'Cấp giấy chứng nhận'}
          </Button>
        </Box>
      </Flex>
      {stalled && (
        <Box paddingTop={2}>
          <Alert variant="danger" closeLabel="Đóng" title="Một số lô không cấp được">
            {status.lastError ?? 'Lỗi không rõ'}. Bấm "Cấp tiếp" để thử lại; giấy đã cấp được giữ
            nguyên.
          </Alert>
        </Box>
      )}
      {message && (
        <Box paddingTop={2}>
          <Alert
            variant={message.kind}
            closeLabel="Đóng"
            onClose={() => setMessage(null)}
            title={message.kind === 'success' ? 'Đã nhận' : 'Không thực hiện được'}
          >
            {message.text}
          </Alert>
        </Box>
      )}
      <ConfirmDialog
        open={confirming}
        onClose={() => setConfirming(false)}
        title="Cấp giấy chứng nhận"
        confirm="Xác nhận cấp"
        onConfirm={start}
      >
        Cấp {status ? status.total - status.issued : ''} giấy chứng nhận năm {scope.year} của{' '}
        {scope.name}? Mỗi giấy được ký số và lưu một lần; không thể hoàn tác (chỉ có thể thu hồi
        công nhận kèm lý do).
      </ConfirmDialog>
    </Box>
  );
}

export const IssueYearPanel = ({ scopes }: { scopes: YearScope[] }) => (
  <Box background="neutral0" shadow="tableShadow" hasRadius padding={5} marginBottom={6}>
    <Typography variant="delta" tag="h2">
      Cấp giấy chứng nhận theo năm
    </Typography>
    {scopes.map((s) => (
      <YearLine key={`${s.jurisdiction}:${s.year}`} scope={s} />
    ))}
  </Box>
);

// Approvers' page for deadline extensions: a unit's deadlines of a year (with any extension
// already granted), and granting one with its date and reason after a confirmation; the server
// audits it and the unit's officer then sees the new date in the portal.
import {
  Alert,
  Box,
  Button,
  Field,
  Flex,
  Table,
  Tbody,
  Td,
  Textarea,
  TextInput,
  Th,
  Thead,
  Tr,
  Typography,
} from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { useState } from 'react';
import type { z } from 'zod';
import { schemas, useApi } from '../api/client';
import { ConfirmDialog, errorText, type Notice } from '../components/feedback';
import { Nav } from '../components/nav';

type Deadlines = z.infer<typeof schemas.unitDeadlines>;
type Deadline = Deadlines['deadlines'][number];
const dmy = (iso: string) => iso.split('-').reverse().join('/');

export const ExtensionsPage = () => {
  const api = useApi();
  const [unitCode, setUnitCode] = useState('');
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [data, setData] = useState<Deadlines | null>(null);
  const [granting, setGranting] = useState<Deadline | null>(null);
  const [until, setUntil] = useState('');
  const [reason, setReason] = useState('');
  const [notice, setNotice] = useState<Notice>(null);

  const load = () =>
    api
      .get(
        `/recognition/extensions?unitCode=${encodeURIComponent(unitCode.trim())}&year=${year}`,
        schemas.unitDeadlines,
      )
      .then(
        setData,
        (e: any) => (setData(null), setNotice({ kind: 'danger', text: errorText(e) })),
      );

  const grant = async () => {
    const d = granting!;
    setGranting(null);
    try {
      await api.post('/recognition/extensions', {
        unitCode: unitCode.trim(),
        year: Number(year),
        kind: d.kind,
        until,
        reason,
      });
      setNotice({
        kind: 'success',
        text: `Đã gia hạn "${d.label}" của ${data?.unit.name} đến ngày ${dmy(until)}.`,
      });
      setReason('');
      await load();
    } catch (e: any) {
      setNotice({ kind: 'danger', text: errorText(e) });
    }
  };

  return (
    <Page.Main>
      <Page.Title>Gia hạn</Page.Title>
      <Layouts.Header
        title="Gia hạn"
        subtitle="Gia hạn một thời hạn của kế hoạch cho một đơn vị, kèm lý do; nhật ký ghi lại và cán bộ đơn vị thấy ngày mới trên cổng."
      />
      <Layouts.Content>
        <Nav here="/plugins/recognition/extensions" />
        {notice && (
          <Box paddingBottom={4}>
            <Alert variant={notice.kind} closeLabel="Đóng" onClose={() => setNotice(null)}>
              {notice.text}
            </Alert>
          </Box>
        )}
        <Flex gap={4} alignItems="flex-end" paddingBottom={4} wrap="wrap">
          <Field.Root name="unitCode" required>
            <Field.Label>Mã đơn vị</Field.Label>
            <TextInput
              value={unitCode}
              onChange={(e: any) => setUnitCode(e.target.value)}
              placeholder="ví dụ 19815"
            />
          </Field.Root>
          <Field.Root name="year" required>
            <Field.Label>Năm</Field.Label>
            <TextInput
              value={year}
              inputMode="numeric"
              onChange={(e: any) => setYear(e.target.value)}
            />
          </Field.Root>
          <Button disabled={!unitCode.trim()} onClick={load}>
            Xem thời hạn
          </Button>
        </Flex>
        {data && (
          <Box background="neutral0" shadow="tableShadow" hasRadius padding={4}>
            <Typography variant="delta" tag="h2">
              {data.unit.name} ({data.unit.code}) · năm {data.year}
            </Typography>
            <Table colCount={5} rowCount={data.deadlines.length + 1}>
              <Thead>
                <Tr>
                  <Th>
                    <Typography variant="sigma">Thời hạn</Typography>
                  </Th>
                  <Th>
                    <Typography variant="sigma">Mục</Typography>
                  </Th>
                  <Th>
                    <Typography variant="sigma">Ngày theo kế hoạch</Typography>
                  </Th>
                  <Th>
                    <Typography variant="sigma">Đã gia hạn đến</Typography>
                  </Th>
                  <Th>
                    <Typography variant="sigma">Thao tác</Typography>
                  </Th>
                </Tr>
              </Thead>
              <Tbody>
                {data.deadlines.map((d) => (
                  <Tr key={d.kind}>
                    <Td>
                      <Typography>{d.label}</Typography>
                    </Td>
                    <Td>
                      <Typography>{d.clause}</Typography>
                    </Td>
                    <Td>
                      <Typography>
                        {dmy(d.date)}
                        {d.passed ? ' (đã qua)' : ''}
                      </Typography>
                    </Td>
                    <Td>
                      <Typography>{d.extendedUntil ? dmy(d.extendedUntil) : '—'}</Typography>
                    </Td>
                    <Td>
                      <Button
                        size="S"
                        variant="secondary"
                        onClick={() => (setUntil(d.extendedUntil ?? d.date), setGranting(d))}
                      >
                        Gia hạn
                      </Button>
                    </Td>
                  </Tr>
                ))}
              </Tbody>
            </Table>
          </Box>
        )}
        <ConfirmDialog
          open={!!granting}
          onClose={() => setGranting(null)}
          title={`Gia hạn: ${granting?.label ?? ''}`}
          confirm="Xác nhận gia hạn"
          onConfirm={grant}
          disabled={!until || reason.trim().length < 5}
        >
          <Flex direction="column" alignItems="stretch" gap={3}>
            <Field.Root name="until" required hint="Ngày cuối cùng của thời hạn mới.">
              <Field.Label>Gia hạn đến ngày</Field.Label>
              <input
                type="date"
                value={until}
                onChange={(e) => setUntil(e.target.value)}
                aria-label="Gia hạn đến ngày"
              />
              <Field.Hint />
            </Field.Root>
            <Field.Root name="reason" required hint="Ghi vào nhật ký (ít nhất 5 ký tự).">
              <Field.Label>Lý do</Field.Label>
              <Textarea value={reason} onChange={(e: any) => setReason(e.target.value)} />
              <Field.Hint />
            </Field.Root>
          </Flex>
        </ConfirmDialog>
      </Layouts.Content>
    </Page.Main>
  );
};

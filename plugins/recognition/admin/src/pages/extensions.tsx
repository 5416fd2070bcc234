// Approvers' page for deadline extensions: a unit's deadlines of a year (with any extension
// already granted), and granting one with its date and reason after a confirmation; the server
// audits it and the unit's officer then sees the new date in the portal.
import { Box, Button, Field, Flex, Textarea, TextInput, Typography } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { useState } from 'react';
import type { z } from 'zod';
import { schemas, useApi } from '../api/client';
import { ConfirmDialog } from '../components/feedback';
import { Nav } from '../components/nav';
import { NoticeBar } from '../components/notice-bar';
import { RecordTable } from '../components/record-table';
import { useAct, useNotice } from '../hooks/page-data';

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
  const notice = useNotice();
  const { act } = useAct(notice);

  const load = () =>
    api
      .get(
        `/recognition/extensions?unitCode=${encodeURIComponent(unitCode.trim())}&year=${year}`,
        schemas.unitDeadlines,
      )
      .then(setData, (e: unknown) => {
        setData(null);
        notice.fail(e);
      });

  const grant = (d: Deadline) => {
    setGranting(null);
    return act(
      async () => {
        await api.post('/recognition/extensions', {
          unitCode: unitCode.trim(),
          year: Number(year),
          kind: d.kind,
          until,
          reason,
        });
        return `Đã gia hạn "${d.label}" của ${data?.unit.name} đến ngày ${dmy(until)}.`;
      },
      () => {
        setReason('');
        void load();
      },
    );
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
        <NoticeBar notice={notice.notice} onClose={notice.clear} paddingTop={0} paddingBottom={4} />
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
            <RecordTable
              rows={data.deadlines}
              rowKey={(d) => d.kind}
              columns={[
                { label: 'Thời hạn', cell: (d) => d.label },
                { label: 'Mục', cell: (d) => d.clause },
                {
                  label: 'Ngày theo kế hoạch',
                  cell: (d) => `${dmy(d.date)}${d.passed ? ' (đã qua)' : ''}`,
                },
                {
                  label: 'Đã gia hạn đến',
                  cell: (d) => (d.extendedUntil ? dmy(d.extendedUntil) : '—'),
                },
                {
                  label: 'Thao tác',
                  cell: (d) => (
                    <Button
                      size="S"
                      variant="secondary"
                      onClick={() => {
                        setUntil(d.extendedUntil ?? d.date);
                        setGranting(d);
                      }}
                    >
                      Gia hạn
                    </Button>
                  ),
                },
              ]}
            />
          </Box>
        )}
        <ConfirmDialog
          open={!!granting}
          onClose={() => setGranting(null)}
          title={`Gia hạn: ${granting?.label ?? ''}`}
          confirm="Xác nhận gia hạn"
          onConfirm={() => granting && grant(granting)}
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

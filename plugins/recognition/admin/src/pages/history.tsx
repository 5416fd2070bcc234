// A unit's history: every transition, score edit and content change from the keyed audit log;
// a check of the whole chain; and the export of a province's year (XLSX, signed PDF annex).
import { Alert, Box, Button, Field, Flex, Table, Tbody, Td, TextInput, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import type { z } from 'zod';
import { schemas, useApi } from '../api/client';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { errorText, type Notice } from '../components/feedback';
import { Nav } from '../components/nav';
import { actionLabel, roleLabels, type Role } from '../../../server/src/domain/states';
import { fieldChanges } from '../../../server/src/domain/audit-diff';
import { JurisdictionYear, initialScope, type Scope } from '../components/jurisdiction-year';

type Event = z.infer<typeof schemas.auditHistory>[number];

/** The change an event made, field by field ("Trạng thái: Được đề nghị → Đã công nhận"). */
const Changes = ({ e }: { e: Event }) => (
  <>
    {fieldChanges(e.before, e.after).map((c) => (
      <Typography key={c.field} display="block" style={{ overflowWrap: 'anywhere' }}>
        <b>{c.label}:</b> <span style={{ color: '#666687' }}>{c.before}</span> → {c.after}
      </Typography>
    ))}
  </>
);

export const HistoryPage = () => {
  const api = useApi();
  const [params, setParams] = useSearchParams();
  const [unit, setUnit] = useState(params.get('unit') ?? '');
  const [events, setEvents] = useState<Event[] | null>(null);
  const [message, setMessage] = useState<Notice>(null);
  const [scope, setScope] = useState<Scope>(() => initialScope(params));
  const [exporting, setExporting] = useState(false);
  const exportLog = (format: 'xlsx' | 'pdf') => {
    setExporting(true);
    api
      .save(`/recognition/audit/export?jurisdiction=${scope.jurisdiction}&year=${scope.year}&format=${format}`, `${format === 'pdf' ? 'phu-luc-' : ''}nhat-ky-${scope.jurisdiction}-${scope.year}.${format}`)
      .catch((e: any) => setMessage({ kind: 'danger', text: errorText(e) }))
      .finally(() => setExporting(false));
  };

  const load = () =>
    api
      .get(`/recognition/audit/history?unit=${encodeURIComponent(unit)}`, schemas.auditHistory)
      .then((data) => {
        setEvents(data);
        setParams({ unit });
      })
      .catch((e: any) => setMessage({ kind: 'danger', text: errorText(e) }));

  const verify = () =>
    api.get('/recognition/audit/verify', schemas.auditVerdict).then((v) =>
      setMessage(
        v.ok
          ? { kind: 'success', text: `Chuỗi nhật ký nguyên vẹn: ${v.count} sự kiện${v.anchoredSeq ? `, khớp mốc neo đến sự kiện số ${v.anchoredSeq}` : ''}.` }
          : { kind: 'danger', text: `Chuỗi nhật ký bị phá vỡ ở sự kiện ${v.problem?.seq}: ${v.problem?.problem}` },
      ),
    );

  return (
    <Page.Main>
      <Page.Title>Nhật ký</Page.Title>
      <Layouts.Header title="Nhật ký" subtitle="Lịch sử của một đơn vị: ai, lúc nào, làm gì, trước và sau" primaryAction={<Button variant="secondary" onClick={verify}>Kiểm tra chuỗi nhật ký</Button>} />
      <Layouts.Content>
        <Nav here="/plugins/recognition/history" />
        <Flex gap={2} alignItems="flex-end">
          <Field.Root name="unit">
            <Field.Label>Mã đơn vị</Field.Label>
            <TextInput value={unit} onChange={(e: any) => setUnit(e.target.value)} placeholder="ví dụ 20056" />
          </Field.Root>
          <Button disabled={!unit} onClick={load}>Xem</Button>
        </Flex>
        <Box paddingTop={6}>
          <Typography variant="delta" tag="h2">Xuất nhật ký của một năm</Typography>
          <Flex gap={2} alignItems="flex-end" paddingTop={2}>
            <JurisdictionYear value={scope} onChange={setScope} />
            <Button variant="secondary" loading={exporting} disabled={!scope.jurisdiction} onClick={() => exportLog('xlsx')}>Xuất XLSX</Button>
            <Button variant="secondary" loading={exporting} disabled={!scope.jurisdiction} onClick={() => exportLog('pdf')}>Xuất phụ lục PDF (ký số)</Button>
          </Flex>
        </Box>
        <Box paddingTop={4}>{message && <Alert closeLabel="Đóng" title="" variant={message.kind} onClose={() => setMessage(null)}>{message.text}</Alert>}</Box>
        {events && (
          <Box paddingTop={4}>
            <Table colCount={5} rowCount={events.length + 1}>
              <Thead>
                <Tr>
                  <Th><Typography variant="sigma">#</Typography></Th>
                  <Th><Typography variant="sigma">Thời điểm</Typography></Th>
                  <Th><Typography variant="sigma">Người thực hiện</Typography></Th>
                  <Th><Typography variant="sigma">Hành động</Typography></Th>
                  <Th><Typography variant="sigma">Thay đổi (trước → sau)</Typography></Th>
                </Tr>
              </Thead>
              <Tbody>
                {events.map((e) => (
                  <Tr key={e.seq}>
                    <Td><Typography>{e.seq}</Typography></Td>
                    <Td><Typography>{new Date(e.at).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' })}</Typography></Td>
                    <Td><Typography>{e.actor} ({e.actorRole.split(',').map((r) => roleLabels[r as Role] ?? r).join(', ')})</Typography></Td>
                    <Td><Typography fontWeight="bold">{actionLabel(e.action)}</Typography></Td>
                    <Td style={{ whiteSpace: 'normal', maxWidth: '40rem' }}><Changes e={e} /></Td>
                  </Tr>
                ))}
              </Tbody>
            </Table>
          </Box>
        )}
      </Layouts.Content>
    </Page.Main>
  );
};

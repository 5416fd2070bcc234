// Approvers' queue: proposed units with self and council totals, deltas and dossier links;
// "Công nhận" for one unit or a selection, after a confirmation; "Không công nhận" with a reason.
import { Alert, Box, Button, Checkbox, Field, Flex, SingleSelect, SingleSelectOption, Table, Tbody, Td, Textarea, TextButton, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import type { z } from 'zod';
import { schemas, useApi, type Pagination } from '../api/client';
import { useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { ConfirmDialog, errorText, type Notice } from '../components/feedback';
import { JurisdictionYear, initialScope, type Scope } from '../components/jurisdiction-year';
import { Nav } from '../components/nav';
import { Pager } from '../components/pager';
import { fieldValueLabel } from '../../../server/src/domain/field-values';

type Row = z.infer<typeof schemas.approvalQueue>[number];
type Mark = Row['deltas'][number]['self'];

/** Points with a decimal comma, pass/fail in words, "—" for no mark. */
const PAGE_SIZE = 50;

const show = (m: Mark) => (m == null ? '—' : typeof m === 'boolean' ? (m ? 'Đạt' : 'Không đạt') : String(Math.round(m * 100) / 100).replace('.', ','));

export const ApprovalPage = () => {
  const api = useApi();
  const [params] = useSearchParams();
  const [scope, setScope] = useState<Scope>(() => initialScope(params));
  const [rows, setRows] = useState<Row[] | null>(null);
  const [selected, setSelected] = useState<string[]>([]);
  const [confirm, setConfirm] = useState<{ ids: string[]; key: string } | null>(null);
  const [rejecting, setRejecting] = useState<Row | null>(null);
  const [reason, setReason] = useState('');
  const [message, setMessage] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);
  // The draft decision the units join: the year's latest by default, another draft, or a new one.
  const [drafts, setDrafts] = useState<{ documentId: string; units: number }[]>([]);
  const [target, setTarget] = useState<string>('latest');

  // A page of the queue at a time (a province may propose a thousand units); after an act, the
  // same page again, or the one before when the act emptied it.
  const [at, setAt] = useState<Pagination | null>(null);
  const load = useCallback(
    (page = 1) => {
      if (!scope.jurisdiction) return;
      api
        .page(`/recognition/approval-queue?jurisdiction=${scope.jurisdiction}&year=${scope.year}&page=${page}&pageSize=${PAGE_SIZE}`, schemas.approvalQueue)
        .then(({ items, pagination }) => {
          if (!items.length && page > 1) return load(page - 1);
          setRows(items);
          setAt(pagination);
          setSelected([]);
        })
        .catch((e: any) => setMessage({ kind: 'danger', text: errorText(e) }));
    },
    [api, scope],
  );
  useEffect(() => load(1), [load]);
  const reload = () => load(at?.page ?? 1);

  useEffect(() => {
    if (!confirm || !scope.jurisdiction) return;
    api
      .get(`/recognition/decisions?jurisdiction=${scope.jurisdiction}&year=${scope.year}`, schemas.decisionYear)
      .then((y) => {
        const list = y.decisions.filter((d) => d.kind === 'recognition' && d.status === 'draft').map((d) => ({ documentId: d.documentId, units: d.units.length }));
        setDrafts(list);
        setTarget(list.length ? list[list.length - 1].documentId : 'new');
      })
      .catch(() => setDrafts([]));
  }, [api, confirm, scope]);

  const recognise = async () => {
    if (!confirm) return;
    setBusy(true);
    try {
      const choice = target === 'new' ? { newDecision: true } : target === 'latest' ? {} : { decision: target };
      const r = await api.post('/recognition/recognise', { registrations: confirm.ids, ...choice }, schemas.recognised, { 'Idempotency-Key': confirm.key });
      setMessage({ kind: 'success', text: `Đã công nhận ${r.recognised.length} đơn vị; dự thảo quyết định năm ${scope.year} có ${r.decision.units} đơn vị. Ban hành quyết định ở trang Quyết định; giấy chứng nhận được cấp sau khi quyết định ban hành.` });
      reload();
    } catch (e: any) {
      setMessage({ kind: 'danger', text: errorText(e) });
    } finally {
      setBusy(false);
      setConfirm(null);
    }
  };

  const reject = async () => {
    if (!rejecting) return;
    try {
      await api.post(`/recognition/registrations/${rejecting.documentId}/reject`, { reason });
      setMessage({ kind: 'success', text: `Đã ghi không công nhận ${rejecting.unit.name}.` });
      reload();
    } catch (e: any) {
      setMessage({ kind: 'danger', text: errorText(e) });
    } finally {
      setRejecting(null);
      setReason('');
    }
  };

  const names = (ids: string[]) => rows?.filter((r) => ids.includes(r.documentId)).map((r) => r.unit.name).join(', ');

  return (
    <Page.Main>
      <Page.Title>Hàng chờ phê duyệt</Page.Title>
      <Layouts.Header
        title="Hàng chờ phê duyệt"
        subtitle="Các đơn vị được đề nghị công nhận điển hình"
        primaryAction={
          <Button disabled={!selected.length || busy} onClick={() => setConfirm({ ids: selected, key: crypto.randomUUID() })}>
            Công nhận {selected.length ? `(${selected.length})` : ''}
          </Button>
        }
      />
      <Layouts.Content>
        <Nav here="/plugins/recognition/approval" />
        <JurisdictionYear value={scope} onChange={setScope} />
        <Box paddingTop={4}>{message && <Alert closeLabel="Đóng" title="" variant={message.kind} onClose={() => setMessage(null)}>{message.text}</Alert>}</Box>
        <Box paddingTop={4}>
          {rows && rows.length === 0 && <Typography>Không có đơn vị nào chờ phê duyệt.</Typography>}
          {rows && rows.length > 0 && (
            <Box style={{ overflowX: 'auto' }}>
            <Table colCount={7} rowCount={rows.length + 1}>
              <Thead>
                <Tr>
                  <Th>
                    <Checkbox aria-label="Chọn tất cả" checked={selected.length === rows.length} onCheckedChange={(c: boolean) => setSelected(c ? rows.filter((r) => r.allowedEvents.includes('recognise')).map((r) => r.documentId) : [])} />
                  </Th>
                  <Th><Typography variant="sigma">Đơn vị</Typography></Th>
                  <Th><Typography variant="sigma">Tự chấm</Typography></Th>
                  <Th><Typography variant="sigma">Thẩm định</Typography></Th>
                  <Th><Typography variant="sigma">Chênh lệch theo tiêu chí</Typography></Th>
                  <Th><Typography variant="sigma">Hồ sơ</Typography></Th>
                  <Th><Typography variant="sigma">Thao tác</Typography></Th>
                </Tr>
              </Thead>
              <Tbody>
                {rows.map((r) => (
                  <Tr key={r.documentId}>
                    <Td>
                      <Checkbox
                        aria-label={`Chọn ${r.unit.name}`}
                        checked={selected.includes(r.documentId)}
                        disabled={!r.allowedEvents.includes('recognise')}
                        onCheckedChange={(c: boolean) => setSelected((s) => (c ? [...s, r.documentId] : s.filter((x) => x !== r.documentId)))}
                      />
                    </Td>
                    <Td><Typography fontWeight="bold">{r.unit.name}</Typography> <Typography textColor="neutral600">({r.unit.code})</Typography></Td>
                    <Td><Typography>{r.selfTotal ?? '—'}</Typography></Td>
                    <Td>
                      <Typography display="block">{r.verdict.total ?? r.councilTotal ?? '—'}{r.verdict.minTotal != null ? ` / ngưỡng ${r.verdict.minTotal}` : ''}</Typography>
                      {r.verdict.gaps.map((g) => (
                        <Typography key={g.member} textColor="danger700" display="block">Chưa chấm đủ: {g.member} ({g.criteria.length} tiêu chí)</Typography>
                      ))}
                      {r.verdict.failures.length === 0 && r.verdict.complete ? (
                        <Typography textColor="success700" display="block">Đạt ngưỡng, không vi phạm tiêu chí loại trừ</Typography>
                      ) : (
                        r.verdict.failures.map((f) => <Typography key={f} textColor="danger700" display="block">Không đạt: {f}</Typography>)
                      )}
                    </Td>
                    <Td>
                      {r.deltas.length === 0 && <Typography textColor="neutral600">Không có chênh lệch</Typography>}
                      {r.deltas.map((d) => (
                        <Typography key={d.criterion} display="block">
                          {d.criterion}: {show(d.self)} → {show(d.council)}
                          {d.notes.length > 0 && <Typography textColor="neutral600"> ({d.notes.join('; ')})</Typography>}
                        </Typography>
                      ))}
                    </Td>
                    <Td style={{ whiteSpace: 'normal', minWidth: '13rem' }}>
                      {/* Documents open as PDFs; files come through the authorised route as downloads (never from /uploads). */}
                      <Flex direction="column" alignItems="flex-start" gap={1}>
                        {r.documents.map((d) => (
                          <TextButton key={d.url} onClick={() => api.openPdf(d.url).catch((e: any) => setMessage({ kind: 'danger', text: errorText(e) }))}>
                            {d.label}
                          </TextButton>
                        ))}
                        {r.dossier.map((f) => (
                          <TextButton key={f.part} onClick={() => api.save(f.url, f.name).catch((e: any) => setMessage({ kind: 'danger', text: errorText(e) }))}>
                            {fieldValueLabel('plan.dossier-part', 'code', f.part)}: {f.name}
                          </TextButton>
                        ))}
                        {r.evidence.length > 0 && (
                          <details>
                            <summary style={{ cursor: 'pointer', color: '#271fe0', fontSize: 14 }}>Minh chứng ({r.evidence.length} tệp)</summary>
                            {r.evidence.map((f) => (
                              <TextButton key={f.url} onClick={() => api.save(f.url, f.name).catch((e: any) => setMessage({ kind: 'danger', text: errorText(e) }))}>
                                {f.criterion}: {f.name}
                              </TextButton>
                            ))}
                          </details>
                        )}
                      </Flex>
                    </Td>
                    <Td>
                      <Flex gap={2}>
                        {r.allowedEvents.includes('recognise') && <Button size="S" onClick={() => setConfirm({ ids: [r.documentId], key: crypto.randomUUID() })}>Công nhận</Button>}
                        {r.allowedEvents.includes('reject') && (
                          <Button size="S" variant="danger-light" onClick={() => setRejecting(r)}>Không công nhận</Button>
                        )}
                      </Flex>
                    </Td>
                  </Tr>
                ))}
              </Tbody>
            </Table>
            </Box>
          )}
          <Pager at={at} go={load} noun="đơn vị chờ phê duyệt" />
        </Box>

        <ConfirmDialog open={!!confirm} onClose={() => setConfirm(null)} title="Xác nhận công nhận" confirm="Xác nhận công nhận" onConfirm={recognise} loading={busy}>
          <Flex direction="column" alignItems="stretch" gap={4}>
            <Typography>
              Công nhận điển hình năm {scope.year}: {confirm && names(confirm.ids)}? Các đơn vị được thêm vào dự thảo quyết định công nhận của năm; quyết định được ban hành (số, ngày, người ký) ở trang Quyết định. Không thể hoàn tác (chỉ có thể thu hồi kèm quyết định thu hồi).
            </Typography>
            <Field.Root name="decision">
              <Field.Label>Thêm vào</Field.Label>
              <SingleSelect value={target} onChange={(v: string | number) => setTarget(String(v))}>
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

        <ConfirmDialog
          open={!!rejecting}
          onClose={() => setRejecting(null)}
          title={`Không công nhận ${rejecting?.unit.name ?? ''}`}
          confirm="Ghi không công nhận"
          variant="danger"
          disabled={reason.trim().length < 5}
          onConfirm={reject}
        >
          <Field.Root name="reason" required style={{ width: '100%' }}>
            <Field.Label>Lý do</Field.Label>
            <Textarea value={reason} onChange={(e: any) => setReason(e.target.value)} />
          </Field.Root>
        </ConfirmDialog>
      </Layouts.Content>
    </Page.Main>
  );
};

// The approval desk: each proposed unit as a card with what the decision rests on (totals and
// threshold, the council's vote, conflicts, each member's marks and notes, missing evidence, the
// dossier, minutes and draft decision); "Công nhận" for one unit or a selection, after a
// confirmation; "Không công nhận" with a reason.
import { Box, Button, Checkbox, Typography } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { schemas, useApi, type Pagination } from '../api/client';
import { useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { ReasonDialog } from '../components/reason-dialog';
import { RecogniseDialog } from '../components/recognise-dialog';
import { JurisdictionYear, initialScope, type Scope } from '../components/jurisdiction-year';
import { Nav } from '../components/nav';
import { NoticeBar } from '../components/notice-bar';
import { Pager } from '../components/pager';
import { useAct, useNotice } from '../hooks/page-data';
import { ApprovalCard, type QueueRow } from '../components/approval-card';

type Row = QueueRow;

const PAGE_SIZE = 50;

export const ApprovalPage = () => {
  const api = useApi();
  const [params] = useSearchParams();
  const [scope, setScope] = useState<Scope>(() => initialScope(params));
  const [rows, setRows] = useState<Row[] | null>(null);
  const [selected, setSelected] = useState<string[]>([]);
  const [confirm, setConfirm] = useState<{ ids: string[]; key: string } | null>(null);
  const [rejecting, setRejecting] = useState<Row | null>(null);
  const notice = useNotice();
  const { busy, act } = useAct(notice);
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
        .page(
          `/recognition/approval-queue?jurisdiction=${scope.jurisdiction}&year=${scope.year}&page=${page}&pageSize=${PAGE_SIZE}`,
          schemas.approvalQueue,
        )
        .then(({ items, pagination }) => {
          if (!items.length && page > 1) return load(page - 1);
          setRows(items);
          setAt(pagination);
          setSelected([]);
        })
        .catch(notice.fail);
    },
    [api, scope, notice.fail],
  );
  useEffect(() => load(1), [load]);
  const reload = () => load(at?.page ?? 1);

  useEffect(() => {
    if (!confirm || !scope.jurisdiction) return;
    api
      .get(
        `/recognition/decisions?jurisdiction=${scope.jurisdiction}&year=${scope.year}`,
        schemas.decisionYear,
      )
      .then((y) => {
        const list = y.decisions
          .filter((d) => d.kind === 'recognition' && d.status === 'draft')
          .map((d) => ({ documentId: d.documentId, units: d.units.length }));
        setDrafts(list);
        setTarget(list.length ? list[list.length - 1].documentId : 'new');
      })
      .catch(() => setDrafts([]));
  }, [api, confirm, scope]);

  const recognise = (asked: { ids: string[]; key: string }) =>
    act(async () => {
      const choice =
        target === 'new' ? { newDecision: true } : target === 'latest' ? {} : { decision: target };
      try {
        const r = await api.post(
          '/recognition/recognise',
          { registrations: asked.ids, ...choice },
          schemas.recognised,
          { 'Idempotency-Key': asked.key },
        );
        reload();
        return `Đã công nhận ${r.recognised.length} đơn vị; dự thảo quyết định năm ${scope.year} có ${r.decision.units} đơn vị. Ban hành quyết định ở trang Quyết định; giấy chứng nhận được cấp sau khi quyết định ban hành.`;
      } finally {
        setConfirm(null);
      }
    });

  const reject = (row: Row, reason: string) =>
    act(async () => {
      setRejecting(null);
      await api.post(`/recognition/registrations/${row.documentId}/reject`, { reason });
      reload();
      return `Đã ghi không công nhận ${row.unit.name}.`;
    });

  const names = (ids: string[]) =>
    rows
      ?.filter((r) => ids.includes(r.documentId))
      .map((r) => r.unit.name)
      .join(', ');

  return (
    <Page.Main>
      <Page.Title>Hàng chờ phê duyệt</Page.Title>
      <Layouts.Header
        title="Hàng chờ phê duyệt"
        subtitle="Các đơn vị được đề nghị công nhận điển hình"
        primaryAction={
          <Button
            disabled={!selected.length || busy}
            onClick={() => setConfirm({ ids: selected, key: crypto.randomUUID() })}
          >
            Công nhận {selected.length ? `(${selected.length})` : ''}
          </Button>
        }
      />
      <Layouts.Content>
        <Nav here="/plugins/recognition/approval" />
        <JurisdictionYear value={scope} onChange={setScope} />
        <NoticeBar notice={notice.notice} onClose={notice.clear} />
        <Box paddingTop={4}>
          {rows && rows.length === 0 && <Typography>Không có đơn vị nào chờ phê duyệt.</Typography>}
          {rows && rows.length > 0 && (
            <>
              <Box paddingBottom={3}>
                <Checkbox
                  checked={
                    selected.length > 0 &&
                    selected.length ===
                      rows.filter((r) => r.allowedEvents.includes('recognise')).length
                  }
                  onCheckedChange={(c: boolean) =>
                    setSelected(
                      c
                        ? rows
                            .filter((r) => r.allowedEvents.includes('recognise'))
                            .map((r) => r.documentId)
                        : [],
                    )
                  }
                >
                  Chọn tất cả đơn vị trên trang ({rows.length})
                </Checkbox>
              </Box>
              {rows.map((r) => (
                <ApprovalCard
                  key={r.documentId}
                  r={r}
                  selected={selected.includes(r.documentId)}
                  onSelect={(c) =>
                    setSelected((s) =>
                      c ? [...s, r.documentId] : s.filter((x) => x !== r.documentId),
                    )
                  }
                  onRecognise={() => setConfirm({ ids: [r.documentId], key: crypto.randomUUID() })}
                  onReject={() => setRejecting(r)}
                  open={(url) => api.openPdf(url).catch(notice.fail)}
                  save={(url, name) => api.save(url, name).catch(notice.fail)}
                />
              ))}
            </>
          )}
          <Pager at={at} go={load} noun="đơn vị chờ phê duyệt" />
        </Box>

        <RecogniseDialog
          open={!!confirm}
          year={scope.year}
          units={confirm ? (names(confirm.ids) ?? '') : ''}
          drafts={drafts}
          target={target}
          onTarget={setTarget}
          onClose={() => setConfirm(null)}
          onConfirm={() => confirm && recognise(confirm)}
          loading={busy}
        />

        <ReasonDialog
          open={!!rejecting}
          onClose={() => setRejecting(null)}
          title={`Không công nhận ${rejecting?.unit.name ?? ''}`}
          confirm="Ghi không công nhận"
          hint="Lý do được ghi vào nhật ký và báo cho đơn vị (ít nhất 5 ký tự)."
          onConfirm={(reason) => rejecting && reject(rejecting, reason)}
        />
      </Layouts.Content>
    </Page.Main>
  );
};

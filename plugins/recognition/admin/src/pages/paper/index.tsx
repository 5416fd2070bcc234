// The paper path: the secretariat takes a unit's own steps for it from the papers it sent —
// registers it, enters its self-scores, uploads its dossier parts and evidence, and submits.
// What can be done is what the server's allowedEvents say; each step is audited as done on the
// unit's behalf by the signed-in staff member.
import { Button, Field, Flex, TextInput, Typography } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { z } from 'zod';
import { schemas, useApi, type Pagination } from '../../api/client';
import { ConfirmDialog } from '../../components/feedback';
import { JurisdictionYear, initialScope, type Scope } from '../../components/jurisdiction-year';
import { Nav } from '../../components/nav';
import { NoticeBar } from '../../components/notice-bar';
import { Pager } from '../../components/pager';
import { RecordTable } from '../../components/record-table';
import { useAct, useNotice } from '../../hooks/page-data';
import { PaperDossier } from './dossier';

type Unit = z.infer<typeof schemas.paperUnits>[number];

export const PaperPage = () => {
  const api = useApi();
  const [params] = useSearchParams();
  const [scope, setScope] = useState<Scope>(() => initialScope(params));
  const [units, setUnits] = useState<Unit[] | null>(null);
  const [filter, setFilter] = useState('');
  const [asking, setAsking] = useState<Unit | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const notice = useNotice();
  const { busy, act } = useAct(notice);

  // A page of the province's units at a time, found by the server as the search is typed (a province has thousands).
  const [query, setQuery] = useState('');
  useEffect(() => {
    const t = setTimeout(() => setQuery(filter.trim()), 300);
    return () => clearTimeout(t);
  }, [filter]);
  const [at, setAt] = useState<Pagination | null>(null);
  const load = useCallback(
    (page = 1) => {
      if (!scope.jurisdiction) return;
      const q = new URLSearchParams({
        jurisdiction: scope.jurisdiction,
        year: String(scope.year),
        page: String(page),
        pageSize: '50',
        ...(query ? { q: query } : {}),
      });
      api
        .page(`/recognition/paper/units?${q}`, schemas.paperUnits)
        .then(({ items, pagination }) => {
          setUnits(items);
          setAt(pagination);
        }, notice.fail);
    },
    [api, scope, query, notice.fail],
  );
  useEffect(() => load(1), [load]);
  const reload = () => load(at?.page ?? 1);

  const register = (unit: Unit) =>
    act(async () => {
      setAsking(null);
      const r = await api.post(
        `/recognition/paper/units/${unit.code}/registrations`,
        { year: scope.year },
        schemas.paperRegistered,
      );
      setOpen(r.documentId);
      reload();
      return `Đã đăng ký thay ${unit.name} năm ${scope.year}.`;
    });

  return (
    <Page.Main>
      <Layouts.Header
        title="Hồ sơ giấy"
        subtitle="Thư ký nhập thay đơn vị nộp hồ sơ bằng giấy: đăng ký, điểm tự chấm, thành phần hồ sơ, nộp. Nhật ký ghi rõ là làm thay đơn vị."
      />
      <Layouts.Content>
        <Nav here="/plugins/recognition/paper" />
        <NoticeBar notice={notice.notice} onClose={notice.clear} paddingTop={0} paddingBottom={4} />
        <Flex gap={4} alignItems="flex-end" paddingBottom={4} wrap="wrap">
          <JurisdictionYear value={scope} onChange={(s) => (setScope(s), setOpen(null))} />
          <Field.Root name="filter">
            <Field.Label>Tìm đơn vị (mã hoặc tên)</Field.Label>
            <TextInput value={filter} onChange={(e: any) => setFilter(e.target.value)} />
          </Field.Root>
        </Flex>
        {open && <PaperDossier id={open} onChanged={reload} onMessage={notice.show} />}
        <RecordTable
          rows={units ?? []}
          rowKey={(u) => u.code}
          columns={[
            { label: 'Mã', cell: (u) => u.code },
            { label: 'Đơn vị', cell: (u) => u.name },
            {
              label: `Hồ sơ năm ${scope.year}`,
              cell: (u) => u.registration?.stateLabel ?? 'Chưa đăng ký',
            },
            {
              label: 'Thao tác',
              cell: (u) =>
                u.registration ? (
                  <Button variant="secondary" onClick={() => setOpen(u.registration!.documentId)}>
                    Mở hồ sơ
                  </Button>
                ) : (
                  <Button variant="secondary" onClick={() => setAsking(u)}>
                    Đăng ký thay
                  </Button>
                ),
            },
          ]}
        />
        <Pager at={at} go={load} noun="đơn vị" />
        <ConfirmDialog
          open={!!asking}
          onClose={() => setAsking(null)}
          title="Đăng ký thay đơn vị?"
          confirm="Xác nhận đăng ký"
          onConfirm={() => asking && register(asking)}
          loading={busy}
        >
          <Typography>
            Đăng ký {asking?.name} ({asking?.code}) xây dựng điển hình năm {scope.year} theo văn bản
            đăng ký đơn vị đã gửi. Nhật ký ghi bước này là thư ký làm thay đơn vị.
          </Typography>
        </ConfirmDialog>
      </Layouts.Content>
    </Page.Main>
  );
};

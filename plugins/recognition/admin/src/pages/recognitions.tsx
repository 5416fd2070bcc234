// Admin page: the recognised units, newest year first, each with its certificate PDF.
import { displayDate } from '../../../shared/domain/vietnam-time';
import { Box, Button, Flex, Link, Typography } from '@strapi/design-system';
import { Upload } from '@strapi/icons';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { kindLabel } from '../../../shared/domain/units';
import { Layouts, Page } from '@strapi/strapi/admin';
import type { z } from 'zod';
import { schemas, useApi, type Pagination } from '../api/client';
import { JurisdictionYear, initialScope, type Scope } from '../components/jurisdiction-year';
import { Pager } from '../components/pager';
import { IssueYearPanel, type YearScope } from '../components/issue-year';
import { RevokeDialog, type RevokeForm } from '../components/revoke-dialog';
import { Nav } from '../components/nav';
import { NoticeBar } from '../components/notice-bar';
import { RecordTable } from '../components/record-table';
import { useAct, useNotice } from '../hooks/page-data';
import { useCallback, useEffect, useMemo, useState } from 'react';

type Row = z.infer<typeof schemas.recognitionList>[number];
const PAGE_SIZE = 50;

const statusLabels: Record<Row['status'], string> = {
  recognised: 'Công nhận',
  maintained: 'Duy trì',
  revoked: 'Đã thu hồi',
};

/** A recognition's certificate: its signed PDF once the decision is issued, and "Thu hồi" where allowed. */
const Certificate = ({ r, revoke }: { r: Row; revoke: (r: Row) => void }) => (
  <Flex gap={2}>
    {r.decisionNumber ? (
      <Link href={`/api/recognition/certificates/${r.serial}/pdf`} isExternal>
        Tải PDF ({r.serial})
      </Link>
    ) : (
      <Typography textColor="neutral600">Cấp sau khi quyết định ban hành</Typography>
    )}
    {r.registration?.allowedEvents.includes('revoke') && (
      <Button size="S" variant="danger-light" onClick={() => revoke(r)}>
        Thu hồi
      </Button>
    )}
  </Flex>
);

export const RecognitionsPage = () => {
  const api = useApi();
  const navigate = useNavigate();
  const [rows, setRows] = useState<Row[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<Row | null>(null);
  const notice = useNotice();
  const { busy, act } = useAct(notice);

  // One province's year at a time, a page at a time: a province recognises thousands of units.
  const [params] = useSearchParams();
  const [scope, setScope] = useState<Scope>(() => initialScope(params));
  const [at, setAt] = useState<Pagination | null>(null);
  const load = useCallback(
    (page = 1) => {
      if (!scope.jurisdiction) return;
      api
        .page(
          `/recognition/recognitions?jurisdiction=${scope.jurisdiction}&year=${scope.year}&page=${page}&pageSize=${PAGE_SIZE}`,
          schemas.recognitionList,
        )
        .then(({ items, pagination }) => {
          setRows(items);
          setAt(pagination);
        })
        .catch((e: Error) => setError(e.message));
    },
    [api, scope],
  );
  useEffect(() => load(1), [load]);

  const revoke = (row: Row, registration: string, form: RevokeForm) =>
    act(
      async () => {
        const r = await api.post(
          `/recognition/registrations/${registration}/revoke`,
          form,
          schemas.revoked,
        );
        return `Đã thu hồi công nhận ${row.unit?.name ?? ''} theo Quyết định số ${r.decision.number}, đã ký số và lưu.`;
      },
      () => {
        setRevoking(null);
        load(at?.page ?? 1);
      },
    );

  // The year's certificates are issued for the province and year shown, once it has recognitions.
  const scopes = useMemo<YearScope[]>(() => {
    const j = rows?.find((r) => r.jurisdiction)?.jurisdiction;
    return j ? [{ jurisdiction: j.slug, name: j.name, year: scope.year }] : [];
  }, [rows, scope.year]);

  return (
    <Page.Main>
      <Page.Title>Công nhận điển hình</Page.Title>
      <Layouts.Header
        title="Công nhận điển hình"
        subtitle="Các đơn vị đã được công nhận điển hình về phong trào toàn dân bảo vệ an ninh Tổ quốc"
        primaryAction={
          <Button startIcon={<Upload />} variant="secondary" onClick={() => navigate('import')}>
            Nhập danh sách đơn vị
          </Button>
        }
      />
      <Layouts.Content>
        <Nav here="/plugins/recognition" />
        <Box paddingBottom={4}>
          <JurisdictionYear value={scope} onChange={setScope} />
        </Box>
        {error && <Typography textColor="danger600">Không tải được danh sách: {error}</Typography>}
        <NoticeBar notice={notice.notice} onClose={notice.clear} paddingTop={0} paddingBottom={4} />
        {!rows && !error && <Page.Loading>Đang tải…</Page.Loading>}
        {rows && rows.length === 0 && (
          <Typography>Chưa có đơn vị nào được công nhận trong năm {scope.year}.</Typography>
        )}
        {scopes.length > 0 && <IssueYearPanel scopes={scopes} />}
        {rows && rows.length > 0 && (
          <Box background="neutral0" shadow="tableShadow" hasRadius>
            <RecordTable
              rows={rows}
              rowKey={(r) => r.documentId}
              columns={[
                { label: 'Năm', cell: (r) => r.year },
                {
                  label: 'Đơn vị',
                  cell: (r) => <Typography fontWeight="bold">{r.unit?.name ?? '—'}</Typography>,
                },
                { label: 'Loại', cell: (r) => (r.unit ? kindLabel(r.unit.kind) : '—') },
                { label: 'Tỉnh / thành phố', cell: (r) => r.jurisdiction?.name ?? '—' },
                {
                  label: 'Quyết định',
                  cell: (r) =>
                    r.decisionNumber && r.decisionDate
                      ? `${r.decisionNumber} ngày ${displayDate(r.decisionDate)}`
                      : 'Dự thảo, chưa ban hành',
                },
                { label: 'Trạng thái', cell: (r) => statusLabels[r.status] },
                {
                  label: 'Giấy chứng nhận',
                  cell: (r) => <Certificate r={r} revoke={setRevoking} />,
                },
              ]}
            />
            <Box padding={3}>
              <Pager at={at} go={load} noun="đơn vị được công nhận" />
            </Box>
          </Box>
        )}
        {revoking && (
          <RevokeDialog
            row={revoking}
            busy={busy}
            onClose={() => setRevoking(null)}
            onRevoke={(form) =>
              revoking.registration && revoke(revoking, revoking.registration.documentId, form)
            }
          />
        )}
      </Layouts.Content>
    </Page.Main>
  );
};

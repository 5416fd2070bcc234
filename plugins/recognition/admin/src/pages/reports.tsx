// A province's reports of the year: each duty (the plan's, and the police's requests) with who of
// its departments and communes has reported and who has not, and its own report on it, compiled
// from theirs, edited, issued, sent; the recipients record receipt here. The Ministry sees every
// province's reports that come up to it, with their state, in the table below.
import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { Layouts, Page, useAuth } from '@strapi/strapi/admin';
import { useCallback, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { ReportAct } from '../../../shared/contracts/responses';
import { schemas, useApi } from '../api/client';
import { JurisdictionYear, initialScope, type Scope } from '../components/jurisdiction-year';
import { Nav } from '../components/nav';
import { NoticeBar } from '../components/notice-bar';
import { RecordTable } from '../components/record-table';
import { ReportActEditor } from '../components/report-act-editor';
import { ReviewForm } from '../components/review-form';
import { ReportersList } from '../components/reporters-list';
import { PackageUpload } from '../components/package-upload';
import { useAct, useLoad, useNotice } from '../hooks/page-data';

const dmy = (iso: string) => iso.slice(0, 10).split('-').reverse().join('/');

export const ReportsPage = () => {
  const api = useApi();
  const [params] = useSearchParams();
  const [scope, setScope] = useState<Scope>(() => initialScope(params));
  const [open, setOpen] = useState<ReportAct | null>(null);
  const notice = useNotice();
  const { busy, act } = useAct(notice);
  const actions = useAuth('Reports', (s) => s.permissions).map((p) => p.action);
  const canWrite = actions.includes('plugin::recognition.appraisal.manage');
  const canImport = actions.includes('plugin::recognition.reports.import');
  const canReceive =
    actions.includes('plugin::recognition.approve') ||
    !actions.includes('plugin::recognition.read');
  const board = useLoad(
    useCallback(
      () =>
        scope.jurisdiction
          ? api.get(
              `/recognition/report-duties?jurisdiction=${scope.jurisdiction}&year=${scope.year}`,
              schemas.reportBoard,
            )
          : null,
      [api, scope],
    ),
    notice.fail,
  );
  const national = useLoad(
    useCallback(
      () => api.get(`/recognition/national/report-status?year=${scope.year}`, schemas.reportStatus),
      [api, scope.year],
    ),
    notice.fail,
  );
  const show = (id: string) =>
    act(
      async () => (
        setOpen(await api.get(`/recognition/report-acts/${id}`, schemas.reportAct)),
        null
      ),
    );
  const compile = (duty: string) =>
    act(async () => {
      setOpen(
        await api.post(
          '/recognition/report-acts',
          { jurisdiction: scope.jurisdiction, year: scope.year, duty },
          schemas.reportAct,
        ),
      );
      board.reload();
      return 'Đã tổng hợp dự thảo báo cáo từ báo cáo của các sở, ngành, xã, phường.';
    });
  return (
    <Page.Main>
      <Page.Title>Báo cáo</Page.Title>
      <Layouts.Header
        title="Báo cáo"
        subtitle="Báo cáo của sở, ban, ngành, xã, phường gửi tỉnh; báo cáo của tỉnh gửi Ủy ban nhân dân và Bộ Công an."
      />
      <Layouts.Content>
        <Nav here="/plugins/recognition/reports" />
        <JurisdictionYear value={scope} onChange={setScope} />
        <NoticeBar notice={notice.notice} onClose={notice.clear} paddingTop={4} paddingBottom={4} />
        <Flex direction="column" alignItems="stretch" gap={4}>
          {board.data?.duties.length === 0 && (
            <Typography tag="p">
              Năm {scope.year} không có nhiệm vụ báo cáo nào (kế hoạch không đặt, chưa có yêu cầu).
            </Typography>
          )}
          {board.data?.duties.map((d) => (
            <Box key={d.key} background="neutral0" padding={4} shadow="tableShadow" hasRadius>
              <Typography variant="delta" tag="h2">
                {d.label}: hạn {dmy(d.due)} ({d.clause})
              </Typography>
              <Typography tag="p">
                Đã báo cáo {d.reported}/{d.reporters.length}. Chưa báo cáo:{' '}
                {d.reporters
                  .filter((r) => !r.submittedOn)
                  .map((r) => r.name)
                  .join(', ') || 'không còn ai'}
                .
              </Typography>
              <Typography tag="p">
                Báo cáo của tỉnh gửi {d.recipientLabels.join('; ')}:{' '}
                {d.act ? (d.act.number ? `số ${d.act.number}` : 'dự thảo') : 'chưa có'} –{' '}
                {d.statusLabel}
              </Typography>
              <ReportersList reporters={d.reporters} act_={(r) => act(r)} />
              <Flex gap={2} paddingTop={2}>
                {d.act && (
                  <Button variant="tertiary" onClick={() => show(d.act!.documentId)}>
                    Mở báo cáo của tỉnh
                  </Button>
                )}
                {canWrite && d.act?.status !== 'issued' && (
                  <Button loading={busy} onClick={() => compile(d.key)}>
                    {d.act ? 'Tổng hợp lại số liệu' : 'Tổng hợp báo cáo của tỉnh'}
                  </Button>
                )}
              </Flex>
            </Box>
          ))}
          {board.data && (
            <Box background="neutral0" padding={4} shadow="tableShadow" hasRadius>
              <Typography variant="delta" tag="h2">
                Sơ kết, tổng kết
              </Typography>
              {!board.data.reviews.length && (
                <Typography tag="p">
                  Chưa có báo cáo sơ kết, tổng kết nào kết thúc năm {scope.year}.
                </Typography>
              )}
              {board.data.reviews.map((r) => (
                <Button key={r.documentId} variant="tertiary" onClick={() => show(r.documentId)}>
                  {r.title}
                  {r.number ? ` (số ${r.number})` : ' (dự thảo)'}
                </Button>
              ))}
              {canWrite && (
                <ReviewForm
                  year={scope.year}
                  busy={busy}
                  onCompile={(span) =>
                    act(async () => {
                      setOpen(
                        await api.post(
                          '/recognition/review-acts',
                          { jurisdiction: scope.jurisdiction, ...span },
                          schemas.reportAct,
                        ),
                      );
                      board.reload();
                      return 'Đã tổng hợp dự thảo báo cáo từ số liệu các năm.';
                    })
                  }
                />
              )}
            </Box>
          )}
          {open && (
            <ReportActEditor
              act={open}
              canWrite={canWrite}
              canReceive={canReceive}
              busy={busy}
              act_={(r) => act(r)}
              onChange={(a) => (setOpen(a), board.reload(), national.reload())}
            />
          )}
          {canImport && <PackageUpload busy={busy} act_={(r) => act(r)} onDone={national.reload} />}
          {national.data && (
            <Flex justifyContent="flex-end" gap={2}>
              {(['xlsx', 'pdf'] as const).map((format) => (
                <Button
                  key={format}
                  variant="secondary"
                  onClick={() =>
                    act(async () => {
                      await api.save(
                        `/recognition/national/report-status?year=${scope.year}&format=${format}`,
                        `tinh-hinh-bao-cao-${scope.year}.${format}`,
                      );
                      return null;
                    })
                  }
                >
                  {format === 'xlsx' ? 'Tải bảng tính tình hình báo cáo' : 'Tải bản tổng hợp (PDF)'}
                </Button>
              ))}
            </Flex>
          )}
          {national.data && (
            <RecordTable
              rows={national.data.provinces.flatMap((p) =>
                p.reports.map((r) => ({ ...r, province: p.name, slug: p.slug })),
              )}
              rowKey={(r) => `${r.slug}:${r.key}`}
              columns={[
                { label: 'Tỉnh, thành phố', cell: (r) => r.province },
                { label: 'Báo cáo', cell: (r) => r.label },
                { label: 'Hạn', cell: (r) => dmy(r.due) },
                { label: 'Tình trạng', cell: (r) => r.stateLabel },
                {
                  label: 'Số',
                  cell: (r) =>
                    r.act && r.imported ? (
                      r.act.number
                    ) : r.act ? (
                      <Button variant="tertiary" onClick={() => show(r.act!.documentId)}>
                        {r.act.number}
                      </Button>
                    ) : (
                      '–'
                    ),
                },
              ]}
            />
          )}
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};

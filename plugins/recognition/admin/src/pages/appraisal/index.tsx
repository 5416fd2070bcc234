// The secretariat's appraisal page for a jurisdiction's year: set up the council, start
// appraising submitted dossiers, record a council meeting (attendance, a vote per dossier,
// conclusion) and open its minutes, then propose or not propose each unit to the approver.
import { Box, Flex, Typography } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { schemas, useApi, type Pagination } from '../../api/client';
import { useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { ConfirmDialog } from '../../components/feedback';
import { NoticeBar } from '../../components/notice-bar';
import { useAct, useNotice } from '../../hooks/page-data';
import { ReasonDialog } from '../../components/reason-dialog';
import { JurisdictionYear, initialScope, type Scope } from '../../components/jurisdiction-year';
import { Nav } from '../../components/nav';
import { Pager } from '../../components/pager';
import { CouncilSection } from './council-section';
import { RegistrationsTable } from './registrations-table';
import { MeetingSection } from './meeting-section';
import type { Overview, Reg } from './types';

export const AppraisalPage = () => {
  const api = useApi();
  const [params] = useSearchParams();
  const [scope, setScope] = useState<Scope>(() => initialScope(params));
  const [data, setData] = useState<Overview | null>(null);
  const notice = useNotice();
  const [proposing, setProposing] = useState<Reg | null>(null);
  // A step that needs a reason: not proposing, or reopening scoring after the vote (which voids it).
  const [declining, setDeclining] = useState<{
    reg: Reg;
    step: 'not-propose' | 'reopen-scoring';
  } | null>(null);
  const [asking, setAsking] = useState<Reg | null>(null);
  const [starting, setStarting] = useState<Reg | null>(null);

  // The dossiers a page at a time; the meeting's list comes whole from the server whatever the page.
  const [at, setAt] = useState<Pagination | null>(null);
  const load = useCallback(
    (page = 1) => {
      if (!scope.jurisdiction) return;
      api
        .page(
          `/recognition/appraisal?jurisdiction=${scope.jurisdiction}&year=${scope.year}&page=${page}&pageSize=50`,
          schemas.appraisalOverview,
        )
        .then(({ items, pagination }) => {
          setData(items);
          setAt(pagination);
        })
        .catch(notice.fail);
    },
    [api, scope, notice.fail],
  );
  useEffect(() => load(1), [load]);
  const reload = () => load(at?.page ?? 1);

  const { act: run } = useAct(notice);
  const act = (path: string, body: unknown, done: string) =>
    run(async () => {
      await api.post(path, body);
      reload();
      return done;
    });
  const openMinutes = (id: string) =>
    api.openPdf(`/recognition/documents/minutes/${id}/pdf`).catch(notice.fail);

  return (
    <Page.Main>
      <Page.Title>Thẩm định</Page.Title>
      <Layouts.Header
        title="Thẩm định"
        subtitle="Hội đồng thẩm định, cuộc họp và đề nghị công nhận của một tỉnh / thành phố trong năm"
      />
      <Layouts.Content>
        <Nav here="/plugins/recognition/appraisal" />
        <Box paddingBottom={4}>
          <JurisdictionYear value={scope} onChange={setScope} />
        </Box>
        <NoticeBar
          notice={notice.notice}
          onClose={notice.clear}
          title={notice.notice?.kind === 'success' ? 'Đã lưu' : 'Không thực hiện được'}
          paddingTop={0}
          paddingBottom={4}
        />
        {!data && <Page.Loading>Đang tải…</Page.Loading>}
        {data && (
          <Flex direction="column" alignItems="stretch" gap={6}>
            <CouncilSection
              overview={data}
              scope={scope}
              notify={notice.show}
              act={act}
              reload={reload}
            />

            <Box background="neutral0" shadow="tableShadow" hasRadius padding={5}>
              <Typography variant="delta" tag="h2">
                Hồ sơ
              </Typography>
              {data.registrations.length === 0 ? (
                <Typography tag="p">Chưa có hồ sơ nào được nộp năm {scope.year}.</Typography>
              ) : (
                <RegistrationsTable
                  registrations={data.registrations}
                  start={setStarting}
                  propose={setProposing}
                  decline={(reg, step) => setDeclining({ reg, step })}
                  ask={setAsking}
                />
              )}
              <Pager at={at} go={load} noun="hồ sơ" />
            </Box>

            <MeetingSection
              overview={data}
              notify={notice.show}
              reload={reload}
              openMinutes={openMinutes}
            />
          </Flex>
        )}

        <ConfirmDialog
          open={!!starting}
          onClose={() => setStarting(null)}
          title={`Bắt đầu thẩm định ${starting?.unit?.name ?? ''}`}
          confirm="Xác nhận bắt đầu thẩm định"
          onConfirm={() => {
            const r = starting!;
            setStarting(null);
            void act(
              `/recognition/registrations/${r.documentId}/start-appraisal`,
              {},
              `Đã bắt đầu thẩm định ${r.unit?.name}.`,
            );
          }}
        >
          Hồ sơ của {starting?.unit?.name} chuyển sang thẩm định: đơn vị không sửa được điểm tự chấm
          và hồ sơ nữa, thành viên hội đồng bắt đầu đọc và chấm điểm.
        </ConfirmDialog>

        <ConfirmDialog
          open={!!proposing}
          onClose={() => setProposing(null)}
          title="Đề nghị công nhận"
          confirm="Xác nhận đề nghị"
          onConfirm={() => {
            const r = proposing!;
            setProposing(null);
            void act(
              `/recognition/registrations/${r.documentId}/propose`,
              {},
              `Đã đề nghị công nhận ${r.unit?.name}.`,
            );
          }}
        >
          Đề nghị công nhận {proposing?.unit?.name}? Hồ sơ chuyển sang hàng chờ phê duyệt.
        </ConfirmDialog>

        <ReasonDialog
          open={!!declining}
          onClose={() => setDeclining(null)}
          title={`${declining?.step === 'reopen-scoring' ? 'Mở lại chấm điểm' : 'Không đề nghị'} ${declining?.reg.unit?.name ?? ''}`}
          confirm={
            declining?.step === 'reopen-scoring'
              ? 'Hủy biểu quyết và mở lại chấm điểm'
              : 'Xác nhận không đề nghị'
          }
          hint="Lý do được ghi vào nhật ký và báo cho đơn vị (ít nhất 5 ký tự)."
          onConfirm={(reason) => {
            const { reg: r, step } = declining!;
            setDeclining(null);
            const done =
              step === 'reopen-scoring'
                ? `Đã mở lại chấm điểm ${r.unit?.name}: biểu quyết cũ bị hủy, cần biểu quyết lại.`
                : `Đã ghi không đề nghị ${r.unit?.name}.`;
            void act(`/recognition/registrations/${r.documentId}/${step}`, { reason }, done);
          }}
        >
          {declining?.step === 'reopen-scoring' && (
            <Typography tag="p">
              Biểu quyết của hội đồng về hồ sơ này bị hủy; thành viên sửa được điểm và hội đồng phải
              họp biểu quyết lại.
            </Typography>
          )}
        </ReasonDialog>

        <ReasonDialog
          open={!!asking}
          onClose={() => setAsking(null)}
          title={`Yêu cầu ${asking?.unit?.name ?? ''} bổ sung`}
          confirm="Gửi yêu cầu"
          label="Nội dung yêu cầu"
          min={10}
          variant="default"
          hint="Cán bộ đơn vị nhận trên cổng và qua thư điện tử; nhật ký ghi lại (ít nhất 10 ký tự)."
          onConfirm={(message) => {
            const r = asking!;
            setAsking(null);
            void act(
              `/recognition/registrations/${r.documentId}/requests`,
              { message },
              `Đã gửi yêu cầu đến cán bộ của ${r.unit?.name} (trên cổng và qua thư điện tử).`,
            );
          }}
        />
      </Layouts.Content>
    </Page.Main>
  );
};

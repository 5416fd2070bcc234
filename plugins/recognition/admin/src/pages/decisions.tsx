// Admin page: a year's decisions of a province. A draft lists the units recognised on it and can
// be previewed; an approver issues it (number, date, signer, recipients, after a confirmation);
// an issued one is downloaded as signed and stored, with the state of its certificates.
import { Box, Typography } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { useCallback, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { displayDate } from '../../../shared/domain/vietnam-time';
import { schemas, useApi } from '../api/client';
import { AmendDialog, type AmendForm } from '../components/amend-dialog';
import { decisionColumns, type Decision } from '../components/decision-rows';
import { IssueDecisionDialog, type IssueForm } from '../components/issue-decision';
import { JurisdictionYear, initialScope, type Scope } from '../components/jurisdiction-year';
import { Nav } from '../components/nav';
import { NoticeBar } from '../components/notice-bar';
import { RecordTable } from '../components/record-table';
import { useAct, useLoad, useNotice } from '../hooks/page-data';

export const DecisionsPage = () => {
  const api = useApi();
  const [params] = useSearchParams();
  const [scope, setScope] = useState<Scope>(() => initialScope(params));
  const [issuing, setIssuing] = useState<Decision | null>(null);
  const [amending, setAmending] = useState<Decision | null>(null);
  const notice = useNotice();
  const { busy, act } = useAct(notice);
  const { data: year, reload } = useLoad(
    useCallback(
      () =>
        scope.jurisdiction
          ? api.get(
              `/recognition/decisions?jurisdiction=${scope.jurisdiction}&year=${scope.year}`,
              schemas.decisionYear,
            )
          : null,
      [api, scope],
    ),
    notice.fail,
  );

  const issue = (d: Decision, form: IssueForm) =>
    act(
      async () => {
        const url = `/recognition/decisions/${d.documentId}/issue`;
        const r = await api.post(url, form, schemas.decisionIssued);
        const certificates = r.certificates ? ` Đang cấp ${r.certificates} giấy chứng nhận.` : '';
        return `Đã ban hành Quyết định số ${r.number} ngày ${displayDate(r.date)} (${r.units} đơn vị), đã ký số và lưu.${certificates}`;
      },
      () => {
        setIssuing(null);
        reload();
      },
    );

  const amend = (d: Decision, form: AmendForm) =>
    act(
      async () => {
        const url = `/recognition/decisions/${d.documentId}/amend`;
        const r = await api.post(url, form, schemas.decisionAmended);
        return `Đã ban hành Quyết định số ${r.number} ngày ${displayDate(r.date)} sửa đổi, bổ sung Quyết định số ${r.amends}, đã ký số và lưu.`;
      },
      () => {
        setAmending(null);
        reload();
      },
    );

  const columns = decisionColumns({
    download: (d) =>
      api
        .save(
          `/recognition/decisions/${d.documentId}/pdf`,
          `quyet-dinh-${(d.number ?? '').replace(/\W+/g, '-')}-${scope.year}.pdf`,
        )
        .catch(notice.fail),
    preview: (d) =>
      api.openPdf(`/recognition/documents/decision/${d.documentId}/pdf`).catch(notice.fail),
    issue: setIssuing,
    amend: setAmending,
  });

  return (
    <Page.Main>
      <Page.Title>Quyết định</Page.Title>
      <Layouts.Header
        title="Quyết định"
        subtitle="Quyết định công nhận và thu hồi của năm: dự thảo, ban hành, ký số, tải về"
      />
      <Layouts.Content>
        <Nav here="/plugins/recognition/decisions" />
        <JurisdictionYear value={scope} onChange={setScope} />
        <NoticeBar notice={notice.notice} onClose={notice.clear} />
        {year && (
          <Typography tag="p" paddingTop={2} textColor="neutral600">
            {year.numbering === 'manual'
              ? 'Số quyết định lấy theo sổ đăng ký văn bản của Ủy ban.'
              : `Số quyết định cấp tự động, liên tục trong năm (số tiếp theo: ${year.nextNumber}).`}
          </Typography>
        )}
        <Box paddingTop={4}>
          {year && year.decisions.length === 0 && (
            <Typography>
              Chưa có quyết định nào trong năm {scope.year}: đơn vị được công nhận ở Hàng chờ phê
              duyệt sẽ vào dự thảo quyết định.
            </Typography>
          )}
          {year && year.decisions.length > 0 && (
            <RecordTable rows={year.decisions} columns={columns} rowKey={(d) => d.documentId} />
          )}
        </Box>
        {amending && year && (
          <AmendDialog
            year={year}
            amends={amending.number ?? ''}
            busy={busy}
            onClose={() => setAmending(null)}
            onAmend={(form) => amend(amending, form)}
          />
        )}
        {issuing && year && (
          <IssueDecisionDialog
            year={year}
            units={issuing.units.map((u) => u.name)}
            busy={busy}
            onClose={() => setIssuing(null)}
            onIssue={(form) => issue(issuing, form)}
          />
        )}
      </Layouts.Content>
    </Page.Main>
  );
};

// Admin page: a year's decisions of a province. A draft lists the units recognised on it and can
// be previewed; an approver issues it (number, date, signer, recipients, after a confirmation);
// an issued one is downloaded as signed and stored, with the state of its certificates.
import {
  Alert,
  Badge,
  Box,
  Button,
  Flex,
  Table,
  Tbody,
  Td,
  Th,
  Thead,
  Tr,
  Typography,
} from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { z } from 'zod';
import { displayDate } from '../../../shared/domain/vietnam-time';
import { schemas, useApi } from '../api/client';
import { errorText, type Notice } from '../components/feedback';
import { IssueDecisionDialog, type IssueForm } from '../components/issue-decision';
import { AmendDialog, type AmendForm } from '../components/amend-dialog';
import { JurisdictionYear, initialScope, type Scope } from '../components/jurisdiction-year';
import { Nav } from '../components/nav';
import { fieldValueLabel } from '../../../shared/domain/field-values';

type Year = z.infer<typeof schemas.decisionYear>;
type Decision = Year['decisions'][number];

const certificateLabels: Record<Decision['units'][number]['certificate'], string> = {
  none: 'không cấp giấy',
  awaiting: 'chờ ban hành',
  queued: 'đang cấp',
  issued: 'đã cấp',
};

const kindLabels: Record<Decision['kind'], string> = {
  recognition: 'Công nhận',
  revocation: 'Thu hồi công nhận tại',
  amendment: 'Sửa đổi, bổ sung',
};

const title = (d: Decision) => (d.number ? `Quyết định số ${d.number}` : 'Dự thảo quyết định');

export const DecisionsPage = () => {
  const api = useApi();
  const [params] = useSearchParams();
  const [scope, setScope] = useState<Scope>(() => initialScope(params));
  const [year, setYear] = useState<Year | null>(null);
  const [issuing, setIssuing] = useState<Decision | null>(null);
  const [amending, setAmending] = useState<Decision | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Notice>(null);

  const load = useCallback(() => {
    if (!scope.jurisdiction) return;
    api
      .get(
        `/recognition/decisions?jurisdiction=${scope.jurisdiction}&year=${scope.year}`,
        schemas.decisionYear,
      )
      .then(setYear)
      .catch((e: any) => setMessage({ kind: 'danger', text: errorText(e) }));
  }, [api, scope]);
  useEffect(load, [load]);

  const issue = async (form: IssueForm) => {
    if (!issuing) return;
    setBusy(true);
    try {
      const r = await api.post(
        `/recognition/decisions/${issuing.documentId}/issue`,
        form,
        schemas.decisionIssued,
      );
      setMessage({
        kind: 'success',
        text: `Đã ban hành Quyết định số ${r.number} ngày ${displayDate(r.date)} (${r.units} đơn vị), đã ký số và lưu.${r.certificates ? ` Đang cấp ${r.certificates} giấy chứng nhận.` : ''}`,
      });
      setIssuing(null);
      load();
    } catch (e: any) {
      setMessage({ kind: 'danger', text: errorText(e) });
    } finally {
      setBusy(false);
    }
  };

  const amend = async (form: AmendForm) => {
    if (!amending) return;
    setBusy(true);
    try {
      const r = await api.post(
        `/recognition/decisions/${amending.documentId}/amend`,
        form,
        schemas.decisionAmended,
      );
      setMessage({
        kind: 'success',
        text: `Đã ban hành Quyết định số ${r.number} ngày ${displayDate(r.date)} sửa đổi, bổ sung Quyết định số ${r.amends}, đã ký số và lưu.`,
      });
      setAmending(null);
      load();
    } catch (e: any) {
      setMessage({ kind: 'danger', text: errorText(e) });
    } finally {
      setBusy(false);
    }
  };

  const fail = (e: any) => setMessage({ kind: 'danger', text: errorText(e) });
  const download = (d: Decision) =>
    api
      .save(
        `/recognition/decisions/${d.documentId}/pdf`,
        `quyet-dinh-${(d.number ?? '').replace(/\W+/g, '-')}-${scope.year}.pdf`,
      )
      .catch(fail);
  const preview = (d: Decision) =>
    api.openPdf(`/recognition/documents/decision/${d.documentId}/pdf`).catch(fail);

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
        <Box paddingTop={4}>
          {message && (
            <Alert
              closeLabel="Đóng"
              title=""
              variant={message.kind}
              onClose={() => setMessage(null)}
            >
              {message.text}
            </Alert>
          )}
        </Box>
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
            <Table colCount={5} rowCount={year.decisions.length + 1}>
              <Thead>
                <Tr>
                  <Th>
                    <Typography variant="sigma">Quyết định</Typography>
                  </Th>
                  <Th>
                    <Typography variant="sigma">Trạng thái</Typography>
                  </Th>
                  <Th>
                    <Typography variant="sigma">Đơn vị</Typography>
                  </Th>
                  <Th>
                    <Typography variant="sigma">Người ký</Typography>
                  </Th>
                  <Th>
                    <Typography variant="sigma">Thao tác</Typography>
                  </Th>
                </Tr>
              </Thead>
              <Tbody>
                {year.decisions.map((d) => (
                  <Tr key={d.documentId}>
                    <Td>
                      <Typography fontWeight="bold">{title(d)}</Typography>
                      <Typography display="block" textColor="neutral600">
                        {kindLabels[d.kind]}
                        {d.corrects ? ` Quyết định số ${d.corrects.number}` : ''}
                        {d.date ? ` · ngày ${displayDate(d.date)}` : ''}
                      </Typography>
                      {d.reason && (
                        <Typography display="block" textColor="neutral600">
                          {d.kind === 'amendment' ? 'Nội dung' : 'Lý do'}: {d.reason}
                        </Typography>
                      )}
                      {d.later.map((l) => (
                        <Typography key={l.number} display="block" textColor="warning600">
                          {l.kind === 'amendment' ? 'Sửa đổi, bổ sung' : 'Thu hồi một phần'} bởi
                          Quyết định số {l.number} ngày {displayDate(l.date)}
                        </Typography>
                      ))}
                    </Td>
                    <Td>
                      <Badge active={d.status === 'issued'}>
                        {fieldValueLabel('plugin::recognition.decision', 'status', d.status)}
                      </Badge>
                    </Td>
                    <Td>
                      {d.units.map((u) => (
                        <Typography key={u.serial} display="block">
                          {u.name}
                          {u.maintained ? ' (duy trì)' : ''}
                          {d.kind === 'recognition'
                            ? ` · giấy chứng nhận: ${u.revoked ? 'đã thu hồi' : certificateLabels[u.certificate]}`
                            : ''}
                        </Typography>
                      ))}
                    </Td>
                    <Td>
                      <Typography>{d.signer ?? '—'}</Typography>
                    </Td>
                    <Td>
                      <Flex gap={2} wrap="wrap">
                        {d.status === 'issued' ? (
                          <Button size="S" variant="secondary" onClick={() => download(d)}>
                            Tải PDF đã ký
                          </Button>
                        ) : (
                          <Button size="S" variant="tertiary" onClick={() => preview(d)}>
                            Xem trước
                          </Button>
                        )}
                        {d.allowedEvents.includes('issue') && (
                          <Button size="S" onClick={() => setIssuing(d)}>
                            Ban hành
                          </Button>
                        )}
                        {d.allowedEvents.includes('amend') && (
                          <Button size="S" variant="tertiary" onClick={() => setAmending(d)}>
                            Sửa đổi
                          </Button>
                        )}
                      </Flex>
                    </Td>
                  </Tr>
                ))}
              </Tbody>
            </Table>
          )}
        </Box>
        {amending && year && (
          <AmendDialog
            year={year}
            amends={amending.number ?? ''}
            busy={busy}
            onClose={() => setAmending(null)}
            onAmend={amend}
          />
        )}
        {issuing && year && (
          <IssueDecisionDialog
            year={year}
            units={issuing.units.map((u) => u.name)}
            busy={busy}
            onClose={() => setIssuing(null)}
            onIssue={issue}
          />
        )}
      </Layouts.Content>
    </Page.Main>
  );
};

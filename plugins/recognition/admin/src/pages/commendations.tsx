// The year's commendations (sổ khen thưởng): the police propose collectives and individuals on a
// unit's title; the form's appraiser (Sở Nội vụ for Bằng khen) agrees or declines, with a reason;
// the decision granting the agreed ones is drafted here and issued on the acts page; each decided
// commendation's certificate of merit opens signed.
import { Button, Flex, Typography } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { useCallback, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import {
  awardeeKindLabels,
  awardFormLabels,
  awardFormRules,
  commendationStateLabels,
} from '../../../shared/domain/commendation';
import { schemas, useApi } from '../api/client';
import { CommendationForm, type Proposal } from '../components/commendation-form';
import { JurisdictionYear, initialScope, type Scope } from '../components/jurisdiction-year';
import { Nav } from '../components/nav';
import { NoticeBar } from '../components/notice-bar';
import { ReasonDialog } from '../components/reason-dialog';
import { RecordTable } from '../components/record-table';
import { useAct, useLoad, useNotice } from '../hooks/page-data';

export const CommendationsPage = () => {
  const api = useApi();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [scope, setScope] = useState<Scope>(() => initialScope(params));
  const [declining, setDeclining] = useState<string | null>(null);
  const notice = useNotice();
  const { busy, act } = useAct(notice);
  const list = useLoad(
    useCallback(
      () =>
        scope.jurisdiction
          ? api.get(
              `/recognition/commendations?jurisdiction=${scope.jurisdiction}&year=${scope.year}`,
              schemas.commendationView,
            )
          : null,
      [api, scope],
    ),
    notice.fail,
  );
  const d = list.data;
  const propose = (p: Proposal) =>
    act(async () => {
      await api.post(
        '/recognition/commendations',
        { jurisdiction: scope.jurisdiction, year: scope.year, ...p },
        schemas.commendationState,
      );
      list.reload();
      return 'Đã gửi đề nghị khen thưởng.';
    });
  const appraise = (id: string, agree: boolean, note = '') =>
    act(async () => {
      await api.post(
        `/recognition/commendations/${id}/appraise`,
        { agree, note },
        schemas.commendationState,
      );
      list.reload();
      return agree ? 'Đã thẩm định đồng ý.' : 'Đã thẩm định không đồng ý.';
    });
  const draft = (kind: 'commendation_decision' | 'police_commendation') =>
    act(async () => {
      await api.post(
        '/recognition/acts',
        { kind, jurisdiction: scope.jurisdiction, year: scope.year },
        schemas.actView,
      );
      navigate(`../acts?jurisdiction=${scope.jurisdiction}&year=${scope.year}`);
      return null;
    });
  return (
    <Page.Main>
      <Page.Title>Khen thưởng</Page.Title>
      <Layouts.Header
        title="Khen thưởng"
        subtitle="Đề nghị, thẩm định và quyết định khen thưởng tập thể, cá nhân trên kết quả điển hình của năm; bằng khen, giấy khen đã ký số."
      />
      <Layouts.Content>
        <Nav here="/plugins/recognition/commendations" />
        <JurisdictionYear value={scope} onChange={setScope} />
        <NoticeBar notice={notice.notice} onClose={notice.clear} paddingTop={4} paddingBottom={4} />
        {d && (
          <Flex direction="column" alignItems="stretch" gap={4} paddingTop={4}>
            <Flex gap={2} wrap="wrap">
              {d.canPropose && (
                <CommendationForm titled={d.titled} busy={busy} onPropose={propose} />
              )}
              {(['bang_khen', 'giay_khen'] as const).map(
                (f) =>
                  d.canDraft.includes(awardFormRules[f].decisionKind) && (
                    <Button
                      key={f}
                      variant="secondary"
                      onClick={() => draft(awardFormRules[f].decisionKind)}
                    >
                      Soạn quyết định tặng {awardFormLabels[f]}
                    </Button>
                  ),
              )}
            </Flex>
            {d.rows.length === 0 ? (
              <Typography tag="p">Năm {d.year} chưa có đề nghị khen thưởng nào.</Typography>
            ) : (
              <RecordTable
                rows={d.rows}
                rowKey={(r) => r.documentId}
                columns={[
                  { label: 'Tập thể, cá nhân', cell: (r) => r.name },
                  { label: 'Đối tượng', cell: (r) => awardeeKindLabels[r.awardee] },
                  { label: 'Đơn vị', cell: (r) => r.unit.name },
                  { label: 'Số năm liên tục', cell: (r) => r.consecutiveYears },
                  { label: 'Hình thức', cell: (r) => awardFormLabels[r.form] },
                  { label: 'Thành tích', cell: (r) => r.achievement },
                  {
                    label: 'Tình trạng',
                    cell: (r) =>
                      `${commendationStateLabels[r.state]}${r.appraisalNote ? ` (${r.appraisalNote})` : ''}`,
                  },
                  { label: 'Quyết định', cell: (r) => r.decision ?? '' },
                  {
                    label: 'Thao tác',
                    cell: (r) => (
                      <Flex gap={2}>
                        {r.allowedEvents.includes('appraise') && (
                          <>
                            <Button onClick={() => appraise(r.documentId, true)}>Đồng ý</Button>
                            <Button
                              variant="danger-light"
                              onClick={() => setDeclining(r.documentId)}
                            >
                              Không đồng ý
                            </Button>
                          </>
                        )}
                        {r.serial && (
                          <Button
                            variant="tertiary"
                            onClick={() =>
                              act(
                                async () => (
                                  await api.openPdf(
                                    `/recognition/commendations/${r.documentId}/certificate`,
                                  ),
                                  null
                                ),
                              )
                            }
                          >
                            {awardFormLabels[r.form]} đã ký
                          </Button>
                        )}
                      </Flex>
                    ),
                  },
                ]}
              />
            )}
          </Flex>
        )}
        <ReasonDialog
          open={!!declining}
          onClose={() => setDeclining(null)}
          title="Thẩm định không đồng ý?"
          label="Lý do"
          min={10}
          hint="Lý do được ghi vào nhật ký và cho Công an biết (ít nhất 10 ký tự)."
          confirm="Không đồng ý"
          onConfirm={(reason: string) =>
            declining && appraise(declining, false, reason).then(() => setDeclining(null))
          }
        />
      </Layouts.Content>
    </Page.Main>
  );
};

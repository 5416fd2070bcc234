// The year's maintenance track: every unit that held the title the year before, how many years
// in a row, its registration this year and its standing (maintained, under way, not registered,
// lapsed), those whose result lost the safety rating (to review, and revoke by decision if need
// be), and the year's new titles and maintained ones counted apart, as the plan reads them.
import { Badge, Box, Flex, Typography } from '@strapi/design-system';
import { Layouts, Page, useAuth } from '@strapi/strapi/admin';
import { useCallback, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { maintenanceStatusLabels } from '../../../shared/domain/maintenance';
import { stateLabel } from '../../../shared/domain/states';
import { kindLabel } from '../../../shared/domain/units';
import { schemas, useApi } from '../api/client';
import { JurisdictionYear, initialScope, type Scope } from '../components/jurisdiction-year';
import { Nav } from '../components/nav';
import { NoticeBar } from '../components/notice-bar';
import { RecordTable } from '../components/record-table';
import { TitleReviewActions } from '../components/title-review-actions';
import { useAct, useLoad, useNotice } from '../hooks/page-data';

export const MaintenancePage = () => {
  const api = useApi();
  const [params] = useSearchParams();
  const [scope, setScope] = useState<Scope>(() => initialScope(params));
  const notice = useNotice();
  const { busy, act } = useAct(notice);
  const actions = useAuth('Maintenance', (s) => s.permissions).map((p) => p.action);
  const canOpen = actions.includes('plugin::recognition.appraisal.manage');
  const canClose = actions.includes('plugin::recognition.approve');
  const list = useLoad(
    useCallback(
      () =>
        scope.jurisdiction
          ? api.get(
              `/recognition/maintenance?jurisdiction=${scope.jurisdiction}&year=${scope.year}`,
              schemas.maintenanceView,
            )
          : null,
      [api, scope],
    ),
    notice.fail,
  );
  const d = list.data;
  const openReview = (code: string) => (reason: 'safety_lost' | 'incident', note: string) =>
    act(async () => {
      await api.post(
        '/recognition/title-reviews',
        { jurisdiction: scope.jurisdiction, unit: code, year: scope.year, reason, note },
        schemas.reviewState,
      );
      list.reload();
      return 'Đã mở việc xem xét danh hiệu.';
    });
  const closeReview = (id: string, outcome: 'kept' | 'revoked', note: string) =>
    act(async () => {
      await api.post(
        `/recognition/title-reviews/${id}/close`,
        { outcome, note },
        schemas.reviewState,
      );
      list.reload();
      return 'Đã kết luận việc xem xét danh hiệu.';
    });
  return (
    <Page.Main>
      <Page.Title>Duy trì</Page.Title>
      <Layouts.Header
        title="Duy trì danh hiệu"
        subtitle="Đơn vị giữ danh hiệu năm trước: tình trạng duy trì năm nay, đơn vị không duy trì được, đơn vị mất danh hiệu An toàn về an ninh, trật tự."
      />
      <Layouts.Content>
        <Nav here="/plugins/recognition/maintenance" />
        <JurisdictionYear value={scope} onChange={setScope} />
        <NoticeBar notice={notice.notice} onClose={notice.clear} paddingTop={4} paddingBottom={4} />
        {d && (
          <Flex direction="column" alignItems="stretch" gap={4}>
            <Box background="neutral0" padding={4} shadow="tableShadow" hasRadius>
              <Typography tag="p">
                Theo kế hoạch{d.rule.clause ? ` (mục ${d.rule.clause})` : ''}, duy trì là{' '}
                {d.rule.consecutive
                  ? 'giữ được danh hiệu của năm liền trước'
                  : 'đã đạt danh hiệu ở một năm trước'}
                ; chỉ tiêu xây dựng {d.rule.countsToTargets ? 'tính cả' : 'chỉ tính'} đơn vị{' '}
                {d.rule.countsToTargets ? 'duy trì' : 'công nhận mới'}. Năm {d.year}: công nhận mới{' '}
                {d.titles.recognised}, duy trì {d.titles.maintained}.
              </Typography>
            </Box>
            {d.rows.length === 0 && (
              <Typography tag="p">Không có đơn vị nào giữ danh hiệu năm {d.year - 1}.</Typography>
            )}
            <RecordTable
              rows={d.rows}
              rowKey={(r) => r.unit.code}
              columns={[
                { label: 'Đơn vị', cell: (r) => `${kindLabel(r.unit.kind)} ${r.unit.name}` },
                { label: 'Số năm liền giữ danh hiệu', cell: (r) => r.heldYears },
                {
                  label: 'Hồ sơ năm nay',
                  cell: (r) => (r.state ? stateLabel(r.state) : 'Chưa đăng ký'),
                },
                { label: 'Tình trạng', cell: (r) => maintenanceStatusLabels[r.status] },
                {
                  label: 'Cần xem xét',
                  cell: (r) =>
                    r.flags.length ? (
                      <Badge>Mất danh hiệu An toàn về an ninh, trật tự năm {d.year}</Badge>
                    ) : (
                      ''
                    ),
                },
                {
                  label: 'Xem xét danh hiệu',
                  cell: (r) => (
                    <TitleReviewActions
                      row={r}
                      canOpen={canOpen}
                      canClose={canClose}
                      busy={busy}
                      onOpen={openReview(r.unit.code)}
                      onClose={closeReview}
                    />
                  ),
                },
              ]}
            />
          </Flex>
        )}
      </Layouts.Content>
    </Page.Main>
  );
};

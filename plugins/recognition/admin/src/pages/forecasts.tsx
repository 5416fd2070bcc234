// The province's forecast of its year: each unit still in the running with the result its
// expected-results report announced (to achieve, to maintain, not this year), or "not yet", and
// the counts against the plan's date for the report.
import { Box, Flex, Typography } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { useCallback, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { stateLabel } from '../../../shared/domain/states';
import { schemas, useApi } from '../api/client';
import { JurisdictionYear, initialScope, type Scope } from '../components/jurisdiction-year';
import { Nav } from '../components/nav';
import { NoticeBar } from '../components/notice-bar';
import { RecordTable } from '../components/record-table';
import { useLoad, useNotice } from '../hooks/page-data';

const dmy = (iso: string) => iso.slice(0, 10).split('-').reverse().join('/');

export const ForecastsPage = () => {
  const api = useApi();
  const [params] = useSearchParams();
  const [scope, setScope] = useState<Scope>(() => initialScope(params));
  const notice = useNotice();
  const load = useCallback(
    () =>
      scope.jurisdiction
        ? api.get(
            `/recognition/forecasts?jurisdiction=${scope.jurisdiction}&year=${scope.year}`,
            schemas.forecastYear,
          )
        : null,
    [api, scope],
  );
  const { data } = useLoad(load, notice.fail);
  return (
    <Page.Main>
      <Page.Title>Dự kiến kết quả</Page.Title>
      <Layouts.Header
        title="Dự kiến kết quả"
        subtitle="Báo cáo dự kiến kết quả đạt, duy trì điển hình của các đơn vị, theo thời hạn của kế hoạch."
      />
      <Layouts.Content>
        <Nav here="/plugins/recognition/forecasts" />
        <JurisdictionYear value={scope} onChange={setScope} />
        <NoticeBar notice={notice.notice} onClose={notice.clear} paddingTop={4} paddingBottom={4} />
        {data && (
          <Flex direction="column" alignItems="stretch" gap={4}>
            <Box background="neutral0" padding={4} shadow="tableShadow" hasRadius>
              <Typography tag="p">
                {data.deadline
                  ? `${data.deadline.label}: trước ngày ${dmy(data.deadline.date)} (mục ${data.deadline.clause}).`
                  : 'Kế hoạch không đặt thời hạn báo cáo dự kiến kết quả.'}
              </Typography>
              <Typography tag="p" fontWeight="bold">
                Dự kiến đạt: {data.counts.achieve} · duy trì: {data.counts.maintain} · năm nay chưa
                đạt: {data.counts.not_this_year} · chưa báo cáo: {data.counts.missing}
              </Typography>
            </Box>
            <RecordTable
              rows={data.units}
              rowKey={(r) => r.documentId}
              columns={[
                { label: 'Đơn vị', cell: (r) => `${r.unit.name} (${r.unit.code})` },
                { label: 'Trạng thái', cell: (r) => stateLabel(r.state) },
                {
                  label: 'Dự kiến',
                  cell: (r) =>
                    r.forecast
                      ? `${r.forecast.label} (${dmy(r.forecast.at)})${r.forecast.note ? `: ${r.forecast.note}` : ''}`
                      : 'Chưa báo cáo',
                },
              ]}
            />
          </Flex>
        )}
      </Layouts.Content>
    </Page.Main>
  );
};

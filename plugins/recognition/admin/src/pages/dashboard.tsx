// Dashboard of a jurisdiction's year: targets against achievements (bars), registrations by
// state (bars), upcoming deadlines, the XLSX reports, and the staff member's work waiting.
import { displayDate } from '../../../server/src/domain/vietnam-time';
import { Box, Grid, Typography } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import type { z } from 'zod';
import { schemas, useApi } from '../api/client';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { JurisdictionYear, initialScope, type Scope } from '../components/jurisdiction-year';
import { stateLabel } from '../../../server/src/domain/states';
import { errorText } from '../components/feedback';
import { Nav } from '../components/nav';
import { NoticesPanel } from '../components/notices';
import { ReportsPanel } from '../components/reports-panel';

type Overview = z.infer<typeof schemas.dashboard>;

const Bars = ({ rows }: { rows: { label: string; value: number; max: number; color: string; note?: string }[] }) => {
  const width = 520;
  const rowHeight = 30;
  return (
    <svg width={width} height={rows.length * rowHeight} role="img">
      {rows.map((r, i) => {
        const w = r.max > 0 ? Math.min(1, r.value / r.max) * 260 : 0;
        return (
          <g key={r.label} transform={`translate(0, ${i * rowHeight})`}>
            <text x={0} y={19} fontSize={13} fill="#32324d">{r.label.length > 34 ? `${r.label.slice(0, 33)}…` : r.label}</text>
            <rect x={250} y={6} width={260} height={16} fill="#eaeaef" rx={3} />
            <rect x={250} y={6} width={w} height={16} fill={r.color} rx={3} />
            <text x={256} y={19} fontSize={12} fill="#fff" fontWeight={700}>{r.note ?? r.value}</text>
          </g>
        );
      })}
    </svg>
  );
};

export const DashboardPage = () => {
  const api = useApi();
  const [params] = useSearchParams();
  const [scope, setScope] = useState<Scope>(() => initialScope(params));
  const [data, setData] = useState<Overview | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!scope.jurisdiction) return;
    api
      .get(`/recognition/dashboard?jurisdiction=${scope.jurisdiction}&year=${scope.year}`, schemas.dashboard)
      .then(setData)
      .catch((e: any) => setError(errorText(e)));
  }, [api, scope]);

  const states = Object.entries(data?.registrationsByState ?? {});
  const maxState = Math.max(1, ...states.map(([, n]) => n));
  return (
    <Page.Main>
      <Page.Title>Bảng theo dõi</Page.Title>
      <Layouts.Header
        title="Bảng theo dõi"
        subtitle={data?.plan ? `Theo Kế hoạch số ${data.plan.number}` : 'Chỉ tiêu, tiến độ và thời hạn'}
      />
      <Layouts.Content>
        <Nav here="/plugins/recognition/dashboard" />
        <JurisdictionYear value={scope} onChange={setScope} />
        <NoticesPanel />
        {error && <Typography textColor="danger600">{error}</Typography>}
        {data && (
          <Grid.Root gap={6} paddingTop={6}>
            <Grid.Item col={12} direction="column" alignItems="stretch">
              <Box background="neutral0" padding={6} shadow="tableShadow" hasRadius>
                <Typography variant="delta" tag="h2">Chỉ tiêu năm {scope.year}</Typography>
                <Box paddingTop={4}>
                  <Bars rows={data.targets.map((t) => ({ label: t.label, value: t.achieved, max: t.minimum, color: t.met ? '#328048' : '#d02b20', note: `${t.achieved}/${t.minimum}` }))} />
                </Box>
              </Box>
            </Grid.Item>
            <Grid.Item col={6} direction="column" alignItems="stretch">
              <Box background="neutral0" padding={6} shadow="tableShadow" hasRadius>
                <Typography variant="delta" tag="h2">Hồ sơ theo trạng thái ({data.registrations})</Typography>
                <Box paddingTop={4}>
                  {states.length ? <Bars rows={states.map(([s, n]) => ({ label: stateLabel(s), value: n, max: maxState, color: '#4945ff' }))} /> : <Typography>Chưa có hồ sơ.</Typography>}
                </Box>
              </Box>
            </Grid.Item>
            <Grid.Item col={6} direction="column" alignItems="stretch">
              <Box background="neutral0" padding={6} shadow="tableShadow" hasRadius>
                <Typography variant="delta" tag="h2">Thời hạn sắp tới</Typography>
                {data.upcomingDeadlines.map((d) => (
                  <Box key={`${d.kind}-${d.date}`} paddingTop={3}>
                    <Typography fontWeight="bold">{displayDate(d.date)}</Typography> <Typography>{d.label} (mục {d.clause})</Typography>
                  </Box>
                ))}
                {!data.upcomingDeadlines.length && <Typography>Không còn thời hạn nào trong năm.</Typography>}
              </Box>
            </Grid.Item>
            {data.reports.length > 0 && (
              <Grid.Item col={12} direction="column" alignItems="stretch">
                <ReportsPanel scope={scope} reports={data.reports} onError={setError} />
              </Grid.Item>
            )}
          </Grid.Root>
        )}
      </Layouts.Content>
    </Page.Main>
  );
};

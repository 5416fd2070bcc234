// Dashboard of a jurisdiction's year: targets against achievements (bars), registrations by
// state (bars), upcoming deadlines, the XLSX reports, and the staff member's work waiting.
import { displayDate } from '../../../shared/domain/vietnam-time';
import { Box, Grid, Typography } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import type { z } from 'zod';
import { schemas, useApi } from '../api/client';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { JurisdictionYear, initialScope, type Scope } from '../components/jurisdiction-year';
import { stateLabel } from '../../../shared/domain/states';
import { errorText } from '../components/feedback';
import { Nav } from '../components/nav';
import { NoticesPanel } from '../components/notices';
import { ReportsPanel } from '../components/reports-panel';

type Overview = z.infer<typeof schemas.dashboard>;

/**
 * Horizontal bars as HTML: the whole label wraps instead of being cut, and the figure sits beside
 * the bar in the page's text colour (#32324d on white, 12.4:1), never white on a light track.
 */
const Bars = ({
  rows,
}: {
  rows: { label: string; value: number; max: number; color: string; note?: string }[];
}) => (
  <ul style={{ listStyle: 'none', padding: 0, margin: 0, maxWidth: '44rem' }}>
    {rows.map((r) => {
      const pct = r.max > 0 ? Math.min(1, r.value / r.max) * 100 : 0;
      return (
        <li
          key={r.label}
          style={{
            display: 'grid',
            gridTemplateColumns: 'minmax(10rem, 1fr) minmax(8rem, 16rem) 4.5rem',
            gap: '0.75rem',
            alignItems: 'center',
            padding: '4px 0',
          }}
        >
          <span style={{ color: '#32324d', fontSize: 13, overflowWrap: 'anywhere' }}>
            {r.label}
          </span>
          <span
            role="meter"
            aria-label={r.label}
            aria-valuenow={r.value}
            aria-valuemin={0}
            aria-valuemax={r.max}
            style={{ display: 'block', background: '#eaeaef', borderRadius: 3, height: 16 }}
          >
            <span
              style={{
                display: 'block',
                width: `${pct}%`,
                height: '100%',
                background: r.color,
                borderRadius: 3,
              }}
            />
          </span>
          <span style={{ color: '#32324d', fontWeight: 700, fontSize: 13 }}>
            {r.note ?? r.value}
          </span>
        </li>
      );
    })}
  </ul>
);

export const DashboardPage = () => {
  const api = useApi();
  const [params] = useSearchParams();
  const [scope, setScope] = useState<Scope>(() => initialScope(params));
  const [data, setData] = useState<Overview | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!scope.jurisdiction) return;
    api
      .get(
        `/recognition/dashboard?jurisdiction=${scope.jurisdiction}&year=${scope.year}`,
        schemas.dashboard,
      )
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
        subtitle={
          data?.plan ? `Theo Kế hoạch số ${data.plan.number}` : 'Chỉ tiêu, tiến độ và thời hạn'
        }
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
                <Typography variant="delta" tag="h2">
                  Chỉ tiêu năm {scope.year}
                </Typography>
                <Box paddingTop={4}>
                  <Bars
                    rows={data.targets.map((t) => ({
                      label: t.label,
                      value: t.achieved,
                      max: t.minimum,
                      color: t.met ? '#328048' : '#d02b20',
                      note: data.selection
                        ? `${t.achieved}/${t.minimum} đạt · ${t.selected} được lựa chọn xây dựng`
                        : `${t.achieved}/${t.minimum}`,
                    }))}
                  />
                </Box>
              </Box>
            </Grid.Item>
            <Grid.Item col={6} direction="column" alignItems="stretch">
              <Box background="neutral0" padding={6} shadow="tableShadow" hasRadius>
                <Typography variant="delta" tag="h2">
                  Hồ sơ theo trạng thái ({data.registrations})
                </Typography>
                <Box paddingTop={4}>
                  {states.length ? (
                    <Bars
                      rows={states.map(([s, n]) => ({
                        label: stateLabel(s),
                        value: n,
                        max: maxState,
                        color: '#4945ff',
                      }))}
                    />
                  ) : (
                    <Typography>Chưa có hồ sơ.</Typography>
                  )}
                </Box>
              </Box>
            </Grid.Item>
            <Grid.Item col={6} direction="column" alignItems="stretch">
              <Box background="neutral0" padding={6} shadow="tableShadow" hasRadius>
                <Typography variant="delta" tag="h2">
                  Thời hạn sắp tới
                </Typography>
                {data.upcomingDeadlines.map((d) => (
                  <Box key={`${d.kind}-${d.date}`} paddingTop={3}>
                    <Typography fontWeight="bold">{displayDate(d.date)}</Typography>{' '}
                    <Typography>
                      {d.label} (mục {d.clause})
                    </Typography>
                  </Box>
                ))}
                {!data.upcomingDeadlines.length && (
                  <Typography>Không còn thời hạn nào trong năm.</Typography>
                )}
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

// The nation's year for the ministry and for staff with several provinces: the totals, a line per
// province in the caller's scope (each opening that province's dashboard), and the national
// annual report as XLSX, streamed by the server.
import {
  Box,
  Button,
  Field,
  Flex,
  Link,
  SingleSelect,
  SingleSelectOption,
  Typography,
} from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { z } from 'zod';
import { stateLabel } from '../../../shared/domain/states';
import { schemas, useApi } from '../api/client';
import { errorText } from '../components/feedback';
import { currentYear } from '../components/jurisdiction-year';
import { Nav } from '../components/nav';
import { RecordTable } from '../components/record-table';

type National = z.infer<typeof schemas.nationalDashboard>;
const number = (n: number) => n.toLocaleString('vi-VN');

export const NationalPage = () => {
  const api = useApi();
  const [params] = useSearchParams();
  const [year, setYear] = useState(() => Number(params.get('year')) || currentYear());
  const [data, setData] = useState<National | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    setData(null);
    api
      .get(`/recognition/national/dashboard?year=${year}`, schemas.nationalDashboard)
      .then(setData)
      .catch((e: any) => setError(errorText(e)));
  }, [api, year]);

  const download = () => {
    setSaving(true);
    api
      .save(
        `/recognition/national/reports/annual?year=${year}`,
        `bao-cao-nam-toan-quoc-${year}.xlsx`,
      )
      .catch((e: any) => setError(errorText(e)))
      .finally(() => setSaving(false));
  };

  return (
    <Page.Main>
      <Page.Title>Toàn quốc</Page.Title>
      <Layouts.Header
        title="Toàn quốc"
        subtitle="Các tỉnh / thành phố trong phạm vi được giao: hồ sơ, đơn vị đạt điển hình và chỉ tiêu của năm"
        primaryAction={
          <Button variant="secondary" loading={saving} onClick={download}>
            Tải báo cáo năm (XLSX)
          </Button>
        }
      />
      <Layouts.Content>
        <Nav here="/plugins/recognition/national" />
        <Field.Root name="year">
          <Field.Label>Năm</Field.Label>
          <SingleSelect value={String(year)} onChange={(v: string | number) => setYear(Number(v))}>
            {Array.from({ length: 6 }, (_, i) => currentYear() + 1 - i).map((y) => (
              <SingleSelectOption key={y} value={String(y)}>
                {String(y)}
              </SingleSelectOption>
            ))}
          </SingleSelect>
        </Field.Root>
        {error && <Typography textColor="danger600">{error}</Typography>}
        {!data && !error && <Page.Loading>Đang tải…</Page.Loading>}
        {data && (
          <Box paddingTop={6}>
            <Flex gap={6} wrap="wrap" paddingBottom={4}>
              <Typography>
                {number(data.totals.provinces)} tỉnh / thành phố, {number(data.totals.withPlan)} có
                kế hoạch cho năm {data.year}
              </Typography>
              <Typography>{number(data.totals.registrations)} hồ sơ</Typography>
              <Typography fontWeight="bold">
                {number(data.totals.achieved)} đơn vị đạt điển hình
              </Typography>
              <Typography>
                {number(data.totals.meetingEveryTarget)} tỉnh / thành phố đạt mọi chỉ tiêu
              </Typography>
            </Flex>
            <Typography variant="pi" textColor="neutral600">
              {Object.entries(data.totals.registrationsByState)
                .map(([s, n]) => `${stateLabel(s)}: ${number(n)}`)
                .join(' · ') || 'Chưa có hồ sơ.'}
            </Typography>
            <Box paddingTop={4} background="neutral0" shadow="tableShadow" hasRadius>
              <RecordTable
                rows={data.provinces}
                rowKey={(p) => p.slug}
                columns={[
                  {
                    label: 'Tỉnh / thành phố',
                    cell: (p) => (
                      <Link
                        href={`/admin/plugins/recognition/dashboard?jurisdiction=${p.slug}&year=${data.year}`}
                      >
                        {p.name}
                      </Link>
                    ),
                  },
                  { label: 'Kế hoạch', cell: (p) => (p.plan ? `Số ${p.plan.number}` : 'Chưa có') },
                  { label: 'Hồ sơ', cell: (p) => number(p.registrations) },
                  { label: 'Đạt điển hình', cell: (p) => number(p.achieved) },
                  {
                    label: 'Chỉ tiêu đạt',
                    cell: (p) => (p.targets ? `${p.targetsMet}/${p.targets}` : '—'),
                  },
                ]}
              />
            </Box>
          </Box>
        )}
      </Layouts.Content>
    </Page.Main>
  );
};

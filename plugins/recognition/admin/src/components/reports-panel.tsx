// The year's periodic reports on the dashboard: each counted up to its cut-off day (the plan's
// default, or a day the user picks), downloaded as XLSX or as the official-format PDF.
import { Box, Button, Field, Flex, TextInput, Typography } from '@strapi/design-system';
import { useEffect, useState } from 'react';
import type { z } from 'zod';
import { schemas, useApi } from '../api/client';
import type { Scope } from './jurisdiction-year';

type Report = z.infer<typeof schemas.dashboard>['reports'][number];
const stems: Record<Report['period'], string> = {
  'six-month': 'bao-cao-6-thang',
  annual: 'bao-cao-nam',
  implementation: 'bao-cao-trien-khai',
};

export const ReportsPanel = ({
  scope,
  reports,
  onError,
}: {
  scope: Scope;
  reports: Report[];
  onError: (text: string) => void;
}) => {
  const api = useApi();
  const [cutOffs, setCutOffs] = useState<Record<string, string>>({});
  useEffect(
    () => setCutOffs(Object.fromEntries(reports.map((r) => [r.period, r.cutOff]))),
    [reports],
  );
  const download = (r: Report, format: 'xlsx' | 'pdf') =>
    api
      .save(
        `/recognition/reports/${r.period}?jurisdiction=${scope.jurisdiction}&year=${scope.year}&cutOff=${cutOffs[r.period] ?? r.cutOff}&format=${format}`,
        `${stems[r.period]}-${scope.jurisdiction}-${scope.year}.${format}`,
      )
      .catch((e: any) =>
        onError(`Không xuất được ${r.label.toLocaleLowerCase('vi-VN')}: ${e?.message ?? e}`),
      );
  return (
    <Box background="neutral0" padding={6} shadow="tableShadow" hasRadius>
      <Typography variant="delta" tag="h2">
        Báo cáo
      </Typography>
      {reports.map((r) => (
        <Flex key={r.period} gap={3} paddingTop={4} alignItems="flex-end" wrap="wrap">
          <Field.Root name={`cutOff-${r.period}`} hint="Số liệu tính đến hết ngày này.">
            <Field.Label>{r.label}: tính đến ngày</Field.Label>
            <TextInput
              type="date"
              value={cutOffs[r.period] ?? r.cutOff}
              onChange={(e: any) => setCutOffs((c) => ({ ...c, [r.period]: e.target.value }))}
            />
            <Field.Hint />
          </Field.Root>
          <Button variant="secondary" onClick={() => download(r, 'xlsx')}>
            XLSX
          </Button>
          <Button variant="secondary" onClick={() => download(r, 'pdf')}>
            PDF
          </Button>
        </Flex>
      ))}
    </Box>
  );
};

// Admin page: import a jurisdiction's units, its officers' and council members' accounts (each
// new person invited by e-mail), or its units' results of a year, from CSV or XLSX. "Kiểm tra" validates without writing;
// "Nhập" asks for confirmation, then writes all rows or none.
import {
  Alert,
  Box,
  Button,
  Field,
  Flex,
  SingleSelect,
  SingleSelectOption,
} from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import type { z } from 'zod';
import { schemas, useApi } from '../api/client';
import { ConfirmDialog, errorText } from '../components/feedback';
import { ImportReportView, type ImportReport } from '../components/import-report';
import { Nav } from '../components/nav';
import { useEffect, useState } from 'react';

type Report = ImportReport;
type What = 'units' | 'accounts' | 'results';
const routes: Record<What, string> = {
  units: '/recognition/units/import',
  accounts: '/recognition/accounts/import',
  results: '/recognition/results/import',
};

const kinds: Record<What, { label: string; subtitle: string; confirm: string }> = {
  units: {
    label: 'Đơn vị',
    subtitle: 'Cột: kind, name, code (tùy chọn: formed_from, managing_commune_code, active).',
    confirm: 'Đơn vị đã có (cùng mã) sẽ được cập nhật.',
  },
  accounts: {
    label: 'Tài khoản cán bộ đơn vị, xã, sở và thành viên hội đồng',
    subtitle:
      'Cột: full_name, email, role (cán bộ đơn vị / cán bộ xã, phường / cán bộ sở, ban, ngành / thành viên hội đồng), unit_code (bắt buộc với cán bộ: mã đơn vị, mã xã hoặc mã sở). Mỗi tài khoản mới nhận thư mời đặt mật khẩu.',
    confirm: 'Mỗi tài khoản mới sẽ nhận thư mời đặt mật khẩu; tài khoản đã có được giữ nguyên.',
  },
  results: {
    label: 'Kết quả năm của đơn vị',
    subtitle:
      'Cột: unit_code, antt_safe (có / không: đạt "An toàn về an ninh, trật tự"), tùy chọn: antt_decision_ref, classification (xuất sắc, khá, trung bình, yếu), classification_ref. Điều kiện đăng ký năm sau đọc kết quả này.',
    confirm: 'Kết quả đã có của đơn vị trong năm sẽ được cập nhật.',
  },
};
type Jurisdiction = z.infer<typeof schemas.jurisdictionList>[number];

export const ImportUnitsPage = () => {
  const api = useApi();
  const [jurisdictions, setJurisdictions] = useState<Jurisdiction[]>([]);
  const [jurisdiction, setJurisdiction] = useState<string>('');
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [what, setWhat] = useState<What>('units');
  const [year, setYear] = useState(String(new Date().getFullYear() - 1));

  useEffect(() => {
    api.get('/recognition/jurisdictions', schemas.jurisdictionList).then(setJurisdictions);
  }, [api]);

  const send = async (dryRun: boolean) => {
    if (!file || !jurisdiction) return;
    setBusy(true);
    setError(null);
    setReport(null);
    const form = new FormData();
    form.append('file', file);
    form.append('jurisdiction', jurisdiction);
    form.append('dryRun', String(dryRun));
    if (what === 'results') form.append('year', year);
    try {
      const schema =
        what === 'units'
          ? schemas.importReport
          : what === 'accounts'
            ? schemas.accountImportReport
            : schemas.resultImportReport;
      setReport((await api.post(routes[what], form, schema as never)) as Report);
    } catch (e: any) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page.Main>
      <Page.Title>Nhập danh sách</Page.Title>
      <Layouts.Header
        title="Nhập danh sách"
        subtitle={`Tệp CSV hoặc XLSX, dòng đầu là tiêu đề. ${kinds[what].subtitle} Có lỗi ở bất kỳ dòng nào thì không nhập gì.`}
      />
      <Layouts.Content>
        <Nav here="/plugins/recognition/import" />
        <Box background="neutral0" padding={6} shadow="tableShadow" hasRadius>
          <Flex direction="column" alignItems="stretch" gap={4}>
            <Field.Root name="what" required>
              <Field.Label>Danh sách</Field.Label>
              <SingleSelect
                value={what}
                onChange={(v: string | number) => {
                  setWhat(v as What);
                  setReport(null);
                }}
              >
                {(Object.keys(kinds) as What[]).map((k) => (
                  <SingleSelectOption key={k} value={k}>
                    {kinds[k].label}
                  </SingleSelectOption>
                ))}
              </SingleSelect>
            </Field.Root>
            <Field.Root name="jurisdiction" required>
              <Field.Label>Tỉnh / thành phố</Field.Label>
              <SingleSelect
                value={jurisdiction}
                onChange={(v: string | number) => setJurisdiction(String(v))}
                placeholder="Chọn tỉnh / thành phố"
              >
                {jurisdictions.map((j) => (
                  <SingleSelectOption key={j.slug} value={j.slug}>
                    {j.name}
                  </SingleSelectOption>
                ))}
              </SingleSelect>
            </Field.Root>
            {what === 'results' && (
              <Field.Root name="year" required hint="Năm của kết quả (năm trước năm đăng ký).">
                <Field.Label>Năm</Field.Label>
                <input
                  type="number"
                  min={2000}
                  max={2100}
                  value={year}
                  onChange={(e) => setYear(e.target.value)}
                  aria-label="Năm của kết quả"
                />
                <Field.Hint />
              </Field.Root>
            )}
            <Field.Root name="file" required>
              <Field.Label>Tệp danh sách</Field.Label>
              <input
                type="file"
                accept=".csv,.xlsx"
                onChange={(e) => setFile(e.target.files?.[0] ?? null)}
              />
            </Field.Root>
            <Flex gap={2}>
              <Button
                variant="secondary"
                disabled={!file || !jurisdiction || busy}
                loading={busy}
                onClick={() => send(true)}
              >
                Kiểm tra
              </Button>
              <Button disabled={!file || !jurisdiction || busy} onClick={() => setConfirming(true)}>
                Nhập
              </Button>
            </Flex>
          </Flex>
        </Box>

        <ConfirmDialog
          open={confirming}
          onClose={() => setConfirming(false)}
          title={`Xác nhận nhập: ${kinds[what].label.toLocaleLowerCase('vi-VN')}`}
          confirm="Nhập"
          onConfirm={() => {
            setConfirming(false);
            void send(false);
          }}
        >
          Ghi danh sách trong tệp {file?.name} vào{' '}
          {jurisdictions.find((j) => j.slug === jurisdiction)?.name}? {kinds[what].confirm}
        </ConfirmDialog>

        <Box paddingTop={6}>
          {error && (
            <Alert closeLabel="Đóng" title="Không nhập được" variant="danger">
              {error}
            </Alert>
          )}
          {report && <ImportReportView report={report} />}
        </Box>
      </Layouts.Content>
    </Page.Main>
  );
};

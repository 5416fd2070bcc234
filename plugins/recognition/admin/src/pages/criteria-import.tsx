// Admin page: an editor imports a criteria set (Bộ tiêu chí) from JSON in the published schema,
// or from CSV / XLSX with the set's own fields typed here. "Kiểm tra" checks without writing;
// "Nhập" asks first, then stores the whole set as one new version, or nothing.
import {
  Alert,
  Box,
  Button,
  Checkbox,
  Field,
  Flex,
  SingleSelect,
  SingleSelectOption,
  TextInput,
} from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { useEffect, useState } from 'react';
import type { z } from 'zod';
import { schemas, useApi } from '../api/client';
import { ConfirmDialog, errorText } from '../components/feedback';
import { Nav } from '../components/nav';
import { RecordTable } from '../components/record-table';
import { unitKinds } from '../../../shared/domain/labels/unit-kinds';

type Report = z.infer<typeof schemas.criteriaImportReport>;
type Problem = Report['problems'][number];
// The kinds a set applies to, named as targets and counts name them.
const kindLabels = unitKinds;
const fields = [
  ['code', 'Mã bộ tiêu chí', 'ví dụ BTC-XA-3554'],
  ['title', 'Tên bộ tiêu chí', ''],
  ['legalBasis', 'Căn cứ', 'ví dụ Quyết định số 3554/QĐ-BCA-V05 ngày 19/5/2025 của Bộ Công an'],
  ['effectiveFrom', 'Có hiệu lực từ ngày', 'YYYY-MM-DD'],
  ['minTotal', 'Điểm tối thiểu để đạt', 'ví dụ 80 (để trống nếu không có)'],
] as const;

export const CriteriaImportPage = () => {
  const api = useApi();
  const [jurisdictions, setJurisdictions] = useState<{ name: string; slug: string }[]>([]);
  const [owner, setOwner] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [values, setValues] = useState<Record<string, string>>({});
  const [kinds, setKinds] = useState<string[]>([]);
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const table = !!file && !file.name.toLowerCase().endsWith('.json');

  useEffect(() => {
    api.get('/recognition/jurisdictions', schemas.jurisdictionList).then(setJurisdictions);
  }, [api]);

  const send = async (dryRun: boolean) => {
    if (!file) return;
    setBusy(true);
    setError(null);
    setReport(null);
    const form = new FormData();
    form.append('file', file);
    if (owner) form.append('jurisdiction', owner);
    form.append('dryRun', String(dryRun));
    if (table) {
      for (const [k, v] of Object.entries(values)) if (v) form.append(k, v);
      form.append('kinds', kinds.join(','));
    }
    try {
      setReport(
        await api.post('/recognition/criteria-sets/import', form, schemas.criteriaImportReport),
      );
    } catch (e: any) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page.Main>
      <Page.Title>Nhập bộ tiêu chí</Page.Title>
      <Layouts.Header
        title="Nhập bộ tiêu chí"
        subtitle="Tệp .json theo lược đồ data/criteria/criteria-set.schema.json, hoặc .csv / .xlsx theo tệp mẫu data/criteria/criteria-template.csv (mỗi dòng một tiêu chí hoặc một nội dung con). Có lỗi ở bất kỳ đâu thì không nhập gì; nhập thành công là một phiên bản mới, không sửa bộ đã có."
      />
      <Layouts.Content>
        <Nav here="/plugins/recognition/criteria-import" />
        <Box background="neutral0" padding={6} shadow="tableShadow" hasRadius>
          <Flex direction="column" alignItems="stretch" gap={4}>
            <Field.Root
              name="owner"
              hint="Để trống: bộ tiêu chí dùng chung toàn quốc (cần quyền mọi tỉnh)."
            >
              <Field.Label>Của tỉnh / thành phố</Field.Label>
              <SingleSelect value={owner} onChange={(v: string | number) => setOwner(String(v))}>
                <SingleSelectOption value="">Dùng chung toàn quốc</SingleSelectOption>
                {jurisdictions.map((j) => (
                  <SingleSelectOption key={j.slug} value={j.slug}>
                    {j.name}
                  </SingleSelectOption>
                ))}
              </SingleSelect>
              <Field.Hint />
            </Field.Root>
            <Field.Root name="file" required>
              <Field.Label>Tệp bộ tiêu chí</Field.Label>
              <input
                type="file"
                accept=".json,.csv,.xlsx"
                onChange={(e) => (setFile(e.target.files?.[0] ?? null), setReport(null))}
              />
            </Field.Root>
            {table &&
              fields.map(([key, label, hint]) => (
                <Field.Root key={key} name={key} hint={hint} required={key !== 'minTotal'}>
                  <Field.Label>{label}</Field.Label>
                  <TextInput
                    value={values[key] ?? ''}
                    onChange={(e: any) => setValues((v) => ({ ...v, [key]: e.target.value }))}
                  />
                  <Field.Hint />
                </Field.Root>
              ))}
            {table && (
              <Flex gap={4} wrap="wrap" role="group" aria-label="Loại đơn vị áp dụng">
                {(Object.keys(kindLabels) as (keyof typeof kindLabels)[]).map((k) => (
                  <Checkbox
                    key={k}
                    checked={kinds.includes(k)}
                    onCheckedChange={(on: boolean) =>
                      setKinds((ks) => (on ? [...ks, k] : ks.filter((x) => x !== k)))
                    }
                  >
                    {kindLabels[k]}
                  </Checkbox>
                ))}
              </Flex>
            )}
            <Flex gap={2}>
              <Button variant="secondary" disabled={!file || busy} onClick={() => send(true)}>
                Kiểm tra
              </Button>
              <Button disabled={!file || busy} onClick={() => setConfirming(true)}>
                Nhập
              </Button>
            </Flex>
            {error && (
              <Alert closeLabel="Đóng" title="Không nhập được" variant="danger">
                {error}
              </Alert>
            )}
            {report?.ok && report.created && (
              <Alert
                closeLabel="Đóng"
                variant="success"
                title={report.dryRun ? 'Tệp hợp lệ (chưa ghi gì)' : 'Đã nhập'}
              >
                {`${report.created.code} phiên bản ${report.created.version}: ${report.created.groups} nhóm, ${report.created.criteria} tiêu chí.`}
              </Alert>
            )}
            {report && !report.ok && (
              <>
                <Alert closeLabel="Đóng" title="Không nhập gì" variant="danger">
                  {report.problems.length} lỗi. Sửa tệp rồi thử lại.
                </Alert>
                <RecordTable<Problem>
                  rows={report.problems}
                  rowKey={(_, i) => String(i)}
                  columns={[
                    { label: 'Dòng', cell: (p) => p.line ?? '' },
                    { label: 'Ở đâu', cell: (p) => p.where },
                    { label: 'Lý do', cell: (p) => p.reason },
                  ]}
                />
              </>
            )}
          </Flex>
        </Box>
        <ConfirmDialog
          open={confirming}
          onClose={() => setConfirming(false)}
          title="Xác nhận nhập bộ tiêu chí"
          confirm="Nhập"
          onConfirm={() => {
            setConfirming(false);
            void send(false);
          }}
        >
          Lưu bộ tiêu chí trong tệp {file?.name} thành một phiên bản mới
          {owner
            ? ` của ${jurisdictions.find((j) => j.slug === owner)?.name}`
            : ' dùng chung toàn quốc'}
          ? Hồ sơ đã chấm theo phiên bản cũ không đổi.
        </ConfirmDialog>
      </Layouts.Content>
    </Page.Main>
  );
};

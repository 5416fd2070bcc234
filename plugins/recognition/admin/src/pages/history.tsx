// A province's year in the keyed audit log: every transition, score edit and content change,
// filtered by unit (name or code) and action, a page at a time, each change field by field; a
// check of the whole chain; and the export of the year (XLSX, signed PDF annex).
import {
  Box,
  Button,
  Field,
  Flex,
  SingleSelect,
  SingleSelectOption,
  TextInput,
  Typography,
} from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import type { z } from 'zod';
import { schemas, useApi } from '../api/client';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { NoticeBar } from '../components/notice-bar';
import { useNotice } from '../hooks/page-data';
import { Nav } from '../components/nav';
import { AuditEvents } from '../components/audit-events';
import { actionFilters } from '../../../shared/domain/states';
import { JurisdictionYear, initialScope, type Scope } from '../components/jurisdiction-year';

type Page = {
  events: z.infer<typeof schemas.auditPage>;
  total: number;
  page: number;
  pageCount: number;
};
const PAGE_SIZE = 50;

export const HistoryPage = () => {
  const api = useApi();
  const [params, setParams] = useSearchParams();
  const [unit, setUnit] = useState(params.get('unit') ?? '');
  const [action, setAction] = useState(params.get('action') ?? '');
  const [result, setResult] = useState<Page | null>(null);
  const notice = useNotice();
  const [scope, setScope] = useState<Scope>(() => initialScope(params));
  const [exporting, setExporting] = useState(false);
  const exportLog = (format: 'xlsx' | 'pdf') => {
    setExporting(true);
    api
      .save(
        `/recognition/audit/export?jurisdiction=${scope.jurisdiction}&year=${scope.year}&format=${format}`,
        `${format === 'pdf' ? 'phu-luc-' : ''}nhat-ky-${scope.jurisdiction}-${scope.year}.${format}`,
      )
      .catch(notice.fail)
      .finally(() => setExporting(false));
  };

  const load = (page = 1) => {
    if (!scope.jurisdiction) return;
    const q = new URLSearchParams({
      jurisdiction: scope.jurisdiction,
      year: String(scope.year),
      page: String(page),
      pageSize: String(PAGE_SIZE),
      ...(unit ? { unit } : {}),
      ...(action ? { action } : {}),
    });
    api
      .page(`/recognition/audit/events?${q}`, schemas.auditPage)
      .then(({ items, pagination }) => {
        setResult({
          events: items,
          total: pagination.total,
          page: pagination.page,
          pageCount: pagination.pageCount,
        });
        setParams({
          jurisdiction: scope.jurisdiction,
          year: String(scope.year),
          ...(unit ? { unit } : {}),
          ...(action ? { action } : {}),
        });
      })
      .catch(notice.fail);
  };
  // The year shows as soon as the province is known, and again when the province or year changes.
  useEffect(() => load(1), [scope.jurisdiction, scope.year]);
  const events = result?.events ?? null;

  // The check runs in steps of about 20 s, each resuming where the last stopped, with its progress shown.
  const [checking, setChecking] = useState<string | null>(null);
  const verify = async (from?: string): Promise<void> => {
    try {
      const v = await api.get(
        `/recognition/audit/verify${from ? `?from=${encodeURIComponent(from)}` : ''}`,
        schemas.auditVerdict,
      );
      if (!v.done && v.resume) {
        setChecking(
          `Đang kiểm tra: ${v.count.toLocaleString('vi-VN')} / ${v.total.toLocaleString('vi-VN')} sự kiện`,
        );
        return await verify(v.resume);
      }
      notice.show(
        v.ok
          ? {
              kind: 'success',
              text: `Chuỗi nhật ký nguyên vẹn: ${v.count} sự kiện${v.anchoredSeq ? `, khớp mốc neo đến sự kiện số ${v.anchoredSeq}` : ''}.`,
            }
          : {
              kind: 'danger',
              text: `Chuỗi nhật ký bị phá vỡ ở sự kiện ${v.problem?.seq}: ${v.problem?.problem}`,
            },
      );
    } catch (e) {
      notice.fail(e);
    } finally {
      if (!from) setChecking(null);
    }
  };

  return (
    <Page.Main>
      <Page.Title>Nhật ký</Page.Title>
      <Layouts.Header
        title="Nhật ký"
        subtitle="Ai, lúc nào, làm gì, trước và sau: các sự kiện của một tỉnh trong năm, mới nhất trước"
        primaryAction={
          <Button
            variant="secondary"
            loading={checking !== null}
            onClick={() => {
              setChecking('Đang kiểm tra');
              verify();
            }}
          >
            {checking ?? 'Kiểm tra chuỗi nhật ký'}
          </Button>
        }
      />
      <Layouts.Content>
        <Nav here="/plugins/recognition/history" />
        <Flex gap={4} alignItems="flex-end" wrap="wrap">
          <JurisdictionYear value={scope} onChange={setScope} />
          <Field.Root name="unit">
            <Field.Label>Đơn vị (tên hoặc mã)</Field.Label>
            <TextInput
              value={unit}
              onChange={(e: any) => setUnit(e.target.value)}
              placeholder="ví dụ A Lưới hoặc 20056"
              onKeyDown={(e: any) => e.key === 'Enter' && load(1)}
            />
          </Field.Root>
          <Field.Root name="action">
            <Field.Label>Thao tác</Field.Label>
            <SingleSelect value={action} onChange={(v: string | number) => setAction(String(v))}>
              <SingleSelectOption value="">Mọi thao tác</SingleSelectOption>
              {actionFilters.map((a) => (
                <SingleSelectOption key={a.value} value={a.value}>
                  {a.label}
                </SingleSelectOption>
              ))}
            </SingleSelect>
          </Field.Root>
          <Button onClick={() => load(1)}>Lọc</Button>
        </Flex>
        <Box paddingTop={6}>
          <Typography variant="delta" tag="h2">
            Xuất nhật ký của năm đã chọn
          </Typography>
          <Flex gap={2} alignItems="flex-end" paddingTop={2}>
            <Button
              variant="secondary"
              loading={exporting}
              disabled={!scope.jurisdiction}
              onClick={() => exportLog('xlsx')}
            >
              Xuất XLSX
            </Button>
            <Button
              variant="secondary"
              loading={exporting}
              disabled={!scope.jurisdiction}
              onClick={() => exportLog('pdf')}
            >
              Xuất phụ lục PDF (ký số)
            </Button>
          </Flex>
        </Box>
        <NoticeBar notice={notice.notice} onClose={notice.clear} />
        {result && events && (
          <Box paddingTop={4}>
            <Typography tag="p" aria-live="polite">
              {result.total
                ? `${result.total} sự kiện, trang ${result.page}/${result.pageCount}`
                : 'Không có sự kiện nào khớp bộ lọc.'}
            </Typography>
            {events.length > 0 && <AuditEvents events={events} />}
            {result.pageCount > 1 && (
              <Flex gap={2} paddingTop={4} tag="nav" aria-label="Phân trang nhật ký">
                <Button
                  variant="tertiary"
                  disabled={result.page <= 1}
                  onClick={() => load(result.page - 1)}
                >
                  Trang trước
                </Button>
                <Typography>
                  Trang {result.page}/{result.pageCount}
                </Typography>
                <Button
                  variant="tertiary"
                  disabled={result.page >= result.pageCount}
                  onClick={() => load(result.page + 1)}
                >
                  Trang sau
                </Button>
              </Flex>
            )}
          </Box>
        )}
      </Layouts.Content>
    </Page.Main>
  );
};

// The province's choice of its year's registrants, where the plan has this step: the police (the
// secretariat) advise on each registrant with their grounds, the People's Committee (the
// approver) selects or does not; each button is a step the server allows the caller now, in
// the column beside the state so that it stays in view at 1366 px whatever the grounds' length.
import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { useCallback, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { z } from 'zod';
import { stateLabel } from '../../../shared/domain/states';
import { schemas, useApi } from '../api/client';
import { JurisdictionYear, initialScope, type Scope } from '../components/jurisdiction-year';
import { Nav } from '../components/nav';
import { NoticeBar } from '../components/notice-bar';
import { ReasonDialog } from '../components/reason-dialog';
import { RecordTable } from '../components/record-table';
import { useAct, useLoad, useNotice } from '../hooks/page-data';

type Year = z.infer<typeof schemas.selectionYear>;
type Registrant = Year['registrants'][number];
type Step = 'advise-select' | 'advise-not' | 'select' | 'not-select';
const dmy = (iso: string) => iso.slice(0, 10).split('-').reverse().join('/');

const steps: Record<Step, { title: string; confirm: string; label: string; min: number }> = {
  'advise-select': {
    title: 'Tham mưu lựa chọn',
    confirm: 'Gửi tham mưu lựa chọn',
    label: 'Căn cứ tham mưu (kết quả năm trước, phân loại phong trào…)',
    min: 5,
  },
  'advise-not': {
    title: 'Tham mưu không lựa chọn',
    confirm: 'Gửi tham mưu không lựa chọn',
    label: 'Căn cứ tham mưu',
    min: 5,
  },
  select: {
    title: 'Lựa chọn xây dựng điển hình',
    confirm: 'Lựa chọn',
    label: 'Ghi chú (không bắt buộc)',
    min: 0,
  },
  'not-select': {
    title: 'Không lựa chọn',
    confirm: 'Không lựa chọn',
    label: 'Lý do không lựa chọn (đơn vị được thông báo)',
    min: 5,
  },
};

function adviceText(r: Registrant): string {
  const s = r.selection;
  if (!s) return '—';
  const advice = s.advice === 'select' ? 'Lựa chọn' : 'Không lựa chọn';
  return `${advice} (${dmy(s.advisedAt)}): ${s.adviceReason}`;
}

export const SelectionPage = () => {
  const api = useApi();
  const [params] = useSearchParams();
  const [scope, setScope] = useState<Scope>(() => initialScope(params));
  const [open, setOpen] = useState<{ step: Step; r: Registrant } | null>(null);
  const notice = useNotice();
  const { busy, act } = useAct(notice);
  const load = useCallback(
    () =>
      scope.jurisdiction
        ? api.get(
            `/recognition/selection?jurisdiction=${scope.jurisdiction}&year=${scope.year}`,
            schemas.selectionYear,
          )
        : null,
    [api, scope],
  );
  const { data, reload } = useLoad(load, notice.fail);

  const run = (step: Step, r: Registrant, reason: string) => {
    setOpen(null);
    const id = r.documentId;
    return act(async () => {
      if (step === 'advise-select' || step === 'advise-not')
        await api.post(`/recognition/registrations/${id}/propose-selection`, {
          advice: step === 'advise-select' ? 'select' : 'not_select',
          reason,
        });
      else if (step === 'select')
        await api.post(`/recognition/registrations/${id}/select`, reason ? { reason } : {});
      else await api.post(`/recognition/registrations/${id}/not-select`, { reason });
      return `${steps[step].title}: ${r.unit.name}.`;
    }, reload);
  };

  const button = (step: Step, r: Registrant, variant: 'default' | 'secondary' | 'danger-light') => (
    <Button size="S" variant={variant} disabled={busy} onClick={() => setOpen({ step, r })}>
      {steps[step].title}
    </Button>
  );

  return (
    <Page.Main>
      <Page.Title>Lựa chọn đơn vị</Page.Title>
      <Layouts.Header
        title="Lựa chọn đơn vị xây dựng điển hình"
        subtitle="Công an tham mưu, Ủy ban nhân dân quyết định lựa chọn đơn vị đăng ký; đơn vị được lựa chọn mới tự chấm điểm."
      />
      <Layouts.Content>
        <Nav here="/plugins/recognition/selection" />
        <JurisdictionYear value={scope} onChange={setScope} />
        <NoticeBar notice={notice.notice} onClose={notice.clear} paddingTop={4} paddingBottom={4} />
        {data && !data.plan?.selection && (
          <Typography tag="p">
            {data.plan
              ? `Kế hoạch số ${data.plan.number} không có bước lựa chọn đơn vị: đơn vị đăng ký tự chấm điểm ngay.`
              : `Chưa có kế hoạch đã ban hành áp dụng cho năm ${data.year}.`}
          </Typography>
        )}
        {data?.plan?.selection && (
          <Flex direction="column" alignItems="stretch" gap={4} paddingTop={4}>
            <Typography tag="p">
              Theo mục {data.plan.clause ?? '—'} của Kế hoạch số {data.plan.number}
              {data.deadline
                ? `; thời hạn: ${data.deadline.label}, trước ngày ${dmy(data.deadline.date)} (mục ${data.deadline.clause}).`
                : '.'}
            </Typography>
            <Box background="neutral0" padding={4} shadow="tableShadow" hasRadius>
              <Typography variant="delta" tag="h2">
                Được lựa chọn so với chỉ tiêu
              </Typography>
              <ul>
                {data.targets.map((t) => (
                  <li key={t.label}>
                    <Typography textColor={t.selected >= t.minimum ? 'success600' : 'danger600'}>
                      {t.label}: {t.selected} được lựa chọn / chỉ tiêu {t.minimum}
                    </Typography>
                  </li>
                ))}
              </ul>
            </Box>
            <RecordTable
              rows={data.registrants}
              rowKey={(r) => r.documentId}
              columns={[
                { label: 'Đơn vị', cell: (r) => `${r.unit.name} (${r.unit.code})` },
                { label: 'Trạng thái', cell: (r) => stateLabel(r.state) },
                {
                  label: 'Thao tác',
                  cell: (r) => (
                    <Flex gap={2} wrap="wrap">
                      {r.allowedEvents.includes('propose_selection') && (
                        <>
                          {button('advise-select', r, 'secondary')}
                          {button('advise-not', r, 'danger-light')}
                        </>
                      )}
                      {r.allowedEvents.includes('select') && button('select', r, 'default')}
                      {r.allowedEvents.includes('not_select') &&
                        button('not-select', r, 'danger-light')}
                    </Flex>
                  ),
                },
                { label: 'Tham mưu của Công an', cell: adviceText },
                {
                  label: 'Quyết định',
                  cell: (r) =>
                    r.selection?.decidedAt
                      ? `${dmy(r.selection.decidedAt)}${r.selection.reason ? `: ${r.selection.reason}` : ''}`
                      : '—',
                },
              ]}
            />
          </Flex>
        )}
      </Layouts.Content>
      <ReasonDialog
        open={!!open}
        title={open ? `${steps[open.step].title}: ${open.r.unit.name}` : ''}
        confirm={open ? steps[open.step].confirm : ''}
        label={open ? steps[open.step].label : ''}
        min={open ? steps[open.step].min : 5}
        hint="Được ghi vào nhật ký cùng người thực hiện."
        variant={open?.step === 'select' || open?.step === 'advise-select' ? 'default' : 'danger'}
        onClose={() => setOpen(null)}
        onConfirm={(reason) => open && run(open.step, open.r, reason)}
      />
    </Page.Main>
  );
};

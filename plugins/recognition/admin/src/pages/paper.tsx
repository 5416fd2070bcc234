// The paper path: the secretariat takes a unit's own steps for it from the papers it sent —
// registers it, enters its self-scores, uploads its dossier parts and evidence, and submits.
// What can be done is what the server's allowedEvents say; each step is audited as done on the
// unit's behalf by the signed-in staff member.
import {
  Alert,
  Box,
  Button,
  Field,
  Flex,
  SingleSelect,
  SingleSelectOption,
  Table,
  Tbody,
  Td,
  TextInput,
  Th,
  Thead,
  Tr,
  Typography,
} from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { z } from 'zod';
import { schemas, useApi, type Pagination } from '../api/client';
import { ConfirmDialog, errorText, type Notice } from '../components/feedback';
import { JurisdictionYear, initialScope, type Scope } from '../components/jurisdiction-year';
import { Nav } from '../components/nav';
import { Pager } from '../components/pager';

type Unit = z.infer<typeof schemas.paperUnits>[number];
type View = z.infer<typeof schemas.paperView>;
type Mark = { points?: number; passed?: boolean; subItems?: Record<string, number> };

export const PaperPage = () => {
  const api = useApi();
  const [params] = useSearchParams();
  const [scope, setScope] = useState<Scope>(() => initialScope(params));
  const [units, setUnits] = useState<Unit[] | null>(null);
  const [filter, setFilter] = useState('');
  const [asking, setAsking] = useState<Unit | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const [message, setMessage] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);

  // A page of the province's units at a time, found by the server as the search is typed (a province has thousands).
  const [query, setQuery] = useState('');
  useEffect(() => {
    const t = setTimeout(() => setQuery(filter.trim()), 300);
    return () => clearTimeout(t);
  }, [filter]);
  const [at, setAt] = useState<Pagination | null>(null);
  const load = useCallback(
    (page = 1) => {
      if (!scope.jurisdiction) return;
      const q = new URLSearchParams({
        jurisdiction: scope.jurisdiction,
        year: String(scope.year),
        page: String(page),
        pageSize: '50',
        ...(query ? { q: query } : {}),
      });
      api.page(`/recognition/paper/units?${q}`, schemas.paperUnits).then(
        ({ items, pagination }) => {
          setUnits(items);
          setAt(pagination);
        },
        (e: any) => setMessage({ kind: 'danger', text: errorText(e) }),
      );
    },
    [api, scope, query],
  );
  useEffect(() => load(1), [load]);
  const reload = () => load(at?.page ?? 1);

  const register = async () => {
    if (!asking) return;
    setBusy(true);
    try {
      const r = await api.post(
        `/recognition/paper/units/${asking.code}/registrations`,
        { year: scope.year },
        schemas.paperRegistered,
      );
      setMessage({ kind: 'success', text: `Đã đăng ký thay ${asking.name} năm ${scope.year}.` });
      setOpen(r.documentId);
      reload();
    } catch (e: any) {
      setMessage({ kind: 'danger', text: errorText(e) });
    } finally {
      setBusy(false);
      setAsking(null);
    }
  };

  const shown = units ?? [];
  return (
    <Page.Main>
      <Layouts.Header
        title="Hồ sơ giấy"
        subtitle="Thư ký nhập thay đơn vị nộp hồ sơ bằng giấy: đăng ký, điểm tự chấm, thành phần hồ sơ, nộp. Nhật ký ghi rõ là làm thay đơn vị."
      />
      <Layouts.Content>
        <Nav here="/plugins/recognition/paper" />
        {message && (
          <Box paddingBottom={4}>
            <Alert variant={message.kind} closeLabel="Đóng" onClose={() => setMessage(null)}>
              {message.text}
            </Alert>
          </Box>
        )}
        <Flex gap={4} alignItems="flex-end" paddingBottom={4} wrap="wrap">
          <JurisdictionYear value={scope} onChange={(s) => (setScope(s), setOpen(null))} />
          <Field.Root name="filter">
            <Field.Label>Tìm đơn vị (mã hoặc tên)</Field.Label>
            <TextInput value={filter} onChange={(e: any) => setFilter(e.target.value)} />
          </Field.Root>
        </Flex>
        {open && <PaperDossier id={open} onChanged={reload} onMessage={setMessage} />}
        <Table colCount={4} rowCount={shown.length + 1}>
          <Thead>
            <Tr>
              <Th>
                <Typography variant="sigma">Mã</Typography>
              </Th>
              <Th>
                <Typography variant="sigma">Đơn vị</Typography>
              </Th>
              <Th>
                <Typography variant="sigma">Hồ sơ năm {scope.year}</Typography>
              </Th>
              <Th>
                <Typography variant="sigma">Thao tác</Typography>
              </Th>
            </Tr>
          </Thead>
          <Tbody>
            {shown.map((u) => (
              <Tr key={u.code}>
                <Td>
                  <Typography>{u.code}</Typography>
                </Td>
                <Td>
                  <Typography>{u.name}</Typography>
                </Td>
                <Td>
                  <Typography>{u.registration?.stateLabel ?? 'Chưa đăng ký'}</Typography>
                </Td>
                <Td>
                  {u.registration ? (
                    <Button variant="secondary" onClick={() => setOpen(u.registration!.documentId)}>
                      Mở hồ sơ
                    </Button>
                  ) : (
                    <Button variant="secondary" onClick={() => setAsking(u)}>
                      Đăng ký thay
                    </Button>
                  )}
                </Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
        <Pager at={at} go={load} noun="đơn vị" />
        <ConfirmDialog
          open={!!asking}
          onClose={() => setAsking(null)}
          title="Đăng ký thay đơn vị?"
          confirm="Xác nhận đăng ký"
          onConfirm={register}
          loading={busy}
        >
          <Typography>
            Đăng ký {asking?.name} ({asking?.code}) xây dựng điển hình năm {scope.year} theo văn bản
            đăng ký đơn vị đã gửi. Nhật ký ghi bước này là thư ký làm thay đơn vị.
          </Typography>
        </ConfirmDialog>
      </Layouts.Content>
    </Page.Main>
  );
};

/** One registration on paper: scores typed from the unit's self-assessment, parts uploaded, submission. */
const PaperDossier = ({
  id,
  onChanged,
  onMessage,
}: {
  id: string;
  onChanged: () => void;
  onMessage: (n: Notice) => void;
}) => {
  const api = useApi();
  const [view, setView] = useState<View | null>(null);
  const [marks, setMarks] = useState<Record<string, Mark>>({});
  const [confirming, setConfirming] = useState(false);
  // Opened from a row far down the list: the dossier is brought into view above it.
  const top = useRef<HTMLDivElement>(null);
  const shown = !!view;
  useEffect(() => {
    if (shown) top.current?.scrollIntoView({ block: 'start' });
  }, [id, shown]);
  const load = useCallback(() => {
    api.get(`/recognition/paper/registrations/${id}`, schemas.paperView).then(
      (v) => (setView(v), setMarks(v.registration.selfMarks)),
      (e: any) => onMessage({ kind: 'danger', text: errorText(e) }),
    );
  }, [api, id]);
  useEffect(load, [load]);
  if (!view) return null;
  const { registration: r, criteria } = view;
  const editable = r.allowedEvents.includes('self_assess');
  const act = async (what: () => Promise<unknown>, done: string) => {
    try {
      await what();
      onMessage({ kind: 'success', text: done });
      load();
      onChanged();
    } catch (e: any) {
      onMessage({ kind: 'danger', text: errorText(e) });
    }
  };
  const upload = (path: string, file: File | undefined, label: string) => {
    if (!file) return;
    const form = new FormData();
    form.append('file', file);
    void act(() => api.post(path, form), `Đã tải lên "${file.name}" cho ${label}.`);
  };
  return (
    <div ref={top}>
      <Box padding={4} marginBottom={6} background="neutral0" hasRadius shadow="tableShadow">
        <Typography variant="beta" tag="h2">
          {r.unit.name} ({r.unit.code}) · năm {r.year} · {r.stateLabel} · tự chấm{' '}
          {r.selfScore.total}/{r.selfScore.max}
        </Typography>
        {criteria.groups.map((g) => (
          <Box key={g.code} paddingTop={4}>
            <Typography variant="delta" tag="h3">
              {g.code}. {g.title}
            </Typography>
            {g.criteria.map((c) => (
              <Flex key={c.code} gap={4} paddingTop={2} alignItems="flex-end" wrap="wrap">
                <Box style={{ flex: '1 1 320px' }}>
                  <Typography>
                    {c.code}. {c.title} (
                    {c.scoring === 'pass_fail'
                      ? 'đạt / không đạt'
                      : `tối đa ${c.maxPoints ?? c.subItems.reduce((s, i) => s + (i.maxPoints ?? 0), 0)} điểm`}
                    )
                  </Typography>
                </Box>
                {c.scoring === 'pass_fail' ? (
                  <Field.Root name={`m-${c.code}`}>
                    <Field.Label>Kết quả {c.code}</Field.Label>
                    <SingleSelect
                      disabled={!editable}
                      value={
                        marks[c.code]?.passed === undefined ? '' : String(marks[c.code].passed)
                      }
                      onChange={(v: string | number) =>
                        setMarks((m) => ({ ...m, [c.code]: { passed: v === 'true' } }))
                      }
                    >
                      <SingleSelectOption value="true">Đạt</SingleSelectOption>
                      <SingleSelectOption value="false">Không đạt</SingleSelectOption>
                    </SingleSelect>
                  </Field.Root>
                ) : (
                  (c.subItems.length
                    ? c.subItems
                    : [{ code: '', title: 'Điểm', maxPoints: c.maxPoints }]
                  ).map((s) => (
                    <Field.Root key={s.code} name={`m-${c.code}-${s.code}`}>
                      <Field.Label>
                        {s.code ? `${c.code}.${s.code}` : `Điểm ${c.code}`} (≤ {s.maxPoints})
                      </Field.Label>
                      <TextInput
                        disabled={!editable}
                        inputMode="decimal"
                        value={String(
                          (s.code ? marks[c.code]?.subItems?.[s.code] : marks[c.code]?.points) ??
                            '',
                        )}
                        onChange={(e: any) => {
                          const v =
                            e.target.value.trim() === ''
                              ? undefined
                              : Number(e.target.value.replace(',', '.'));
                          setMarks((m) => ({
                            ...m,
                            [c.code]: s.code
                              ? {
                                  subItems: {
                                    ...(m[c.code]?.subItems ?? {}),
                                    ...(v === undefined ? {} : { [s.code]: v }),
                                  },
                                }
                              : { points: v },
                          }));
                        }}
                      />
                    </Field.Root>
                  ))
                )}
                {editable && (
                  <Field.Root name={`e-${c.code}`}>
                    <Field.Label>
                      Minh chứng {c.code} ({r.files.evidence[c.code]?.length ?? 0})
                    </Field.Label>
                    <input
                      type="file"
                      aria-label={`Minh chứng tiêu chí ${c.code}`}
                      onChange={(e) =>
                        upload(
                          `/recognition/paper/registrations/${id}/evidence/${c.code}`,
                          e.target.files?.[0],
                          `tiêu chí ${c.code}`,
                        )
                      }
                    />
                  </Field.Root>
                )}
              </Flex>
            ))}
          </Box>
        ))}
        {r.dossierParts.map((p) => (
          <Flex key={p.code} gap={4} paddingTop={3} alignItems="center" wrap="wrap">
            <Typography>
              {p.label}
              {p.required ? ' (bắt buộc)' : ''}:{' '}
              {r.files.dossier
                .filter((f) => f.part === p.code)
                .map((f) => f.name)
                .join(', ') || 'chưa có'}
            </Typography>
            {editable && (
              <input
                type="file"
                aria-label={`Tải lên: ${p.label}`}
                onChange={(e) =>
                  upload(
                    `/recognition/paper/registrations/${id}/dossier/${p.code}`,
                    e.target.files?.[0],
                    p.label,
                  )
                }
              />
            )}
          </Flex>
        ))}
        <Flex gap={4} paddingTop={4} wrap="wrap">
          {editable && (
            <Button
              onClick={() =>
                act(
                  () =>
                    api.put(
                      `/recognition/paper/registrations/${id}/self-scores`,
                      { marks: clean(marks) },
                      schemas.paperSaved,
                    ),
                  'Đã lưu điểm tự chấm của đơn vị.',
                )
              }
            >
              Lưu điểm tự chấm
            </Button>
          )}
          {r.allowedEvents.includes('submit') && (
            <Button
              variant="success"
              disabled={
                r.gaps.missingSelfScores.length > 0 ||
                r.gaps.missingDossierParts.length > 0 ||
                r.gaps.missingEvidence.length > 0
              }
              onClick={() => setConfirming(true)}
            >
              Nộp hồ sơ thay đơn vị
            </Button>
          )}
          <Typography textColor="neutral600">
            {r.gaps.missingSelfScores.length
              ? `Chưa có điểm: ${r.gaps.missingSelfScores.join(', ')}. `
              : ''}
            {r.gaps.missingDossierParts.length
              ? `Còn thiếu: ${r.gaps.missingDossierParts.map((p) => p.label).join('; ')}.`
              : ''}
            {r.gaps.missingEvidence.length
              ? ` Chưa có minh chứng bắt buộc: ${r.gaps.missingEvidence.join(', ')}.`
              : ''}
          </Typography>
        </Flex>
        <ConfirmDialog
          open={confirming}
          onClose={() => setConfirming(false)}
          title="Nộp hồ sơ thay đơn vị?"
          confirm="Xác nhận nộp"
          onConfirm={() => (
            setConfirming(false),
            void act(
              () => api.post(`/recognition/paper/registrations/${id}/submit`, {}),
              'Đã nộp hồ sơ thay đơn vị.',
            )
          )}
        >
          <Typography>
            Sau khi nộp, điểm tự chấm và hồ sơ không sửa được nữa. Nhật ký ghi bước này là thư ký
            làm thay đơn vị.
          </Typography>
        </ConfirmDialog>
      </Box>
    </div>
  );
};

/** Only the marks that are complete go to the server (a half-typed criterion waits). */
const clean = (marks: Record<string, Mark>) =>
  Object.fromEntries(
    Object.entries(marks).filter(
      ([, m]) =>
        m.passed !== undefined ||
        (m.points !== undefined && !Number.isNaN(m.points)) ||
        (m.subItems && Object.keys(m.subItems).length),
    ),
  );

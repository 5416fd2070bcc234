// One registration on paper: the unit's self-scores typed from its papers (each mark checked on
// its field as typed, only valid ones sent, each one the server refuses shown on its field),
// dossier parts and evidence uploaded, and submission on the unit's behalf.
import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { z } from 'zod';
import { entryFromMark, markFromEntry, type Entry } from '../../../../shared/domain/mark-entry';
import type { CriterionDef, Mark } from '../../../../shared/domain/scoring';
import { schemas, useApi } from '../../api/client';
import { ConfirmDialog, errorText, type Notice } from '../../components/feedback';
import { PaperMarkField } from './mark-field';

type View = z.infer<typeof schemas.paperView>;

/** The entries that make a valid mark, as the server takes them (null: an answer cleared). */
function outgoing(criteria: CriterionDef[], entries: Record<string, Entry>) {
  const marks: Record<string, Mark | null> = {};
  for (const c of criteria) {
    if (!(c.code in entries)) continue;
    const check = markFromEntry(c, entries[c.code]);
    if (check.ok) marks[c.code] = check.mark ?? null;
  }
  return marks;
}

export const PaperDossier = ({
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
  // What was typed since the dossier was loaded, criterion by criterion, as typed.
  const [entries, setEntries] = useState<Record<string, Entry>>({});
  const [refused, setRefused] = useState<Record<string, string>>({});
  const [confirming, setConfirming] = useState(false);
  // Opened from a row far down the list: the dossier is brought into view above it.
  const top = useRef<HTMLDivElement>(null);
  const shown = !!view;
  useEffect(() => {
    if (shown) top.current?.scrollIntoView({ block: 'start' });
  }, [id, shown]);
  const load = useCallback(() => {
    api.get(`/recognition/paper/registrations/${id}`, schemas.paperView).then(
      (v) => (setView(v), setEntries({})),
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
  const all = criteria.groups.flatMap((g) => g.criteria) as CriterionDef[];
  const sendable = outgoing(all, entries);
  const invalid = all.filter((c) => c.code in entries && !markFromEntry(c, entries[c.code]).ok);
  // Every valid mark is kept; the server names each it refuses, which stays typed on its field.
  const save = () =>
    act(async () => {
      const res = await api.put(
        `/recognition/paper/registrations/${id}/self-scores`,
        { marks: sendable },
        schemas.paperSaved,
      );
      setRefused(Object.fromEntries(res.refused.map((x) => [x.criterion, x.message])));
      if (res.refused.length || invalid.length)
        throw new Error(
          `Đã lưu ${res.saved.length} tiêu chí; chưa lưu: ${[...invalid.map((c) => c.code), ...res.refused.map((x) => x.criterion)].join(', ')} (sửa ô báo đỏ).`,
        );
    }, 'Đã lưu điểm tự chấm của đơn vị.');
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
                <PaperMarkField
                  c={c}
                  entry={entries[c.code] ?? entryFromMark(r.selfMarks[c.code])}
                  refused={refused[c.code]}
                  disabled={!editable}
                  onChange={(e) => {
                    setEntries((m) => ({ ...m, [c.code]: e }));
                    setRefused(({ [c.code]: _, ...rest }) => rest);
                  }}
                />
                {editable && (
                  <label>
                    <Typography variant="pi" fontWeight="bold">
                      Minh chứng {c.code} ({r.files.evidence[c.code]?.length ?? 0}){' '}
                    </Typography>
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
                  </label>
                )}
              </Flex>
            ))}
          </Box>
        ))}
        {r.dossierParts.map((p) => (
          <Flex key={p.code} gap={4} paddingTop={3} alignItems="center" wrap="wrap">
            <Typography>
              {p.label}
              {p.provider === 'council'
                ? ' (Hội đồng thẩm định cung cấp: biên bản họp đưa vào khi ban hành)'
                : p.required
                  ? ' (bắt buộc)'
                  : ''}
              :{' '}
              {r.files.dossier
                .filter((f) => f.part === p.code)
                .map((f) => f.name)
                .join(', ') || 'chưa có'}
            </Typography>
            {editable && p.provider !== 'council' && (
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
            <Button disabled={Object.keys(sendable).length === 0} onClick={() => void save()}>
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

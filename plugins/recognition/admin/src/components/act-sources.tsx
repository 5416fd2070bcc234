// What the caller may draft in a province's year, as the server lists it: a published plan (with
// the plan it replaces, as its number reads), a council's establishing decision, a meeting's
// minutes, the proposal of the units proposed; each offered until its act is issued.
import { Box, Button, Field, Flex, TextInput, Typography } from '@strapi/design-system';
import { useState } from 'react';
import type { ActDraftBody } from '../../../shared/contracts/requests';
import type { ActSourcesView } from '../../../shared/contracts/responses';
import type { Scope } from './jurisdiction-year';

export function ActSources(props: {
  sources: ActSourcesView;
  scope: Scope;
  busy: boolean;
  draft: (body: ActDraftBody, done: string) => void;
}) {
  const { sources: s, scope, busy, draft } = props;
  const [replaces, setReplaces] = useState('');
  const may = (k: ActSourcesView['canDraft'][number]) => s.canDraft.includes(k);
  return (
    <Box background="neutral0" padding={4} shadow="tableShadow" hasRadius>
      <Typography variant="delta" tag="h2">
        Soạn văn bản
      </Typography>
      {may('plan') &&
        s.plans.map((p) => (
          <Flex key={p.slug} gap={2} paddingTop={2} alignItems="flex-end" wrap="wrap">
            <Typography tag="p">
              {p.label}
              {p.act ? ` (${p.act})` : ''}
            </Typography>
            {(!p.act || p.act === 'dự thảo') && (
              <>
                <Field.Root
                  name={`replaces-${p.slug}`}
                  hint='Ví dụ "49/KH-UBND"; để trống nếu không thay thế'
                >
                  <Field.Label>Thay thế kế hoạch số</Field.Label>
                  <TextInput
                    value={replaces}
                    onChange={(e: React.ChangeEvent<HTMLInputElement>) =>
                      setReplaces(e.target.value)
                    }
                  />
                </Field.Root>
                <Button
                  loading={busy}
                  onClick={() =>
                    draft(
                      {
                        kind: 'plan',
                        plan: p.slug,
                        ...(replaces.trim() ? { replacesNumber: replaces.trim() } : {}),
                      },
                      'Đã soạn dự thảo kế hoạch để ký, ban hành.',
                    )
                  }
                >
                  Soạn kế hoạch để ban hành
                </Button>
              </>
            )}
          </Flex>
        ))}
      {may('council_decision') &&
        s.councils.map((c) => (
          <Source key={c.documentId} label={`Quyết định thành lập ${c.label}`} act={c.act}>
            <Button
              loading={busy}
              onClick={() =>
                draft(
                  { kind: 'council_decision', council: c.documentId },
                  'Đã soạn dự thảo quyết định thành lập hội đồng.',
                )
              }
            >
              Soạn quyết định
            </Button>
          </Source>
        ))}
      {may('minutes') &&
        s.meetings.map((m) => (
          <Source key={m.documentId} label={`Biên bản: ${m.label}`} act={m.act}>
            <Button
              loading={busy}
              onClick={() =>
                draft({ kind: 'minutes', meeting: m.documentId }, 'Đã soạn dự thảo biên bản họp.')
              }
            >
              Soạn biên bản
            </Button>
          </Source>
        ))}
      {may('proposal') && s.proposed > 0 && (
        <Source
          label={`Tờ trình đề nghị công nhận ${s.proposed} đơn vị đã được đề nghị`}
          act={null}
        >
          <Button
            loading={busy}
            onClick={() =>
              draft(
                { kind: 'proposal', jurisdiction: scope.jurisdiction, year: scope.year },
                'Đã soạn dự thảo tờ trình kèm danh sách đơn vị.',
              )
            }
          >
            Soạn tờ trình
          </Button>
        </Source>
      )}
      {!s.canDraft.length && (
        <Typography tag="p">Vai trò của Anh/Chị không soạn văn bản nào ở trang này.</Typography>
      )}
    </Box>
  );
}

/** One thing to draft from: its name, its act if drafted, and the button while it is not issued. */
function Source(props: { label: string; act: string | null; children: React.ReactNode }) {
  const issued = props.act && props.act !== 'dự thảo';
  return (
    <Flex gap={2} paddingTop={2} alignItems="center" wrap="wrap">
      <Typography tag="p">
        {props.label}
        {props.act ? ` (${issued ? `số ${props.act}` : 'dự thảo'})` : ''}
      </Typography>
      {!issued && props.children}
    </Flex>
  );
}

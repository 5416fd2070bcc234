// The year's appraisal council on the secretariat's page: its members with chair and secretary,
// or the form that sets it up (copied from last year in one click).
import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { useState } from 'react';
import type { Notice } from '../../components/feedback';
import type { Scope } from '../../components/jurisdiction-year';
import { CouncilForm } from './council-form';
import type { Overview } from './types';

export function CouncilSection({
  overview,
  scope,
  notify: setNotice,
  act,
  reload,
}: {
  overview: Overview;
  scope: Scope;
  notify: (n: Notice) => void;
  act: (path: string, body: unknown, done: string) => Promise<void>;
  reload: () => void;
}) {
  const [editingCouncil, setEditingCouncil] = useState(false);
  return (
    <Box background="neutral0" shadow="tableShadow" hasRadius padding={5}>
      <Typography variant="delta" tag="h2">
        Hội đồng thẩm định
      </Typography>
      {overview.council && !editingCouncil ? (
        <Box paddingTop={3}>
          <Typography fontWeight="bold">{overview.council.name}</Typography>
          <Box paddingTop={2}>
            {overview.council.members.map((m) => (
              <Typography key={m.email} tag="p">
                {m.name} ({m.email})
                {m.email === overview.council!.chairEmail
                  ? ' — Chủ tịch'
                  : m.email === overview.council!.secretaryEmail
                    ? ' — Thư ký'
                    : ''}
              </Typography>
            ))}
          </Box>
          <Box paddingTop={3}>
            <Button variant="secondary" onClick={() => setEditingCouncil(true)}>
              Sửa hội đồng
            </Button>
          </Box>
        </Box>
      ) : (
        <Box paddingTop={3}>
          {!overview.council && (
            <Flex gap={4} alignItems="center" wrap="wrap">
              <Typography tag="p">Chưa lập hội đồng cho năm {scope.year}.</Typography>
              <Button
                variant="secondary"
                onClick={() =>
                  act(
                    '/recognition/councils/copy',
                    {
                      jurisdiction: scope.jurisdiction,
                      fromYear: scope.year - 1,
                      toYear: scope.year,
                    },
                    `Đã sao chép hội đồng năm ${scope.year - 1} sang năm ${scope.year}.`,
                  )
                }
              >
                Sao chép hội đồng năm {scope.year - 1}
              </Button>
            </Flex>
          )}
          <CouncilForm
            key={`${scope.jurisdiction}:${scope.year}`}
            scope={scope}
            council={overview.council}
            candidates={overview.candidates}
            notify={setNotice}
            onInvited={reload}
            onSaved={() => {
              setEditingCouncil(false);
              reload();
            }}
          />
        </Box>
      )}
    </Box>
  );
}

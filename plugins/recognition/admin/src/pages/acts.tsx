// A province's acts of a year, whatever their kind: the register (drafts and issued, with what
// replaced what), drafting from what the server says the caller may draft from (a published plan,
// a council, a meeting, the units proposed), the preview or signed PDF, and issuing after a
// confirmation. Reports and reviews are compiled on the reports page and listed here too.
import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { useCallback, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { actKindLabels } from '../../../shared/domain/act';
import type { ActDraftBody } from '../../../shared/contracts/requests';
import type { ActRegister } from '../../../shared/contracts/responses';
import { schemas, useApi } from '../api/client';
import { ActIssueDialog } from '../components/act-issue-dialog';
import { ActSources } from '../components/act-sources';
import { JurisdictionYear, initialScope, type Scope } from '../components/jurisdiction-year';
import { Nav } from '../components/nav';
import { NoticeBar } from '../components/notice-bar';
import { RecordTable } from '../components/record-table';
import { useAct, useLoad, useNotice } from '../hooks/page-data';

type Row = ActRegister[number];
const dmy = (iso: string | null) => (iso ? iso.slice(0, 10).split('-').reverse().join('/') : '');

export const ActsPage = () => {
  const api = useApi();
  const [params] = useSearchParams();
  const [scope, setScope] = useState<Scope>(() => initialScope(params));
  const [issuing, setIssuing] = useState<Row | null>(null);
  const notice = useNotice();
  const { busy, act } = useAct(notice);
  const q = `jurisdiction=${scope.jurisdiction}&year=${scope.year}`;
  const register = useLoad(
    useCallback(
      () => (scope.jurisdiction ? api.get(`/recognition/acts?${q}`, schemas.actRegister) : null),
      [api, scope, q],
    ),
    notice.fail,
  );
  const sources = useLoad(
    useCallback(
      () =>
        scope.jurisdiction
          ? api.get(`/recognition/acts/sources?${q}`, schemas.actSourcesView)
          : null,
      [api, scope, q],
    ),
    notice.fail,
  );
  const reload = () => {
    register.reload();
    sources.reload();
  };
  const draft = (body: ActDraftBody, done: string) =>
    act(async () => {
      const a = await api.post('/recognition/acts', body, schemas.actView);
      // A plan is numbered in the register of the year it was signed, which the page then shows.
      if (a.year !== scope.year) {
        setScope({ ...scope, year: a.year });
        return `${done} Văn bản thuộc sổ văn bản năm ${a.year}.`;
      }
      reload();
      return done;
    });
  const issue = (input: { number?: string; date?: string }) =>
    act(async () => {
      const a = await api.post(
        `/recognition/acts/${issuing!.documentId}/issue`,
        input,
        schemas.actView,
      );
      setIssuing(null);
      reload();
      return `Đã ký, ban hành văn bản số ${a.number}.`;
    });
  return (
    <Page.Main>
      <Page.Title>Văn bản</Page.Title>
      <Layouts.Header
        title="Văn bản"
        subtitle="Kế hoạch, quyết định thành lập hội đồng, biên bản họp, tờ trình và báo cáo: soạn, xem trước, ký số và ban hành."
      />
      <Layouts.Content>
        <Nav here="/plugins/recognition/acts" />
        <JurisdictionYear value={scope} onChange={setScope} />
        <NoticeBar notice={notice.notice} onClose={notice.clear} paddingTop={4} paddingBottom={4} />
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Box background="neutral0" padding={4} shadow="tableShadow" hasRadius>
            <Typography variant="delta" tag="h2">
              Sổ văn bản năm {scope.year}
            </Typography>
            {register.data?.length === 0 && (
              <Typography tag="p">Chưa có văn bản nào trong năm.</Typography>
            )}
            <RecordTable
              rows={register.data ?? []}
              rowKey={(r) => r.documentId}
              columns={[
                { label: 'Loại', cell: (r) => actKindLabels[r.kind] },
                { label: 'Trích yếu', cell: (r) => r.title },
                { label: 'Số', cell: (r) => r.number ?? 'Dự thảo' },
                { label: 'Ngày', cell: (r) => dmy(r.date) },
                {
                  label: 'Hiệu lực',
                  cell: (r) =>
                    r.replacedBy
                      ? `Đã được thay thế bởi văn bản số ${r.replacedBy}`
                      : r.status === 'issued'
                        ? 'Đã ban hành'
                        : '',
                },
                {
                  label: 'Thao tác',
                  cell: (r) => (
                    <Flex gap={2}>
                      <Button
                        variant="tertiary"
                        onClick={() =>
                          act(
                            async () => (
                              await api.openPdf(`/recognition/acts/${r.documentId}/pdf`),
                              null
                            ),
                          )
                        }
                      >
                        {r.status === 'draft' ? 'Xem trước' : 'Bản đã ký'}
                      </Button>
                      {r.canIssue && <Button onClick={() => setIssuing(r)}>Ký, ban hành</Button>}
                      {r.canReplace && (
                        <Button
                          variant="secondary"
                          onClick={() =>
                            draft(
                              { kind: 'replacement', replaces: r.documentId },
                              `Đã soạn dự thảo văn bản thay thế văn bản số ${r.number}.`,
                            )
                          }
                        >
                          Soạn văn bản thay thế
                        </Button>
                      )}
                    </Flex>
                  ),
                },
              ]}
            />
          </Box>
          {sources.data && (
            <ActSources sources={sources.data} scope={scope} busy={busy} draft={draft} />
          )}
        </Flex>
        <ActIssueDialog
          act={issuing}
          busy={busy}
          onClose={() => setIssuing(null)}
          onIssue={issue}
        />
      </Layouts.Content>
    </Page.Main>
  );
};

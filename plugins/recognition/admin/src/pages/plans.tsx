// A plan for reading and checking: its outline (sections by heading, each block by its opening
// words, with a jump to each section and a link into the form) beside the PDF of the saved draft,
// so an editor sees the document while finding their way in its fifty-odd blocks.
import {
  Box,
  Button,
  Field,
  Flex,
  SingleSelect,
  SingleSelectOption,
  Typography,
} from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { z } from 'zod';
import { useApi } from '../api/client';
import { errorText } from '../components/feedback';
import { Nav } from '../components/nav';

// What this page reads of the content manager's answers (its own API, the editor's permissions).
const planList = z.array(
  z.object({ documentId: z.string(), slug: z.string(), number: z.string(), title: z.string() }),
);
const planDraft = z.object({
  documentId: z.string(),
  slug: z.string(),
  number: z.string(),
  title: z.string(),
  sections: z.array(
    z.object({
      number: z.string(),
      heading: z.string(),
      blocks: z.array(z.object({ number: z.string().nullable().optional(), text: z.string() })),
    }),
  ),
});
type Draft = z.infer<typeof planDraft>;
const CM = '/content-manager/collection-types/api::plan.plan';
const opening = (t: string) => (t.length > 90 ? `${t.slice(0, 89)}…` : t);

export const PlansPage = () => {
  const api = useApi();
  const [params, setParams] = useSearchParams();
  const [plans, setPlans] = useState<z.infer<typeof planList>>([]);
  const [plan, setPlan] = useState<Draft | null>(null);
  const [pdf, setPdf] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const chosen = params.get('plan') ?? '';
  useEffect(() => {
    fetchList();
  }, [api]);
  async function fetchList() {
    try {
      const found = await api.list(`${CM}?page=1&pageSize=100&sort=slug:ASC`, planList);
      setPlans(found);
      if (!chosen && found[0]) setParams({ plan: found[0].documentId });
    } catch (e) {
      setError(errorText(e));
    }
  }
  useEffect(() => {
    if (!chosen) return;
    setPlan(null);
    setPdf(null);
    api.get(`${CM}/${chosen}`, planDraft).then(
      (p) => {
        setPlan(p);
        api
          .pdfUrl(`/recognition/documents/plan/${encodeURIComponent(p.slug)}/pdf?draft=true`)
          .then(setPdf, (e) => setError(errorText(e)));
      },
      (e) => setError(errorText(e)),
    );
  }, [api, chosen]);
  useEffect(
    () => () => {
      if (pdf) URL.revokeObjectURL(pdf);
    },
    [pdf],
  );
  const jump = (i: number) =>
    document.getElementById(`phan-${i}`)?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  return (
    <Page.Main>
      <Page.Title>Kế hoạch</Page.Title>
      <Layouts.Header
        title="Kế hoạch: mục lục và bản xem trước"
        subtitle="Các phần theo tiêu đề, các đoạn theo câu mở đầu, bên cạnh bản PDF của bản nháp đã lưu"
      />
      <Layouts.Content>
        <Nav here="/plugins/recognition/plans" />
        <Flex gap={4} alignItems="flex-end" paddingBottom={4}>
          <Field.Root name="plan">
            <Field.Label>Kế hoạch</Field.Label>
            <SingleSelect
              value={chosen}
              onChange={(v: string | number) => setParams({ plan: String(v) })}
              placeholder="Chọn kế hoạch"
            >
              {plans.map((p) => (
                <SingleSelectOption
                  key={p.documentId}
                  value={p.documentId}
                >{`Số ${p.number}: ${p.title}`}</SingleSelectOption>
              ))}
            </SingleSelect>
          </Field.Root>
          {plan && (
            <Link
              to={`/content-manager/collection-types/api::plan.plan/${plan.documentId}`}
              style={{ fontSize: 15, color: '#271fe0' }}
            >
              Sửa trong biểu mẫu
            </Link>
          )}
        </Flex>
        {error && <Typography textColor="danger600">{error}</Typography>}
        {plan && (
          <Flex gap={4} alignItems="stretch" style={{ minHeight: '75vh' }}>
            <Box
              flex="1"
              style={{ minWidth: 0, maxHeight: '80vh', overflowY: 'auto' }}
              background="neutral0"
              padding={4}
              hasRadius
            >
              <nav aria-label="Mục lục kế hoạch">
                <Typography variant="delta" tag="h2">
                  Mục lục
                </Typography>
                <ol style={{ paddingLeft: 20 }}>
                  {plan.sections.map((s, i) => (
                    <li key={s.number} style={{ listStyle: 'none' }}>
                      <Button
                        variant="tertiary"
                        onClick={() => jump(i)}
                      >{`${s.number}. ${s.heading} (${s.blocks.length} đoạn)`}</Button>
                    </li>
                  ))}
                </ol>
              </nav>
              {plan.sections.map((s, i) => (
                <section
                  key={s.number}
                  id={`phan-${i}`}
                  aria-labelledby={`phan-${i}-tieu-de`}
                  style={{ paddingTop: 16 }}
                >
                  <Typography
                    variant="delta"
                    tag="h3"
                    id={`phan-${i}-tieu-de`}
                  >{`${s.number}. ${s.heading}`}</Typography>
                  <ol style={{ paddingLeft: 20 }}>
                    {s.blocks.map((b, j) => (
                      <li key={j} style={{ listStyle: 'none', padding: '4px 0' }}>
                        <Typography>
                          {b.number ? `${b.number}. ` : ''}
                          {opening(b.text)}
                        </Typography>
                      </li>
                    ))}
                  </ol>
                </section>
              ))}
            </Box>
            <Box flex="1" style={{ minWidth: 0 }}>
              {pdf ? (
                <iframe
                  title={`Bản xem trước kế hoạch số ${plan.number}`}
                  src={pdf}
                  style={{
                    width: '100%',
                    height: '80vh',
                    border: '1px solid #dcdce4',
                    borderRadius: 4,
                  }}
                />
              ) : (
                <Typography>Đang dựng bản xem trước…</Typography>
              )}
            </Box>
          </Flex>
        )}
      </Layouts.Content>
    </Page.Main>
  );
};

// Beside a plan's text: the references its rules offer ({han:…}, {chitieu:…}, {hoso:…}), what
// each means and what it prints now, to copy into a block. A deadline written this way follows
// the calendar when the calendar changes.
import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { unstable_useContentManagerContext as useContentManagerContext } from '@strapi/strapi/admin';
import { useEffect, useState } from 'react';
import { schemas, useApi } from '../api/client';

type Reference = { token: string; meaning: string; value: string };

export const PlanReferences = () => {
  const { model, id } = useContentManagerContext() as any;
  const api = useApi();
  const [refs, setRefs] = useState<Reference[] | null>(null);
  const [copied, setCopied] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (model !== 'api::plan.plan' || !id || !open) return;
    api.get(`/recognition/plans/${id}/publish-check`, schemas.planPublishCheck).then(
      (c) => setRefs(c.references),
      () => setRefs([]),
    );
  }, [api, model, id, open]);
  if (model !== 'api::plan.plan' || !id) return null;
  const copy = async (token: string) => {
    await navigator.clipboard?.writeText(token).catch(() => undefined);
    setCopied(token);
  };
  return (
    <Box paddingTop={2} width="100%">
      <Button variant="tertiary" fullWidth onClick={() => setOpen(!open)} aria-expanded={open}>
        {open ? 'Ẩn tham chiếu' : 'Tham chiếu thời hạn, chỉ tiêu, hồ sơ'}
      </Button>
      {open && (
        <Box paddingTop={2}>
          <Typography variant="pi" tag="p">
            Chép tham chiếu vào nội dung đoạn: văn bản in ra giá trị hiện tại của quy định (theo bản
            nháp đã lưu).
          </Typography>
          {!refs && <Typography variant="pi">Đang tải…</Typography>}
          {refs?.length === 0 && (
            <Typography variant="pi">
              Kế hoạch chưa có thời hạn, chỉ tiêu hay thành phần hồ sơ.
            </Typography>
          )}
          {refs?.map((r) => (
            <Flex
              key={r.token}
              justifyContent="space-between"
              gap={2}
              paddingTop={2}
              alignItems="flex-start"
            >
              <Box>
                <Typography variant="omega" fontWeight="bold" tag="div">
                  <code>{r.token}</code> → {r.value}
                </Typography>
                <Typography variant="pi" tag="div">
                  {r.meaning}
                </Typography>
              </Box>
              <Button size="S" variant="secondary" onClick={() => copy(r.token)}>
                {copied === r.token ? 'Đã chép' : 'Chép'}
              </Button>
            </Flex>
          ))}
        </Box>
      )}
    </Box>
  );
};

// "Việc cần làm": the staff member's own unread notices (dossiers arrived, units proposed,
// deadlines passed with units missing), each with its page, and a way to mark them read.
import { Box, Button, Flex, Link, Typography } from '@strapi/design-system';
import { useCallback, useEffect, useState } from 'react';
import type { z } from 'zod';
import { schemas, useApi } from '../api/client';
import { errorText } from './feedback';

type Notices = z.infer<typeof schemas.staffNotices>;

export const NoticesPanel = () => {
  const api = useApi();
  const [notices, setNotices] = useState<Notices | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => {
    api
      .get('/recognition/notices', schemas.staffNotices)
      .then(setNotices)
      .catch((e: any) => setError(errorText(e)));
  }, [api]);
  useEffect(load, [load]);
  const read = (ids?: string[]) =>
    api
      .post('/recognition/notices/read', ids ? { ids } : {}, schemas.noticesRead)
      .then(load)
      .catch((e: any) => setError(errorText(e)));
  const unread = notices?.items.filter((n) => !n.readAt) ?? [];
  if (!error && !unread.length) return null;
  return (
    <Box background="neutral0" padding={6} shadow="tableShadow" hasRadius marginTop={4}>
      <Flex justifyContent="space-between" alignItems="center">
        <Typography variant="delta" tag="h2">
          Việc cần làm ({notices?.unread ?? 0})
        </Typography>
        {unread.length > 1 && (
          <Button variant="tertiary" size="S" onClick={() => read()}>
            Đánh dấu đã đọc tất cả
          </Button>
        )}
      </Flex>
      {error && <Typography textColor="danger600">{error}</Typography>}
      {unread.slice(0, 10).map((n) => (
        <Flex
          key={n.documentId}
          paddingTop={3}
          gap={3}
          alignItems="flex-start"
          justifyContent="space-between"
        >
          <Box>
            <Typography fontWeight="bold" display="block">
              {n.title}
            </Typography>
            {n.body && (
              <Typography display="block" textColor="neutral700">
                {n.body}
              </Typography>
            )}
            {n.link && <Link href={n.link}>Mở trang</Link>}
          </Box>
          <Button variant="tertiary" size="S" onClick={() => read([n.documentId])}>
            Đã đọc
          </Button>
        </Flex>
      ))}
    </Box>
  );
};

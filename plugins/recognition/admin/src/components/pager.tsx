// The pager under every paged list: where the page sits and the way to the others.
import { Button, Flex, Typography } from '@strapi/design-system';
import type { Pagination } from '../api/client';

export const Pager = ({
  at,
  go,
  noun,
}: {
  at: Pagination | null;
  go: (page: number) => void;
  noun: string;
}) =>
  at && at.total > 0 ? (
    <Flex gap={2} paddingTop={3} alignItems="center">
      <Typography>
        {at.total.toLocaleString('vi-VN')} {noun}
        {at.pageCount > 1 ? `, trang ${at.page}/${at.pageCount}` : ''}
      </Typography>
      {at.pageCount > 1 && (
        <>
          <Button variant="tertiary" disabled={at.page <= 1} onClick={() => go(at.page - 1)}>
            Trang trước
          </Button>
          <Button
            variant="tertiary"
            disabled={at.page >= at.pageCount}
            onClick={() => go(at.page + 1)}
          >
            Trang sau
          </Button>
        </>
      )}
    </Flex>
  ) : null;

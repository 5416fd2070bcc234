// Every list the plugin answers is a page: `page` and `pageSize` in the query (50 rows by default,
// 200 at most), the rows in `data`, and where they sit in `meta.pagination`, as Strapi's own
// REST API answers, so that a province's thousands of units never go out in one answer.
import { pageQuery, pageShape, type PageAsk } from '../../shared/contracts/requests';

export { pageQuery, pageShape, type PageAsk };

/** The rows a page covers, for a query's offset and limit. */
export const pageWindow = (p: PageAsk) => ({
  offset: (p.page - 1) * p.pageSize,
  limit: p.pageSize,
});

export type Pagination = { page: number; pageSize: number; pageCount: number; total: number };
export const paginationOf = (p: PageAsk, total: number): Pagination => ({
  page: p.page,
  pageSize: p.pageSize,
  pageCount: Math.max(1, Math.ceil(total / p.pageSize)),
  total,
});

/** A list's answer: the page's rows and its place among the whole. */
export const pageBody = <T>(p: PageAsk, list: { items: T[]; total: number }) => ({
  data: list.items,
  meta: { pagination: paginationOf(p, list.total) },
});

/** The same page of a list already in memory (a short list built in code, such as a council's units with their progress). */
export const pageOf = <T>(p: PageAsk, all: T[]) => ({
  items: all.slice(pageWindow(p).offset, pageWindow(p).offset + p.pageSize),
  total: all.length,
});

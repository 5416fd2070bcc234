// The admin pages' one API client: every JSON answer is parsed with the server's own response
// schema (a drift shows as a Vietnamese error, not as a blank page), and files (PDF, XLSX) are
// fetched with the admin's token and opened or saved.
import { useAuth, useFetchClient } from '@strapi/strapi/admin';
import { useMemo } from 'react';
import type { ZodType } from 'zod';

import { pagination, type Pagination } from '../../../shared/contracts/responses';

export * as schemas from '../../../shared/contracts/responses';
export type { Pagination };

function dataOf<T>(schema: ZodType<T>, body: unknown, path: string): T {
  const parsed = schema.safeParse((body as { data?: unknown } | null)?.data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new Error(
    `Máy chủ trả về dữ liệu không đúng dạng (${path}, trường "${issue?.path.join('.')}": ${issue?.message}).`,
  );
}

async function failure(res: Response): Promise<Error> {
  const body = await res.json().catch(() => null);
  return new Error(body?.error?.message ?? `Yêu cầu không thực hiện được (${res.status}).`);
}

export function useApi() {
  const fetchClient = useFetchClient();
  const token = useAuth('useApi', (s: any) => s.token);
  return useMemo(() => {
    const file = async (path: string): Promise<Blob> => {
      const res = await fetch(path, { headers: { Authorization: `Bearer ${token}` } });
      if (!res.ok) throw await failure(res);
      return res.blob();
    };
    return {
      async get<T>(path: string, schema: ZodType<T>): Promise<T> {
        return dataOf(schema, (await fetchClient.get(path)).data, path);
      },
      /** A page of one of the plugin's lists: its rows, parsed with the caller's schema, and where they sit. */
      async page<T>(
        path: string,
        schema: ZodType<T>,
      ): Promise<{ items: T; pagination: Pagination }> {
        const body = (await fetchClient.get(path)).data as { meta?: { pagination?: unknown } };
        return {
          items: dataOf(schema, body, path),
          pagination: dataOf(pagination, { data: body?.meta?.pagination }, path),
        };
      },
      /** A content-manager list (it answers { results }, not { data }), parsed with the caller's schema. */
      async list<T>(path: string, schema: ZodType<T>): Promise<T> {
        return dataOf(
          schema,
          { data: ((await fetchClient.get(path)).data as { results?: unknown })?.results },
          path,
        );
      },
      /** POSTs JSON or a form; the answer is parsed when a schema is given. */
      async post<T = unknown>(
        path: string,
        body: unknown,
        schema?: ZodType<T>,
        headers?: Record<string, string>,
      ): Promise<T> {
        const res = await fetchClient.post(path, body, headers ? { headers } : undefined);
        return (schema ? dataOf(schema, res.data, path) : (res.data as { data?: T })?.data) as T;
      },
      async put<T>(path: string, body: unknown, schema: ZodType<T>): Promise<T> {
        return dataOf(schema, (await fetchClient.put(path, body)).data, path);
      },
      /** A PDF the server renders, as an object URL for a frame on the page (revoke it when done). */
      async pdfUrl(path: string): Promise<string> {
        return URL.createObjectURL(await file(path));
      },
      /** Opens a PDF the server renders in a new tab. */
      async openPdf(path: string): Promise<void> {
        window.open(URL.createObjectURL(await file(path)), '_blank');
      },
      /** Saves a file the server produces under the given name. */
      async save(path: string, filename: string): Promise<void> {
        const url = URL.createObjectURL(await file(path));
        const a = document.createElement('a');
        a.href = url;
        a.download = filename;
        a.click();
        URL.revokeObjectURL(url);
      },
    };
  }, [fetchClient.get, fetchClient.post, fetchClient.put, token]);
}

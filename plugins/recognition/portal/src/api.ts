// The portal's one API client. Every JSON answer is parsed with the server's own response schema
// (shared/contracts/portal/), so a drift shows as a Vietnamese message, not a blank page.
// The sign-in token lives in sessionStorage: a shared computer in a commune office forgets it
// when the browser closes.
import type { ZodType } from 'zod';

import { pagination, type Pagination } from '../../shared/contracts/responses';

export * as schemas from '../../shared/contracts/portal-responses';
export type { Pagination };

const KEY = 'dienhinh.portal.jwt';

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code?: string,
  ) {
    super(message);
  }
}

export const session = {
  token: (): string | null => sessionStorage.getItem(KEY),
  set: (jwt: string) => sessionStorage.setItem(KEY, jwt),
  clear: () => sessionStorage.removeItem(KEY),
};

/** Called when the server no longer accepts the token: the app returns to the sign-in page. */
let onSignedOut: () => void = () => {};
export const whenSignedOut = (f: () => void) => (onSignedOut = f);

const headers = (json: boolean): Record<string, string> => {
  const h: Record<string, string> = {};
  const t = session.token();
  if (t) h.authorization = `Bearer ${t}`;
  if (json) h['content-type'] = 'application/json';
  return h;
};

async function failure(status: number, text: string): Promise<ApiError> {
  let body: any = null;
  try {
    body = JSON.parse(text);
  } catch {
    /* not JSON: a proxy's page, for example */
  }
  const message =
    body?.error?.message ??
    (status === 429
      ? 'Quá nhiều yêu cầu, vui lòng thử lại sau ít phút.'
      : `Yêu cầu không thực hiện được (mã ${status}).`);
  return new ApiError(message, status, body?.error?.details?.code);
}

function parse<T>(schema: ZodType<T>, body: unknown, path: string): T {
  const parsed = schema.safeParse((body as { data?: unknown } | null)?.data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new ApiError(
    `Máy chủ trả về dữ liệu không đúng dạng (${path}, trường "${issue?.path.join('.')}": ${issue?.message}).`,
    500,
  );
}

async function call(method: string, path: string, body?: unknown): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers: headers(body !== undefined),
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError('Không kết nối được máy chủ. Kiểm tra mạng rồi thử lại.', 0);
  }
  if (res.status === 401 && session.token()) {
    session.clear();
    onSignedOut();
  }
  if (!res.ok) throw await failure(res.status, await res.text());
  return res;
}

export const api = {
  async get<T>(path: string, schema: ZodType<T>): Promise<T> {
    return parse(schema, await (await call('GET', path)).json(), path);
  },
  /** A page of a list: its rows, parsed with the caller's schema, and where they sit (meta.pagination). */
  async page<T>(path: string, schema: ZodType<T>): Promise<{ items: T; pagination: Pagination }> {
    const body = await (await call('GET', path)).json();
    return {
      items: parse(schema, body, path),
      pagination: parse(pagination, { data: body?.meta?.pagination }, path),
    };
  },
  async send<T>(
    method: 'POST' | 'PUT' | 'DELETE',
    path: string,
    body: unknown,
    schema: ZodType<T>,
  ): Promise<T> {
    return parse(schema, await (await call(method, path, body)).json(), path);
  },
  /** A JSON call that is not wrapped in { data } (users-permissions' own routes). */
  async raw(method: 'POST', path: string, body: unknown): Promise<any> {
    return (await call(method, path, body)).json();
  },
  async blob(path: string): Promise<Blob> {
    return (await call('GET', path)).blob();
  },
  /** Uploads one file as multipart field "file", reporting progress from 0 to 1. */
  upload(path: string, file: File, onProgress: (share: number) => void): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', path);
      const t = session.token();
      if (t) xhr.setRequestHeader('authorization', `Bearer ${t}`);
      xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
      xhr.onerror = () => reject(new ApiError('Mất kết nối khi tải tệp lên. Thử lại.', 0));
      xhr.onload = async () => {
        if (xhr.status >= 200 && xhr.status < 300)
          return resolve(JSON.parse(xhr.responseText || '{}'));
        reject(await failure(xhr.status, xhr.responseText));
      };
      const form = new FormData();
      form.append('file', file);
      xhr.send(form);
    });
  },
};

/** Saves a file the server produces, under the given name. */
export async function saveFile(path: string, filename: string): Promise<void> {
  const url = URL.createObjectURL(await api.blob(path));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

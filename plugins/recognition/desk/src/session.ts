// The desk's sign-in, kept the way Strapi's admin keeps it: POST /admin/login answers a short-lived
// access token (held in this tab) and sets the httpOnly refresh cookie, with which POST
// /admin/access-token gives a new one. So an account signed in to /admin opens the desk without
// signing in again, and an expired token is renewed once before a request is given up.
const KEY = 'dienhinh.desk.token';

export type Me = {
  id: number;
  firstname: string | null;
  lastname: string | null;
  email: string;
  roles: { code: string; name: string }[];
};
export type Permission = { action: string; subject: string | null };
export type Session = { token: string; me: Me; permissions: Permission[] };

let token: string | null = sessionStorage.getItem(KEY);

function keep(t: string | null) {
  token = t;
  if (t) sessionStorage.setItem(KEY, t);
  else sessionStorage.removeItem(KEY);
}

export const currentToken = () => token;

/** A failed request, shaped as the admin pages read failures (error.response.data.error.message). */
export class RequestFailed extends Error {
  constructor(
    readonly response: { status: number; data: { error?: { message?: string } } | null },
  ) {
    super(response.data?.error?.message ?? `Yêu cầu không thực hiện được (${response.status}).`);
  }
}

async function renew(): Promise<boolean> {
  const res = await fetch('/admin/access-token', {
    method: 'POST',
    credentials: 'include',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
  }).catch(() => null);
  const body = res?.ok ? await res.json().catch(() => null) : null;
  keep(body?.data?.token ?? null);
  return !!token;
}

/** One request with the desk's token; a 401 renews the token once and tries again. */
export async function send(
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  const form = body instanceof FormData;
  const go = () =>
    fetch(path, {
      method,
      credentials: 'include',
      headers: {
        Accept: 'application/json',
        ...(body !== undefined && !form ? { 'Content-Type': 'application/json' } : {}),
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : form ? body : JSON.stringify(body),
    });
  const res = await go();
  if (res.status === 401 && !path.startsWith('/admin/login') && (await renew())) return go();
  return res;
}

/** A JSON request as the admin pages' fetch client answers: { data: body }, or a RequestFailed. */
export async function json(
  method: string,
  path: string,
  body?: unknown,
  headers?: Record<string, string>,
) {
  const res = await send(method, path, body, headers);
  const data = await res.json().catch(() => null);
  if (!res.ok) throw new RequestFailed({ status: res.status, data });
  return { data, status: res.status };
}

async function load(): Promise<Session | null> {
  const [me, permissions] = await Promise.all([
    json('GET', '/admin/users/me'),
    json('GET', '/admin/users/me/permissions'),
  ]);
  return { token: token!, me: me.data.data, permissions: permissions.data.data };
}

/** The session of this tab, or of the admin's refresh cookie; null when nobody is signed in. */
export async function resume(): Promise<Session | null> {
  if (!token && !(await renew())) return null;
  return load().catch(() => (keep(null), null));
}

export async function signIn(email: string, password: string): Promise<Session | null> {
  const { data } = await json('POST', '/admin/login', { email, password, rememberMe: false });
  keep(data.data.token);
  return load();
}

export async function signOut() {
  await send('POST', '/admin/logout', {}).catch(() => null);
  keep(null);
}

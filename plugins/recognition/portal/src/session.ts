// Who is signed in, as the server describes them (GET /api/recognition/me).
import type { z } from 'zod';
import { api, schemas, session } from './api';

export type Me = z.infer<typeof schemas.me>;

export async function signIn(identifier: string, password: string): Promise<Me> {
  const res = await api.raw('POST', '/api/auth/local', { identifier, password });
  session.set(res.jwt);
  try {
    return await api.get('/api/recognition/me', schemas.me);
  } catch (e) {
    session.clear();
    throw e;
  }
}

export const currentUser = (): Promise<Me> => api.get('/api/recognition/me', schemas.me);

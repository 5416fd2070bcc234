// Uploads and the notices a portal account reads.
import { z } from 'zod';
import { num } from './common';

export const uploaded = z.unknown();

export const notifications = z.object({
  unread: num,
  items: z.array(
    z.object({
      documentId: z.string(),
      kind: z.enum(['state', 'request', 'deadline', 'appraisal']),
      title: z.string(),
      body: z.string().nullable(),
      link: z.string().nullable(),
      registration: z.string().nullable(),
      readAt: z.string().nullable(),
      createdAt: z.string(),
    }),
  ),
});
export const notificationsRead = z.object({ read: num });

// A notice list as an account reads it, portal and staff alike: the same item, with the kinds
// of notice each kind of account receives.
import { z } from 'zod';

export const noticeList = <K extends readonly [string, ...string[]]>(kinds: K) =>
  z.object({
    unread: z.number(),
    items: z.array(
      z.object({
        documentId: z.string(),
        kind: z.enum(kinds),
        title: z.string(),
        body: z.string().nullable(),
        link: z.string().nullable(),
        registration: z.string().nullable(),
        readAt: z.string().nullable(),
        createdAt: z.string(),
      }),
    ),
  });

/** How many notices a "mark as read" marked. */
export const noticesMarked = z.object({ read: z.number() });

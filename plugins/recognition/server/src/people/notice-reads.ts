// A portal account's or a staff member's own notices: the latest with an unread count, and
// marking them read.
import type { Core } from '@strapi/strapi';
import { clockService } from '../config';
import { NOTIFICATION } from '../constants/uids';

type Row = {
  id: number;
  documentId: string;
  kind: string;
  title: string;
  body: string;
  link: string;
  registration: string | null;
  readAt: string | null;
  createdAt: string;
};

export function noticeReads(strapi: Core.Strapi) {
  const clock = () => clockService(strapi).now();
  return {
    /** The newest notices of a portal user, or (admin) of a staff member. */
    async listFor(user: { id: number }, admin = false) {
      const where = admin ? { adminUser: { id: user.id } } : { user: { id: user.id } };
      const rows = await strapi.db.query(NOTIFICATION).findMany({
        where,
        orderBy: { id: 'desc' },
        limit: 50,
        select: [
          'documentId',
          'kind',
          'title',
          'body',
          'link',
          'registration',
          'readAt',
          'createdAt',
        ],
      });
      const unread = await strapi.db
        .query(NOTIFICATION)
        .count({ where: { ...where, readAt: { $null: true } } });
      return {
        unread,
        items: rows.map(({ id: _id, ...r }: Row) => ({
          ...r,
          readAt: r.readAt ? new Date(r.readAt).toISOString() : null,
          createdAt: new Date(r.createdAt).toISOString(),
        })),
      };
    },

    /** Marks the caller's own notices read: the ones named, or all. */
    async markRead(user: { id: number }, ids?: string[], admin = false) {
      const where = {
        ...(admin ? { adminUser: { id: user.id } } : { user: { id: user.id } }),
        readAt: { $null: true },
        ...(ids ? { documentId: { $in: ids } } : {}),
      };
      // updateMany cannot filter through a relation: the caller's own unread rows are found first.
      const mine = await strapi.db.query(NOTIFICATION).findMany({ where, select: ['id'] });
      if (!mine.length) return { read: 0 };
      const { count } = await strapi.db.query(NOTIFICATION).updateMany({
        where: { id: { $in: mine.map((r: { id: number }) => r.id) } },
        data: { readAt: clock() },
      });
      return { read: count };
    },
  };
}

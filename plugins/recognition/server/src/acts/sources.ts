// What a province's acts of a year can be drafted from: its published plans, its councils of the
// year and their meetings, and how many units the police have proposed; each with the act drafted
// from it already, if any, so a page offers "soạn" only where there is something to draft.
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { checkScope } from '../../../shared/domain/scope';
import { vietnamDay } from '../../../shared/domain/vietnam-time';
import { ACT, COUNCIL, MEETING, PLAN, REGISTRATION } from '../constants/uids';
import { unwrap } from '../errors';
import { instant, parseRows } from '../rows';
import type { StaffLike } from './acts';

export async function actSources(
  strapi: Core.Strapi,
  actor: StaffLike,
  slug: string,
  year: number,
) {
  unwrap(checkScope(actor.scope, slug, 'Văn bản'));
  const keys = new Map(
    parseRows(
      z.object({ uniqueKey: z.string(), status: z.string(), number: z.string().nullish() }),
      await strapi.db.query(ACT).findMany({
        where: { jurisdiction: { slug } },
        select: ['uniqueKey', 'status', 'number'],
      }),
    ).map((a) => [a.uniqueKey, a.number ?? (a.status === 'draft' ? 'dự thảo' : '')]),
  );
  const plans = parseRows(
    z.object({ documentId: z.string(), slug: z.string(), number: z.string(), title: z.string() }),
    await strapi.documents(PLAN).findMany({
      filters: { jurisdiction: { slug } },
      status: 'published',
      fields: ['slug', 'number', 'title'],
      sort: ['slug'],
    }),
  );
  const councils = parseRows(
    z.object({ id: z.number(), documentId: z.string(), name: z.string() }),
    await strapi.db.query(COUNCIL).findMany({
      where: { jurisdiction: { slug }, year },
      select: ['id', 'documentId', 'name'],
    }),
  );
  const meetings = councils.length
    ? parseRows(
        z.object({ documentId: z.string(), startedAt: instant, place: z.string() }),
        await strapi.db.query(MEETING).findMany({
          where: { council: { id: { $in: councils.map((c) => c.id) } } },
          select: ['documentId', 'startedAt', 'place'],
          orderBy: { startedAt: 'asc' },
        }),
      )
    : [];
  const proposed = await strapi.db.query(REGISTRATION).count({
    where: { year, state: 'proposed', unit: { jurisdiction: { slug } } },
  });
  const drafted = (key: string) => keys.get(key) ?? null;
  return {
    plans: plans.map((p) => ({
      slug: p.slug,
      label: `Kế hoạch số ${p.number}: ${p.title}`,
      act: drafted(`plan:${p.documentId}`),
    })),
    councils: councils.map((c) => ({
      documentId: c.documentId,
      label: c.name,
      act: drafted(`council_decision:${c.documentId}`),
    })),
    meetings: meetings.map((m) => ({
      documentId: m.documentId,
      label: `Cuộc họp ngày ${vietnamDay(new Date(m.startedAt))} tại ${m.place}`,
      act: drafted(`minutes:${m.documentId}`),
    })),
    proposed,
  };
}

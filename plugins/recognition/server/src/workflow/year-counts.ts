// A year's registrations counted in the database, by province, state and unit kind: one grouped
// query over the relations' link tables instead of a row per registration, so that the nation's
// tens of thousands of units cost one round trip. The link tables are named by Strapi's metadata.
import type { Core } from '@strapi/strapi';

type Link = { name: string; joinColumn: { name: string }; inverseJoinColumn: { name: string } };
const linkOf = (strapi: Core.Strapi, uid: string, attribute: string): Link => {
  const link = (
    strapi.db.metadata.get(uid as never).attributes as Record<string, { joinTable?: Link }>
  )[attribute]?.joinTable;
  if (!link) throw new Error(`${uid}.${attribute} has no link table`);
  return link;
};

export type YearCount = { slug: string; state: string; kind: string; n: number };

export async function countByProvince(
  strapi: Core.Strapi,
  year: number,
  slugs: string[] | 'all',
): Promise<YearCount[]> {
  const regUnit = linkOf(strapi, 'plugin::recognition.registration', 'unit');
  const unitJur = linkOf(strapi, 'api::unit.unit', 'jurisdiction');
  const table = (uid: string) => strapi.db.metadata.get(uid as never).tableName;
  const q = strapi.db
    .connection(`${table('plugin::recognition.registration')} as r`)
    .join(`${regUnit.name} as ru`, `ru.${regUnit.joinColumn.name}`, 'r.id')
    .join(`${table('api::unit.unit')} as u`, 'u.id', `ru.${regUnit.inverseJoinColumn.name}`)
    .join(`${unitJur.name} as uj`, `uj.${unitJur.joinColumn.name}`, 'u.id')
    .join(
      `${table('api::jurisdiction.jurisdiction')} as j`,
      'j.id',
      `uj.${unitJur.inverseJoinColumn.name}`,
    )
    .where('r.year', year)
    .groupBy('j.slug', 'r.state', 'u.kind')
    .select('j.slug as slug', 'r.state as state', 'u.kind as kind')
    .count('* as n');
  if (slugs !== 'all') q.whereIn('j.slug', slugs.length ? slugs : ['-']);
  return ((await q) as { slug: string; state: string; kind: string; n: string | number }[]).map(
    (r) => ({ ...r, n: Number(r.n) }),
  );
}

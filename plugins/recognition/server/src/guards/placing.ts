// Where each stored record sits in the programme's tiers, declared once per type: the relation
// paths from it to each tier's record. From that one declaration come the three uses of a scope
// on stored records: the place a service checks a loaded record against (`placesOf`), what a
// loader must populate to know it (`placePopulate`), and the filter a list, a repository or the
// Content Manager's condition applies (`scopeWhere`). A new tier is a new `tiers` entry in
// shared/domain/scope.ts and its paths here.
import type { Core } from '@strapi/strapi';
import {
  grantTargets,
  national,
  tiers,
  type Place,
  type Placing,
  type Scope,
  type Tier,
} from '../../../shared/domain/scope';
import {
  ACT,
  COMMENDATION,
  INDIVIDUAL,
  TITLE_REVIEW,
  COUNCIL,
  CRITERIA_SET,
  DECISION,
  JURISDICTION,
  MEMBERSHIP,
  PERSON,
  PLAN,
  RECEIVED_REPORT,
  REGISTRATION,
  TIER_REPORT,
  UNIT,
  UNIT_RESULT,
} from '../constants/uids';

/**
 * A unit's tiers, from the unit itself: its province, and the department and commune over it. A
 * department or a commune is a unit too, in its own tier ([]): its account sees it beside the
 * units it directs or manages.
 */
const unitTiers = (to: string[]): Placing => ({
  province: [[...to, 'jurisdiction']],
  department: [[...to, 'managingDepartment'], to],
  commune: [[...to, 'managingCommune'], to],
});

/** Each record type bound to a place, with its paths to every tier it knows. */
export const placings: Record<string, Placing> = {
  [JURISDICTION]: { province: [[]] },
  [PLAN]: { province: [['jurisdiction']] },
  [CRITERIA_SET]: { province: [['jurisdiction']] },
  [UNIT]: unitTiers([]),
  [UNIT_RESULT]: unitTiers(['unit']),
  [MEMBERSHIP]: { province: [['jurisdiction'], ['unit', 'jurisdiction']] },
  [COUNCIL]: { province: [['jurisdiction']] },
  [PERSON]: { province: [['jurisdictions']] },
  [REGISTRATION]: unitTiers(['unit']),
  [DECISION]: { province: [['jurisdiction']] },
  [ACT]: { province: [['jurisdiction']] },
  [RECEIVED_REPORT]: { province: [['jurisdiction']] },
  [TITLE_REVIEW]: unitTiers(['unit']),
  [INDIVIDUAL]: unitTiers(['unit']),
  [COMMENDATION]: unitTiers(['unit']),
  // A tier's report sits with the unit that filed it: its province, and the tier it is.
  [TIER_REPORT]: unitTiers(['unit']),
};

const placingOf = (uid: string): Placing => {
  const placing = placings[uid];
  if (!placing) throw new Error(`${uid} has no placing: declare its paths in guards/placing.ts`);
  return placing;
};

const entries = (placing: Placing) => Object.entries(placing) as [Tier, string[][]][];

type Populate = { [key: string]: true | { populate: Populate } };

function addPath(populate: Populate, [key, ...rest]: string[]): void {
  if (!key) return;
  if (!rest.length) {
    populate[key] ??= true;
    return;
  }
  const at = populate[key];
  const nested = at && at !== true ? at : (populate[key] = { populate: {} });
  addPath(nested.populate, rest);
}

/** The populate a loader passes so that the loaded record knows its place. */
export function placePopulate(uid: string): Populate {
  const populate: Populate = {};
  for (const [, paths] of entries(placingOf(uid))) paths.forEach((p) => addPath(populate, p));
  return populate;
}

type Row = Record<string, unknown> | null | undefined;

/** Every value a path reaches (a to-many relation reaches several). */
function reach(row: Row, path: string[]): Row[] {
  if (!path.length) return [row];
  const next = row?.[path[0]];
  const rows = Array.isArray(next) ? (next as Row[]) : [next as Row];
  return rows.flatMap((r) => reach(r, path.slice(1)));
}

/**
 * The places a loaded record sits in: one per record it reaches for its province (a person
 * granted two provinces sits in both), each with the tiers below read the same way.
 */
export function placesOf(uid: string, row: Row): Place[] {
  const placing = placingOf(uid);
  const valuesOf = (tier: Tier) =>
    (placing[tier] ?? [])
      .flatMap((path) => reach(row, path))
      .map((r) => (r?.[tiers[tier].key] as string | undefined) ?? null)
      .filter((v): v is string => !!v);
  const provinces = valuesOf('province');
  const below = Object.fromEntries(
    entries(placing)
      .filter(([tier]) => tier !== 'province')
      .map(([tier]) => [tier, valuesOf(tier)[0] ?? null]),
  );
  return (provinces.length ? provinces : [null]).map((province) => ({ ...below, province }));
}

/** The one place of a record that sits in one (a unit, a registration, a decision). */
export const placeOf = (uid: string, row: Row): Place => placesOf(uid, row)[0];

type Shape = (path: string[], ids: number[]) => Record<string, unknown>;

/** A clause on the record reached by a path: nested, as the database's `where` reads it. */
const nested: Shape = (path, ids) =>
  path.reduceRight<Record<string, unknown>>((inner, key) => ({ [key]: inner }), {
    id: { $in: ids },
  });

/** The same clause with a dotted path, as a permission condition (CASL) reads it. */
const dotted: Shape = (path, ids) => ({ [[...path, 'id'].join('.')]: { $in: ids } });

/**
 * The filter that keeps, of a type's stored records, those within the scope: nothing to add for
 * a super admin, none at all for an account given nothing, else the records from which one of
 * the type's paths reaches a grant's tier record.
 */
async function scopeFilter(strapi: Core.Strapi, scope: Scope, uid: string, shape: Shape) {
  if (scope.all || national(scope)) return null;
  const placing = placingOf(uid);
  const ids = new Map<Tier, number[]>();
  for (const { tier, value } of grantTargets(scope)) {
    const row = await strapi.db
      .query(tiers[tier].uid)
      .findOne({ where: { [tiers[tier].key]: value }, select: ['id'] });
    if (row) ids.set(tier, [...(ids.get(tier) ?? []), row.id]);
  }
  const clauses = [...ids].flatMap(([tier, list]) =>
    (placing[tier] ?? []).map((path) => shape(path, list)),
  );
  if (!clauses.length) return { id: { $in: [] } };
  return clauses.length === 1 ? clauses[0] : { $or: clauses };
}

/** The scope as a database filter (null: no filter), for lists and repositories. */
export const scopeWhere = (strapi: Core.Strapi, scope: Scope, uid: string) =>
  scopeFilter(strapi, scope, uid, nested);

/** The scope as the Content Manager's permission condition reads it. */
export const scopeCondition = (strapi: Core.Strapi, scope: Scope, uid: string) =>
  scopeFilter(strapi, scope, uid, dotted);

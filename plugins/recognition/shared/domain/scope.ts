// The one scope mechanism: which records an account may see and act on. A super admin sees
// everything; every other account holds grants, each of a kind declared once below (what a
// grant of that kind covers, and how it is named in a refusal), and sees nothing until it is
// given one. A record is placed by where it sits in the programme's tiers (its province today;
// its managing department and commune as the tiers below the province come in), and every check
// in the server (route policy, services, the content manager's condition and write guard) asks
// this file. A new tier is a new entry in `scopeKinds`, not an edit across the services.
import { err, ok, type Result } from './errors';

/**
 * The programme's tiers a record can sit in, declared once: the stored record that names the
 * tier (its type) and the field a grant and a place name it by. A record's placing (server
 * side) gives the relation paths from it to each tier's record.
 */
export const tiers = {
  province: { uid: 'api::jurisdiction.jurisdiction', key: 'slug', named: 'tỉnh / thành phố' },
  /** A department (sở, ban, ngành) is a unit itself; the units it directs name it. */
  department: { uid: 'api::unit.unit', key: 'code', named: 'sở, ban, ngành' },
  /** A commune (xã, phường, đặc khu) is a unit itself; the organisations it manages name it. */
  commune: { uid: 'api::unit.unit', key: 'code', named: 'xã, phường, đặc khu' },
} as const;
export type Tier = keyof typeof tiers;

/** Where a record sits: its province (slug), and, where known, the tiers below it. */
export type Place = { province: string | null | undefined } & {
  [T in Exclude<Tier, 'province'>]?: string | null;
};

/** For each tier, the relation paths from a stored record to that tier's record ([] = itself). */
export type Placing = { [T in Tier]?: string[][] };

/**
 * One grant of an account: a province's records, or those of one department or commune in it
 * (the province is named too: every record sits in one, and a refusal says which).
 */
export type Grant =
  /** The Ministry (Cục V05): every province, to read and receive; what it may do is its role's. */
  | { kind: 'nation' }
  | { kind: 'province'; province: string }
  | { kind: 'department'; province: string; department: string }
  | { kind: 'commune'; province: string; commune: string };

type ScopeKind<G extends Grant> = {
  /** The tier a grant of this kind names, and its value there (a place covered has it). */
  tier: Tier;
  value: (grant: G) => string;
  /** The grant as a refusal names it. */
  label: (grant: G) => string;
};

/** Each kind of grant, declared once: what it covers follows from its tier and value. */
export const scopeKinds: { [K in Grant['kind']]: ScopeKind<Extract<Grant, { kind: K }>> } = {
  nation: {
    tier: 'province',
    value: () => '*',
    label: () => 'toàn quốc',
  },
  province: {
    tier: 'province',
    value: (g) => g.province,
    label: (g) => g.province,
  },
  department: {
    tier: 'department',
    value: (g) => g.department,
    label: (g) => `sở, ban, ngành ${g.department} (${g.province})`,
  },
  commune: {
    tier: 'commune',
    value: (g) => g.commune,
    label: (g) => `xã ${g.commune} (${g.province})`,
  },
};

const kindOf = (grant: Grant) => scopeKinds[grant.kind] as ScopeKind<Grant>;

const grantTarget = (grant: Grant) => ({
  tier: kindOf(grant).tier,
  value: kindOf(grant).value(grant),
});

export type Scope = { all: true } | { all: false; grants: Grant[] };

export const everywhere: Scope = { all: true };

/** The scope of an account given these provinces. */
export const only = (slugs: string[]): Scope => ({
  all: false,
  grants: [...new Set(slugs)].sort().map((province) => ({ kind: 'province', province })),
});

/** The scope of a commune's or a department's account: its own unit's grant, in its province. */
export const tierScope = (
  tier: 'commune' | 'department',
  province: string,
  code: string,
): Scope => ({
  all: false,
  grants: [
    tier === 'commune'
      ? { kind: 'commune', province, commune: code }
      : { kind: 'department', province, department: code },
  ],
});

const placeOf = (at: Place | string | null | undefined): Place =>
  typeof at === 'object' && at !== null ? at : { province: at };

/** The Ministry's scope: every province, to read (its role holds no action that writes). */
export const nationalScope: Scope = { all: false, grants: [{ kind: 'nation' }] };

/** Whether a scope reaches every province (a super admin, or the Ministry's national grant). */
export const national = (scope: Scope) =>
  scope.all || scope.grants.some((g) => g.kind === 'nation');

function covers(grant: Grant, place: Place): boolean {
  if (grant.kind === 'nation') return true;
  const { tier, value } = grantTarget(grant);
  return place.province === (grant as Named).province && place[tier] === value;
}

/** What each grant names ({ tier: 'province', value: 'hue' }), for filters on stored records. */
export const grantTargets = (scope: Extract<Scope, { all: false }>) =>
  scope.grants.filter((g) => g.kind !== 'nation').map(grantTarget);

/** Whether a record (its place, or its province's slug) is within the scope. */
export function inScope(scope: Scope, at: Place | string | null | undefined): boolean {
  const place = placeOf(at);
  return scope.all || (!!place.province && scope.grants.some((g) => covers(g, place)));
}

/**
 * The provinces a scope holds whole (a list, an audit chain, a dashboard asked per province): a
 * department's or a commune's grant is not its province, and reaches none of these.
 */
export const provincesOf = (scope: Extract<Scope, { all: false }>): string[] => [
  ...new Set(scope.grants.flatMap((g) => (g.kind === 'province' ? [g.province] : []))),
];

type Named = Exclude<Grant, { kind: 'nation' }>;

const named = (scope: Extract<Scope, { all: false }>) =>
  scope.grants.map((g) => kindOf(g).label(g)).join(', ');

/** The refusal for a record outside the scope, naming what the caller may see. */
export function checkScope(
  scope: Scope,
  at: Place | string | null | undefined,
  what = 'Bản ghi',
): Result<true> {
  if (inScope(scope, at)) return ok(true);
  const slug = placeOf(at).province;
  if (!scope.all && !scope.grants.length) {
    return err(
      'out-of-jurisdiction',
      'Tài khoản chưa được giao tỉnh / thành phố nào: đề nghị quản trị hệ thống phân công phạm vi trong mục "Người dùng hệ thống".',
    );
  }
  const mine = scope.all ? '' : named(scope);
  return err(
    'out-of-jurisdiction',
    `${what} thuộc tỉnh / thành phố "${slug ?? 'không xác định'}", ngoài phạm vi được giao (${mine}).`,
    { jurisdiction: slug ?? null, allowed: mine },
  );
}

/** Whether the account holds no grant at all (it sees nothing until one is given). */
export const unassigned = (scope: Scope) => !scope.all && !scope.grants.length;

/** The jurisdictions a list may show: the one asked for (if in scope) or every one in scope. */
export function listScope(scope: Scope, asked?: string): Result<string[] | 'all'> {
  if (asked) {
    const r = checkScope(scope, asked, 'Danh sách');
    return r.ok ? ok([asked]) : r;
  }
  return ok(scope.all || national(scope) ? 'all' : provincesOf(scope));
}

/**
 * Which audit chain a caller may check: a super admin the whole log (or one province's chain on
 * asking); staff of one province that province's chain only; staff of several must name one.
 */
export function chainScope(
  scope: Scope,
  asked?: string,
): Result<{ chain?: string } | { choose: string[] }> {
  if (asked) {
    const r = checkScope(scope, asked, 'Nhật ký');
    return r.ok ? ok({ chain: asked }) : r;
  }
  if (scope.all) return ok({});
  const provinces = provincesOf(scope);
  if (provinces.length === 1) return ok({ chain: provinces[0] });
  if (!provinces.length) return checkScope(scope, undefined, 'Nhật ký') as Result<never>;
  return ok({ choose: provinces });
}

/** The same check for any actor: staff carry a scope; officers and council members are checked by unit and council. */
export function checkActorScope(
  actor: object,
  at: Place | string | null | undefined,
  what?: string,
): Result<true> {
  const scope = (actor as { scope?: Scope }).scope;
  return scope ? checkScope(scope, at, what) : ok(true);
}

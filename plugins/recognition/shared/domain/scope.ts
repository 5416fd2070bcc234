// Jurisdiction scope of staff: which provinces' records an admin user may see and act on. A
// super admin sees every province; everybody else only the jurisdictions their person record
// names, and nothing at all until a super admin assigns one.
import { err, ok, type Result } from './errors';

export type Scope = { all: true } | { all: false; slugs: string[] };

export const everywhere: Scope = { all: true };
export const only = (slugs: string[]): Scope => ({ all: false, slugs: [...new Set(slugs)].sort() });

export function inScope(scope: Scope, slug: string | null | undefined): boolean {
  return scope.all || (!!slug && scope.slugs.includes(slug));
}

/** The refusal for a record of another province (or of none), naming what the caller may see. */
export function checkScope(
  scope: Scope,
  slug: string | null | undefined,
  what = 'Bản ghi',
): Result<true> {
  if (inScope(scope, slug)) return ok(true);
  if (!scope.all && !scope.slugs.length) {
    return err(
      'out-of-jurisdiction',
      'Tài khoản chưa được giao tỉnh / thành phố nào: đề nghị quản trị hệ thống phân công phạm vi trong mục "Người dùng hệ thống".',
    );
  }
  const mine = scope.all ? '' : scope.slugs.join(', ');
  return err(
    'out-of-jurisdiction',
    `${what} thuộc tỉnh / thành phố "${slug ?? 'không xác định'}", ngoài phạm vi được giao (${mine}).`,
    { jurisdiction: slug ?? null, allowed: mine },
  );
}

/** The jurisdictions a list may show: the one asked for (if in scope) or every one in scope. */
export function listScope(scope: Scope, asked?: string): Result<string[] | 'all'> {
  if (asked) {
    const r = checkScope(scope, asked, 'Danh sách');
    return r.ok ? ok([asked]) : r;
  }
  return ok(scope.all ? 'all' : scope.slugs);
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
  if (scope.slugs.length === 1) return ok({ chain: scope.slugs[0] });
  if (!scope.slugs.length) return checkScope(scope, undefined, 'Nhật ký') as Result<never>;
  return ok({ choose: scope.slugs });
}

/** The same check for any actor: staff carry a scope; officers and council members are checked by unit and council. */
export function checkActorScope(
  actor: object,
  slug: string | null | undefined,
  what?: string,
): Result<true> {
  const scope = (actor as { scope?: Scope }).scope;
  return scope ? checkScope(scope, slug, what) : ok(true);
}

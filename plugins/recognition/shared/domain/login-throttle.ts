// Login throttling: after too many failed logins within a window, an account (and, with a
// higher limit, an address) is locked for a while. Pure: the middleware loads and stores the
// counters in the database so that every node sees the same ones.
export type Counter = { failures: number; windowStart: Date; lockedUntil: Date | null };
export type Limit = { failures: number; windowMinutes: number; lockMinutes: number };

export const defaultLimits = {
  account: { failures: 5, windowMinutes: 15, lockMinutes: 15 },
  address: { failures: 100, windowMinutes: 15, lockMinutes: 15 },
};

/** Minutes (rounded up) the key is still locked for, or 0. */
export function lockedMinutes(c: Counter | null, now: Date): number {
  if (!c?.lockedUntil || c.lockedUntil <= now) return 0;
  return Math.ceil((c.lockedUntil.getTime() - now.getTime()) / 60_000);
}

/** The counter after one more failed login. */
export function afterFailure(c: Counter | null, now: Date, limit: Limit): Counter {
  const fresh =
    !c ||
    now.getTime() - c.windowStart.getTime() > limit.windowMinutes * 60_000 ||
    (c.lockedUntil !== null && c.lockedUntil <= now);
  const failures = fresh ? 1 : c.failures + 1;
  const windowStart = fresh ? now : c.windowStart;
  return {
    failures,
    windowStart,
    lockedUntil:
      failures >= limit.failures ? new Date(now.getTime() + limit.lockMinutes * 60_000) : null,
  };
}

export const lockedMessage = (minutes: number) =>
  `Đăng nhập sai quá nhiều lần: tạm khóa đăng nhập, thử lại sau ${minutes} phút (hoặc dùng "Quên mật khẩu").`;

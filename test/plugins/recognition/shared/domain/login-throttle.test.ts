import { describe, expect, it } from 'vitest';
import {
  afterFailure,
  lockedMinutes,
} from '../../../../../plugins/recognition/shared/domain/login-throttle';

const limit = { failures: 3, windowMinutes: 15, lockMinutes: 10 };
const t = (min: number) => new Date(Date.UTC(2026, 0, 1, 0, min));

describe('login throttling', () => {
  it('locks on the last allowed failure within the window, for the lock time', () => {
    let c = afterFailure(null, t(0), limit);
    c = afterFailure(c, t(1), limit);
    expect(c).toEqual({ failures: 2, windowStart: t(0), lockedUntil: null });
    c = afterFailure(c, t(2), limit);
    expect(c.lockedUntil).toEqual(t(12));
    expect(lockedMinutes(c, t(2))).toBe(10);
    expect(lockedMinutes(c, t(12))).toBe(0);
  });

  it('starts counting again after the window or after a lock has passed', () => {
    const old = afterFailure(afterFailure(null, t(0), limit), t(1), limit);
    expect(afterFailure(old, t(20), limit)).toEqual({
      failures: 1,
      windowStart: t(20),
      lockedUntil: null,
    });
    const expired = { failures: 3, windowStart: t(0), lockedUntil: t(5) };
    expect(afterFailure(expired, t(6), limit).failures).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import { withoutKeys } from '../../../../../plugins/recognition/shared/domain/copy';

describe('withoutKeys', () => {
  it('leaves the named keys out at every depth, in objects and in arrays, and keeps the rest as it is', () => {
    const when = new Date('2026-12-05T00:00:00Z');
    const plan = {
      id: 7,
      title: 'Kế hoạch',
      calendar: [{ id: 1, kind: 'registration', day: 10 }],
      signer: { id: 2, name: 'A' },
      at: when,
      none: null,
    };
    expect(withoutKeys(plan, ['id'])).toEqual({
      title: 'Kế hoạch',
      calendar: [{ kind: 'registration', day: 10 }],
      signer: { name: 'A' },
      at: when,
      none: null,
    });
    expect(withoutKeys(plan, ['id', 'signer']).signer).toBeUndefined();
    expect(plan.calendar[0].id).toBe(1);
  });
});

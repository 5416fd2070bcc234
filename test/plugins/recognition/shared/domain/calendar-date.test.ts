import { describe, expect, it } from 'vitest';
import {
  calendarDate,
  calendarDateTime,
  isCalendarDate,
} from '../../../../../plugins/recognition/shared/domain/calendar-date';

describe('calendar dates', () => {
  it.each(['2026-02-30', '2026-13-01', '2026-04-31', '2025-02-29', '2026-00-10'])(
    'refuses %s',
    (d) => {
      expect(isCalendarDate(d)).toBe(false);
      const r = calendarDate.safeParse(d);
      expect(r.success).toBe(false);
      expect(r.error?.issues[0].message).toContain('không phải một ngày có thật');
    },
  );
  it.each(['2026-02-28', '2024-02-29', '2026-12-31'])('takes %s', (d) =>
    expect(calendarDate.safeParse(d).success).toBe(true),
  );
  it('checks the day of an instant too', () => {
    expect(calendarDateTime.safeParse('2026-02-30T08:00:00+07:00').success).toBe(false);
    expect(calendarDateTime.safeParse('2026-11-30T08:00:00+07:00').success).toBe(true);
  });
});

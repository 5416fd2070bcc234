import { describe, expect, it } from 'vitest';
import { reminderDaysOf } from '../../../../../plugins/recognition/shared/domain/reminders';

describe('reminder days written in a plan', () => {
  it.each([
    ['7,1', [7, 1]],
    [' 14, 7 ,1,0 ', [14, 7, 1, 0]],
    ['1,7,7', [7, 1]],
    ['', [7, 1]],
    [null, [7, 1]],
    ['abc', [7, 1]],
    ['3,120', [3]],
  ])('"%s" → %o', (raw, days) => expect(reminderDaysOf(raw as string | null)).toEqual(days));
});

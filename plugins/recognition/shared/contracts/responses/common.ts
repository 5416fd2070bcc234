// What every admin answer is built of: numbers, a unit, the events allowed, a mark.
import { z } from 'zod';
import { eventTypes } from '../../domain/states';

export const num = z.number();
export const unit = z.object({ code: z.string(), name: z.string(), kind: z.string() });
export const allowed = z.array(z.enum(eventTypes));
export const markValue = z.union([num, z.boolean()]).nullable();

export const jurisdictionList = z.array(z.object({ name: z.string(), slug: z.string() }));

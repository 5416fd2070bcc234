// Data of a unit's registration to build a model unit for a year (the "bản đăng ký" the plans ask for).
import { z } from 'zod';
import { official } from '../shared-schema';

export const registrationFormData = z.object({
  ...official,
  unitName: z.string().min(1),
  /** "xã", "phường", "cơ quan"…: what the unit registers to become a model of. */
  unitKind: z.string().min(1),
  year: z.number().int(),
  recipient: z.string().min(1),
  planNumber: z.string().min(1),
  /** "ngày 26/12/2025" (or "tháng 01/2026" where the plan's day is unknown). */
  planDate: z.string().min(1).max(40),
  /** The plan's own title, as it reads after "về": "xây dựng xã, phường, … điển hình về phong trào …". */
  planTitle: z.string().min(1).max(400),
  planIssuer: z.string().min(1),
  previousYear: z.number().int(),
  previousResult: z.string().min(1),
  criteriaSet: z.string().min(1),
});
export type RegistrationFormData = z.infer<typeof registrationFormData>;

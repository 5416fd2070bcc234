// Certificate serials: unguessable enough to publish in a URL, short enough to read out.
import { z } from 'zod';

export const serialSchema = z
  .string()
  .regex(/^[A-Z0-9-]{6,40}$/, 'là số hiệu giấy chứng nhận, 6–40 ký tự A–Z, 0–9, "-"');

const alphabet = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** A serial such as "2026-7K3M-Q9XD-A2PF", from a year and random bytes the caller supplies. */
export function makeSerial(year: number, randomBytes: Uint8Array): string {
  if (randomBytes.length < 12) throw new Error('makeSerial needs at least 12 random bytes');
  const chars = Array.from(randomBytes.slice(0, 12), (b) => alphabet[b % alphabet.length]).join('');
  return `${year}-${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
}

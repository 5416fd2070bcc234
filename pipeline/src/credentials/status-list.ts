// W3C Bitstring Status List v1.0: one bit per certificate (its statusListIndex), 1 = revoked.
// The list is at least 16 KB (131,072 entries) so that a list says nothing about how many were
// issued; the first index is the left-most bit; encodedList is the multibase (u = base64url, no
// padding) of the GZIP of the bits.
import zlib from 'node:zlib';

export const MIN_STATUS_LIST_BITS = 131_072;

export function encodeStatusList(revoked: Iterable<number>, length = MIN_STATUS_LIST_BITS): string {
  const indexes = [...revoked];
  const bits = Math.max(length, MIN_STATUS_LIST_BITS, ...indexes.map((i) => i + 1));
  const bytes = Buffer.alloc(Math.ceil(bits / 8));
  for (const i of indexes) bytes[i >> 3] |= 0x80 >> (i & 7);
  return `u${zlib.gzipSync(bytes).toString('base64url')}`;
}

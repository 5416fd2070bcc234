// The revocation list's bits as W3C Bitstring Status List v1.0 lays them out: index 0 is the
// left-most bit of the first byte, at least 131,072 entries, GZIP then multibase base64url.
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  encodeStatusList,
  MIN_STATUS_LIST_BITS,
  statusAt,
} from '../../../../pipeline/src/credentials';

describe('Bitstring Status List', () => {
  it('sets exactly the revoked indexes, left-most bit first', async () => {
    const list = encodeStatusList([0, 9, 131_071]);
    expect(list.startsWith('u')).toBe(true);
    const bytes = zlib.gunzipSync(Buffer.from(list.slice(1), 'base64url'));
    expect(bytes.length * 8).toBe(MIN_STATUS_LIST_BITS);
    expect(bytes[0]).toBe(0b1000_0000);
    expect(bytes[1]).toBe(0b0100_0000);
    expect(bytes.at(-1)).toBe(1);
    for (const i of [0, 9, 131_071]) expect(await statusAt(list, i)).toBe(true);
    for (const i of [1, 8, 10, 131_070]) expect(await statusAt(list, i)).toBe(false);
  });

  it('grows past the minimum for large indexes, and keeps an empty list small on the wire', async () => {
    const big = encodeStatusList([200_000]);
    expect(await statusAt(big, 200_000)).toBe(true);
    expect(encodeStatusList([]).length).toBeLessThan(300);
    await expect(statusAt(encodeStatusList([]), 10_000_000)).rejects.toThrow(/ngoài danh sách/);
    await expect(statusAt('zabc', 1)).rejects.toThrow(/multibase/);
  });
});

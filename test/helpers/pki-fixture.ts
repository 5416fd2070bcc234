// A describe block's test PKI and local timestamp authority: made before its tests, removed
// after; `file` writes bytes into the PKI's directory for the outside tools to read.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { makeTestPki, type TestPki } from './pki';
import { startTsa, type LocalTsa } from './tsa';

export type PkiFixture = {
  pki: TestPki;
  tsa: LocalTsa;
  file: (name: string, data: Buffer) => string;
};

export function withTestPki(after?: (f: PkiFixture) => void | Promise<void>): PkiFixture {
  const f = {
    file: (name: string, data: Buffer) => {
      const p = path.join(f.pki.dir, name);
      fs.writeFileSync(p, data);
      return p;
    },
  } as PkiFixture;
  beforeAll(async () => {
    f.pki = makeTestPki();
    f.tsa = await startTsa(f.pki);
    await after?.(f);
  });
  afterAll(async () => {
    await f.tsa?.close();
    if (f.pki) fs.rmSync(f.pki.dir, { recursive: true, force: true });
  });
  return f;
}

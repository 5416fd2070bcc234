// A local RFC 3161 timestamp authority on loopback: OpenSSL's `ts -reply` behind a small HTTP
// handler, answering `application/timestamp-query` with `application/timestamp-reply`, as a
// province's TSA would. Each request is kept for the tests to inspect.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import type { TestPki } from './pki';

const run = promisify(execFile);

export type LocalTsa = { url: string; requests: Buffer[]; close: () => Promise<void> };

export async function startTsa(pki: TestPki): Promise<LocalTsa> {
  const requests: Buffer[] = [];
  let n = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      if (req.method !== 'POST' || req.headers['content-type'] !== 'application/timestamp-query') {
        res
          .writeHead(400, { 'content-type': 'text/plain' })
          .end('expected a POST of application/timestamp-query');
        return;
      }
      const query = Buffer.concat(chunks);
      requests.push(query);
      const base = path.join(pki.dir, `tsa-${++n}`);
      try {
        fs.writeFileSync(`${base}.tsq`, query);
        await run(
          'openssl',
          [
            'ts',
            '-reply',
            '-config',
            pki.tsaConfig,
            '-queryfile',
            `${base}.tsq`,
            '-out',
            `${base}.tsr`,
          ],
          { cwd: pki.dir },
        );
        res
          .writeHead(200, { 'content-type': 'application/timestamp-reply' })
          .end(fs.readFileSync(`${base}.tsr`));
      } catch (err) {
        res.writeHead(500, { 'content-type': 'text/plain' }).end(String((err as Error).message));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/tsa`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

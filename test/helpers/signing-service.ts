// A remote signing service on loopback speaking the documented protocol (README, "Remote
// signing service"): POST { keyId, digestAlgorithm: "SHA-256", digest } → { signature }. It
// holds the key and signs the DigestInfo it builds from the digest (RSA PKCS#1 v1.5), as a
// province's signing server would; it never sees the document.
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type SigningService = {
  url: string;
  requests: { keyId?: string; digest: string; authorization?: string }[];
  close(): Promise<void>;
};

const SHA256_DIGEST_INFO = Buffer.from('3031300d060960864801650304020105000420', 'hex');

export async function startSigningService(
  keyFile: string,
  opts: { bearer?: string } = {},
): Promise<SigningService> {
  const key = crypto.createPrivateKey(fs.readFileSync(keyFile));
  const requests: SigningService['requests'] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const ask = JSON.parse(body || '{}') as {
        keyId?: string;
        digestAlgorithm?: string;
        digest?: string;
      };
      requests.push({
        keyId: ask.keyId,
        digest: ask.digest ?? '',
        authorization: req.headers.authorization,
      });
      if (opts.bearer && req.headers.authorization !== `Bearer ${opts.bearer}`)
        return void res.writeHead(401).end('unauthorised');
      const digest = Buffer.from(ask.digest ?? '', 'base64');
      if (ask.digestAlgorithm !== 'SHA-256' || digest.length !== 32)
        return void res.writeHead(400).end('digest must be SHA-256');
      const signature = crypto.privateEncrypt(
        { key, padding: crypto.constants.RSA_PKCS1_PADDING },
        Buffer.concat([SHA256_DIGEST_INFO, digest]),
      );
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ signature: signature.toString('base64') }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/sign`,
    requests,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

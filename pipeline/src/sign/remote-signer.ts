// A key behind a remote signing service: only the SHA-256 digest of the signed attributes leaves
// the server, and the signature that comes back is checked against the signer's certificate.
import crypto from 'node:crypto';
import { z } from 'zod';
import type { KeySigner } from './key-signer';

/** What a remote signing service answers (README, "Remote signing service"). */
const remoteAnswer = z.object({ signature: z.base64() });

/**
 * A signing service over HTTP: POST JSON `{ keyId, digestAlgorithm: "SHA-256", digest }` (digest in
 * base64), answered by `{ signature }`, the PKCS#1 v1.5 signature in base64. The document never
 * leaves the server, only the digest of its signed attributes.
 */
export class RemoteKeySigner implements KeySigner {
  readonly kind = 'remote' as const;
  constructor(
    private readonly url: string,
    readonly certificates: Buffer[],
    private readonly opts: { keyId?: string; token?: string; timeoutMs?: number } = {},
  ) {
    if (!certificates.length)
      throw new Error(`Dịch vụ ký ${url}: thiếu tệp chứng thư của người ký (…_CERT).`);
  }

  async sign(data: Buffer): Promise<Buffer> {
    const digest = crypto.createHash('sha256').update(data).digest('base64');
    let res: Response;
    try {
      res = await fetch(this.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(this.opts.token ? { authorization: `Bearer ${this.opts.token}` } : {}),
        },
        body: JSON.stringify({ keyId: this.opts.keyId, digestAlgorithm: 'SHA-256', digest }),
        signal: AbortSignal.timeout(this.opts.timeoutMs ?? 15_000),
      });
    } catch (err) {
      throw new Error(`Không kết nối được dịch vụ ký ${this.url}: ${(err as Error).message}`);
    }
    if (!res.ok)
      throw new Error(
        `Dịch vụ ký ${this.url} trả lời ${res.status}: ${(await res.text()).slice(0, 200)}`,
      );
    const parsed = remoteAnswer.safeParse(await res.json().catch(() => null));
    if (!parsed.success)
      throw new Error(
        `Dịch vụ ký ${this.url} trả lời không đúng định dạng ({ "signature": "<base64>" }).`,
      );
    const signature = Buffer.from(parsed.data.signature, 'base64');
    // A wrong key or a wrong digest is caught here, not by whoever opens the PDF later.
    const publicKey = new crypto.X509Certificate(this.certificates[0]).publicKey;
    if (!crypto.verify('sha256', data, publicKey, signature))
      throw new Error(`Dịch vụ ký ${this.url} trả về chữ ký không khớp chứng thư của người ký.`);
    return signature;
  }
}

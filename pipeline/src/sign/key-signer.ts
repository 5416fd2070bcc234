// What every signing key offers the CAdES builder (cades.ts): its certificates and an RSA PKCS#1
// v1.5 signature with SHA-256; and the simplest one, a key held by this process (a PKCS#12 file).
import crypto from 'node:crypto';
import fs from 'node:fs';

export type KeySignerKind = 'pkcs12' | 'pkcs11' | 'remote';

export interface KeySigner {
  readonly kind: KeySignerKind;
  /** DER certificates, the signer's own first, then its chain (the root may be left out). */
  readonly certificates: Buffer[];
  /** An RSA PKCS#1 v1.5 signature with SHA-256 over `data`. */
  sign(data: Buffer): Promise<Buffer>;
}

/** A key held by this process (from a PKCS#12 file); Node's crypto does the RSA operation. */
export class LocalKeySigner implements KeySigner {
  readonly kind = 'pkcs12' as const;
  constructor(
    readonly certificates: Buffer[],
    private readonly key: crypto.KeyObject,
  ) {}

  async sign(data: Buffer): Promise<Buffer> {
    return crypto.sign('sha256', data, this.key);
  }
}

/** PEM or DER certificates in a file, in order. */
export function readCertificates(file: string): Buffer[] {
  const text = fs.readFileSync(file);
  const pems = text
    .toString('latin1')
    .match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g);
  if (!pems) return [text];
  return pems.map((pem) => Buffer.from(pem.replace(/-----[A-Z ]+-----|\s+/g, ''), 'base64'));
}

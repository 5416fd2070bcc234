// Where a signing key lives, behind one interface (key-signer.ts): a PKCS#12 file (the key in this
// process), a PKCS#11 token (pkcs11-signer.ts: the key never leaves it), or a remote signing
// service that receives the SHA-256 digest and returns the signature (remote-signer.ts). This
// file opens the one a configuration names.
import { readCertificates, type KeySigner } from './key-signer';
import { parsePkcs11Uri, Pkcs11KeySigner } from './pkcs11-signer';
import { RemoteKeySigner } from './remote-signer';

/**
 * The key a signer configuration names: a PKCS#11 URI (`pkcs11:…`) or a signing service's URL
 * (`https://…`), with the certificate file (required for a service, optional for a token that
 * holds its certificate) and, for a service, its bearer token.
 */
export function openKeySigner(
  spec: string,
  opts: { certFile?: string; bearer?: string; env?: Record<string, string | undefined> } = {},
): KeySigner {
  if (spec.startsWith('pkcs11:'))
    return new Pkcs11KeySigner(parsePkcs11Uri(spec, opts.env), opts.certFile);
  if (/^https?:\/\//.test(spec))
    return new RemoteKeySigner(spec, opts.certFile ? readCertificates(opts.certFile) : [], {
      token: opts.bearer,
    });
  throw new Error(
    `Cấu hình khóa ký "${spec}" không hợp lệ: dùng PKCS#11 URI (pkcs11:token=…;object=…?module-path=…) hoặc địa chỉ dịch vụ ký (https://…).`,
  );
}

/** A key signer's configuration with its PIN left out, for logs and the audit. */
export const describeSpec = (spec: string) =>
  spec.replace(/([?&])pin-value=[^&]*/g, '$1pin-value=***');

// A key on a PKCS#11 token (a USB token, an HSM, SoftHSM2 in the tests): the key never leaves it,
// the token hashes and signs. Named by an RFC 7512 URI, its PIN from the URI's pin-source.
import fs from 'node:fs';
import * as pkcs11js from 'pkcs11js';
import { readCertificates, type KeySigner } from './key-signer';

/** The parts of an RFC 7512 PKCS#11 URI this signer uses. */
export type Pkcs11Uri = {
  token?: string;
  object?: string;
  id?: Buffer;
  slotId?: number;
  modulePath: string;
  pin?: string;
};

const pct = (s: string) => decodeURIComponent(s);

/**
 * `pkcs11:token=<label>;object=<key label>?module-path=<library>&pin-source=env:<VAR>` (RFC 7512).
 * The PIN comes from pin-value, pin-source (env:NAME or a file path) or `pin` given by the caller.
 */
export function parsePkcs11Uri(
  uri: string,
  env: Record<string, string | undefined> = process.env,
): Pkcs11Uri {
  if (!uri.startsWith('pkcs11:'))
    throw new Error(
      `Địa chỉ khóa "${uri}" không phải PKCS#11 URI (pkcs11:token=...;object=...?module-path=...).`,
    );
  const [pathPart, queryPart = ''] = uri.slice(7).split('?');
  const attrs = Object.fromEntries(
    pathPart
      .split(';')
      .filter(Boolean)
      .map((kv) => kv.split('=').map(pct) as [string, string]),
  );
  const query = Object.fromEntries(
    queryPart
      .split('&')
      .filter(Boolean)
      .map((kv) => kv.split('=').map(pct) as [string, string]),
  );
  const modulePath = query['module-path'];
  if (!modulePath)
    throw new Error(
      `PKCS#11 URI "${uri}" thiếu module-path (thư viện PKCS#11 của thiết bị, ví dụ /usr/lib/softhsm/libsofthsm2.so).`,
    );
  let pin = query['pin-value'];
  const source = query['pin-source'];
  if (!pin && source?.startsWith('env:')) pin = env[source.slice(4)] ?? '';
  else if (!pin && source) pin = fs.readFileSync(source.replace(/^file:\/\//, ''), 'utf8').trim();
  if (!attrs.token && attrs['slot-id'] === undefined)
    throw new Error(`PKCS#11 URI "${uri}" phải có token=<nhãn thiết bị> hoặc slot-id.`);
  if (!attrs.object && !attrs.id)
    throw new Error(`PKCS#11 URI "${uri}" phải có object=<nhãn khóa> hoặc id.`);
  return {
    token: attrs.token,
    object: attrs.object,
    id: attrs.id ? Buffer.from(attrs.id.replace(/%/g, ''), 'hex') : undefined,
    slotId: attrs['slot-id'] !== undefined ? Number(attrs['slot-id']) : undefined,
    modulePath,
    pin,
  };
}

// One loaded module per library file: C_Initialize may run once per process.
const modules = new Map<string, pkcs11js.PKCS11>();
function moduleFor(modulePath: string): pkcs11js.PKCS11 {
  let m = modules.get(modulePath);
  if (!m) {
    m = new pkcs11js.PKCS11();
    m.load(modulePath);
    m.C_Initialize();
    modules.set(modulePath, m);
  }
  return m;
}

/**
 * A key on a PKCS#11 token. The token computes SHA-256 and the RSA signature
 * (CKM_SHA256_RSA_PKCS); this process holds only a logged-in session and the key's handle.
 * pkcs11js calls are synchronous, so C_SignInit and C_Sign of one document never interleave
 * with another's on the shared session.
 */
export class Pkcs11KeySigner implements KeySigner {
  readonly kind = 'pkcs11' as const;
  readonly certificates: Buffer[];
  private readonly p11: pkcs11js.PKCS11;
  private readonly session: Buffer;
  private readonly key: Buffer;

  constructor(uri: Pkcs11Uri, chainFile?: string) {
    this.p11 = moduleFor(uri.modulePath);
    const slots = this.p11.C_GetSlotList(true);
    const slot = slots.find((s) => {
      if (uri.slotId !== undefined)
        return Number(s.length >= 8 ? s.readBigUInt64LE(0) : s.readUInt32LE(0)) === uri.slotId;
      return this.p11.C_GetTokenInfo(s).label.trim() === uri.token;
    });
    if (!slot)
      throw new Error(
        `Không thấy thiết bị ký PKCS#11 "${uri.token ?? uri.slotId}" trong ${uri.modulePath}.`,
      );
    this.session = this.p11.C_OpenSession(
      slot,
      pkcs11js.CKF_SERIAL_SESSION | pkcs11js.CKF_RW_SESSION,
    );
    try {
      this.p11.C_Login(this.session, pkcs11js.CKU_USER, uri.pin ?? '');
    } catch (err) {
      if (!/CKR_USER_ALREADY_LOGGED_IN/.test(String(err)))
        throw new Error(
          `Không đăng nhập được thiết bị ký "${uri.token}": sai mã PIN hoặc thiết bị bị khóa (${(err as Error).message}).`,
        );
    }
    const match = [
      ...(uri.object ? [{ type: pkcs11js.CKA_LABEL, value: uri.object }] : []),
      ...(uri.id ? [{ type: pkcs11js.CKA_ID, value: uri.id }] : []),
    ];
    const [key] = this.find([
      { type: pkcs11js.CKA_CLASS, value: pkcs11js.CKO_PRIVATE_KEY },
      ...match,
    ]);
    if (!key)
      throw new Error(
        `Thiết bị ký "${uri.token}" không có khóa bí mật "${uri.object ?? uri.id?.toString('hex')}".`,
      );
    this.key = key;
    const [cert] = this.find([
      { type: pkcs11js.CKA_CLASS, value: pkcs11js.CKO_CERTIFICATE },
      ...match,
    ]);
    const own = cert
      ? [
          this.p11.C_GetAttributeValue(this.session, cert, [{ type: pkcs11js.CKA_VALUE }])[0]
            .value as Buffer,
        ]
      : [];
    const chain = chainFile ? readCertificates(chainFile) : [];
    this.certificates =
      own.length && chain.length && chain[0].equals(own[0]) ? chain : [...own, ...chain];
    if (!this.certificates.length)
      throw new Error(
        `Thiết bị ký "${uri.token}" không có chứng thư cho khóa "${uri.object}"; đặt tệp chứng thư (…_CERT).`,
      );
  }

  private find(template: pkcs11js.Template): Buffer[] {
    this.p11.C_FindObjectsInit(this.session, template);
    try {
      return this.p11.C_FindObjects(this.session, 2);
    } finally {
      this.p11.C_FindObjectsFinal(this.session);
    }
  }

  async sign(data: Buffer): Promise<Buffer> {
    this.p11.C_SignInit(this.session, { mechanism: pkcs11js.CKM_SHA256_RSA_PKCS }, this.key);
    return Buffer.from(this.p11.C_Sign(this.session, data, Buffer.alloc(1024)));
  }
}

// PKCS#12 keys: reading a .p12 file (its key as a Node key, its certificates, the key's own
// first), the self-signed demonstration key, and the legacy adbe.pkcs7.detached signer that
// stays only as the benchmark's reference.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Signer } from '@signpdf/utils';
import forge from 'node-forge';

/**
 * A PKCS#12 signer that parses the file once (P12Signer re-derives the key on every call) and
 * hands the RSA operation to Node's native crypto instead of forge's JavaScript: the same
 * PKCS#1 v1.5 bytes in a fraction of the time, which matters when a batch issues thousands.
 */
export class P12FastSigner extends Signer {
  private readonly certificates: forge.pki.Certificate[];
  private readonly certificate: forge.pki.Certificate;
  private readonly nodeKey: crypto.KeyObject;

  constructor(p12: Buffer, passphrase: string) {
    super();
    const parsed = readP12(p12, passphrase);
    this.certificates = parsed.certificates;
    this.certificate = parsed.certificates[0];
    this.nodeKey = parsed.privateKey;
  }

  get commonName(): string {
    return commonNameOf(this.certificate);
  }

  /**
   * A detached CMS SignedData (adbe.pkcs7.detached) over the byte ranges: content digest and
   * RSA signature by Node's crypto, ASN.1 by forge. Same structure as @signpdf's P12Signer.
   */
  async sign(pdfBuffer: Buffer, signingTime?: Date): Promise<Buffer> {
    const a = forge.asn1;
    const seq = (v: forge.asn1.Asn1[]) => a.create(a.Class.UNIVERSAL, a.Type.SEQUENCE, true, v);
    const set = (v: forge.asn1.Asn1[]) => a.create(a.Class.UNIVERSAL, a.Type.SET, true, v);
    const oid = (o: string) =>
      a.create(a.Class.UNIVERSAL, a.Type.OID, false, a.oidToDer(o).getBytes());
    const nul = () => a.create(a.Class.UNIVERSAL, a.Type.NULL, false, '');
    const octets = (b: Buffer) =>
      a.create(a.Class.UNIVERSAL, a.Type.OCTETSTRING, false, b.toString('binary'));
    const int = (n: number) =>
      a.create(a.Class.UNIVERSAL, a.Type.INTEGER, false, a.integerToDer(n).getBytes());
    const oids = forge.pki.oids;
    const sha256Alg = seq([oid(oids.sha256), nul()]);
    const digest = crypto.createHash('sha256').update(pdfBuffer).digest();
    const when = signingTime ?? new Date();
    const attributes = [
      seq([oid(oids.contentType), set([oid(oids.data)])]),
      seq([
        oid(oids.signingTime),
        set([a.create(a.Class.UNIVERSAL, a.Type.UTCTIME, false, a.dateToUtcTime(when))]),
      ]),
      seq([oid(oids.messageDigest), set([octets(digest)])]),
    ];
    // The signature covers the DER of the attributes as a SET (RFC 5652, 5.4).
    const signature = crypto.sign(
      'sha256',
      Buffer.from(a.toDer(set(attributes)).getBytes(), 'binary'),
      this.nodeKey,
    );
    const issuerAndSerial = seq([
      forge.pki.distinguishedNameToAsn1(this.issuerForAsn1()),
      a.create(
        a.Class.UNIVERSAL,
        a.Type.INTEGER,
        false,
        forge.util.hexToBytes(this.certificate.serialNumber),
      ),
    ]);
    const signerInfo = seq([
      int(1),
      issuerAndSerial,
      sha256Alg,
      a.create(a.Class.CONTEXT_SPECIFIC, 0, true, attributes),
      seq([oid(oids.rsaEncryption), nul()]),
      octets(signature),
    ]);
    const signedData = seq([
      int(1),
      set([sha256Alg]),
      seq([oid(oids.data)]),
      a.create(
        a.Class.CONTEXT_SPECIFIC,
        0,
        true,
        this.certificates.map((c) => forge.pki.certificateToAsn1(c)),
      ),
      set([signerInfo]),
    ]);
    const contentInfo = seq([
      oid(oids.signedData),
      a.create(a.Class.CONTEXT_SPECIFIC, 0, true, [signedData]),
    ]);
    return Buffer.from(a.toDer(contentInfo).getBytes(), 'binary');
  }

  /** forge re-encodes UTF8String values it parsed as raw bytes; decoded values round-trip. */
  private issuerForAsn1() {
    return {
      attributes: this.certificate.issuer.attributes.map((attr) =>
        attr.valueTagClass === (forge.asn1.Type.UTF8 as unknown)
          ? { ...attr, value: forge.util.decodeUtf8(String(attr.value)) }
          : attr,
      ),
    } as unknown as forge.pki.Certificate['issuer'];
  }
}

/** A PKCS#12 file's key (as a Node key) and certificates, the key's own certificate first. */
export function readP12(
  p12: Buffer,
  passphrase: string,
): { privateKey: crypto.KeyObject; certificates: forge.pki.Certificate[] } {
  const parsed = forge.pkcs12.pkcs12FromAsn1(
    forge.asn1.fromDer(forge.util.createBuffer(p12.toString('binary'))),
    false,
    passphrase,
  );
  const key = (parsed.getBags({ bagType: forge.pki.oids.pkcs8ShroudedKeyBag })[
    forge.pki.oids.pkcs8ShroudedKeyBag
  ] ?? [])[0]?.key as forge.pki.rsa.PrivateKey | undefined;
  if (!key)
    throw new Error('Tệp PKCS#12 không có khóa bí mật (no private key in the PKCS#12 file).');
  const certificates = (
    parsed.getBags({ bagType: forge.pki.oids.certBag })[forge.pki.oids.certBag] ?? []
  )
    .map((b) => b.cert!)
    .filter(Boolean);
  const own = certificates.find(
    (c) => (c.publicKey as forge.pki.rsa.PublicKey).n.compareTo(key.n) === 0,
  );
  if (!own) throw new Error('Tệp PKCS#12 không có chứng thư khớp với khóa bí mật.');
  return {
    privateKey: crypto.createPrivateKey(forge.pki.privateKeyToPem(key)),
    certificates: [own, ...certificates.filter((c) => c !== own)],
  };
}

/** A certificate's common name, UTF-8 decoded (forge keeps UTF8String values as raw bytes). */
export function commonNameOf(c: forge.pki.Certificate): string {
  const raw = String(c.subject.getField('CN')?.value ?? 'dienhinh');
  try {
    return forge.util.decodeUtf8(raw);
  } catch {
    return raw;
  }
}

export const certificateDer = (c: forge.pki.Certificate) =>
  Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(c)).getBytes(), 'binary');

/** A self-signed demonstration key, made once and said so; never for real documents. */
export function createDemoP12(p12Path: string, passphrase: string, commonName: string): void {
  const keys = forge.pki.rsa.generateKeyPair({ bits: 2048, e: 0x10001 });
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = `01${crypto.randomBytes(8).toString('hex')}`;
  cert.validity.notBefore = new Date(Date.now() - 86_400_000);
  cert.validity.notAfter = new Date(Date.now() + 10 * 365 * 86_400_000);
  // Vietnamese names need UTF8String; forge defaults to PrintableString.
  const utf8 = (value: string) => ({
    value,
    valueTagClass: forge.asn1.Type.UTF8 as unknown as forge.asn1.Class,
  });
  const attrs = [
    { name: 'commonName', ...utf8(commonName) },
    { name: 'organizationName', ...utf8('dienhinh (DEMO, không có giá trị pháp lý)') },
    { name: 'countryName', value: 'VN' },
  ];
  cert.setSubject(attrs);
  cert.setIssuer(attrs);
  cert.setExtensions([{ name: 'keyUsage', digitalSignature: true, nonRepudiation: true }]);
  cert.sign(keys.privateKey, forge.md.sha256.create());
  const p12 = forge.pkcs12.toPkcs12Asn1(keys.privateKey, [cert], passphrase, {
    algorithm: '3des',
    friendlyName: commonName,
  });
  fs.mkdirSync(path.dirname(p12Path), { recursive: true });
  // Written aside and renamed, so that a process starting at the same moment never reads half a file.
  const partial = `${p12Path}.${process.pid}.${crypto.randomBytes(4).toString('hex')}`;
  fs.writeFileSync(partial, Buffer.from(forge.asn1.toDer(p12).getBytes(), 'binary'), {
    mode: 0o600,
  });
  fs.renameSync(partial, p12Path);
}

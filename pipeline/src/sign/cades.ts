// A PAdES baseline signature's CMS (ETSI.CAdES.detached), built with PKI.js instead of hand-written
// ASN.1: content type, message digest and the ESS signing-certificate-v2 attribute are signed (no
// signing time: the time is the timestamp's), the RSA operation is the key signer's (a PKCS#12 key,
// a PKCS#11 token or a remote service, key-signers.ts), and when a timestamp
// authority is configured its RFC 3161 token over the signature value is added unsigned
// (signature-time-stamp), which makes the signature B-T instead of B-B.
import crypto from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { Signer } from '@signpdf/utils';
import type { KeySigner } from './key-signer';

pkijs.setEngine(
  'node',
  new pkijs.CryptoEngine({ name: 'node', crypto: crypto.webcrypto as unknown as Crypto }),
);

export const OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  signatureTimeStampToken: '1.2.840.113549.1.9.16.2.14',
  sha256: '2.16.840.1.101.3.4.2.1',
  rsaEncryption: '1.2.840.113549.1.1.1',
};

const sha256 = (b: Buffer | ArrayBuffer | Uint8Array) =>
  crypto
    .createHash('sha256')
    .update(Buffer.from(b as ArrayBuffer))
    .digest();
/** A Buffer's bytes as the ArrayBuffer PKI.js and asn1js take. */
export const ab = (b: Buffer): ArrayBuffer =>
  b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
const sha256Alg = () => new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256 });

export type CadesIdentity = {
  key: KeySigner;
  /** An RFC 3161 timestamp authority; without one the signature is B-B (no trusted time). */
  tsaUrl?: string;
};

/** ESS signing-certificate-v2 (RFC 5035): the signer's certificate by its SHA-256 and issuer/serial. */
function signingCertificateV2(cert: pkijs.Certificate, der: Buffer): asn1js.Sequence {
  const directoryName = new asn1js.Constructed({
    idBlock: { tagClass: 3, tagNumber: 4 },
    value: [cert.issuer.toSchema()],
  });
  const issuerSerial = new asn1js.Sequence({
    value: [new asn1js.Sequence({ value: [directoryName] }), cert.serialNumber],
  });
  // hashAlgorithm is omitted: SHA-256 is its default.
  const essCertIdV2 = new asn1js.Sequence({
    value: [new asn1js.OctetString({ valueHex: ab(sha256(der)) }), issuerSerial],
  });
  return new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [essCertIdV2] })] });
}

/** An RFC 3161 token over the signature value, from the authority at `url`. */
export async function timestampToken(url: string, signature: Buffer): Promise<pkijs.ContentInfo> {
  const nonce = crypto.randomBytes(8);
  // A positive INTEGER in minimal DER: the first byte between 1 and 127 (a leading 0 is refused as malformed).
  nonce[0] = (nonce[0] % 0x7f) + 1;
  const request = new pkijs.TimeStampReq({
    version: 1,
    messageImprint: new pkijs.MessageImprint({
      hashAlgorithm: sha256Alg(),
      hashedMessage: new asn1js.OctetString({ valueHex: ab(sha256(signature)) }),
    }),
    nonce: new asn1js.Integer({ valueHex: ab(nonce) }),
    certReq: true,
  });
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/timestamp-query' },
      body: Buffer.from(request.toSchema().toBER(false)),
    });
  } catch (err) {
    throw new Error(
      `Không kết nối được máy chủ cấp dấu thời gian ${url} (DIENHINH_TSA_URL): ${(err as Error).message}`,
    );
  }
  if (!res.ok) throw new Error(`Máy chủ cấp dấu thời gian ${url} trả lời ${res.status}.`);
  const reply = pkijs.TimeStampResp.fromBER(await res.arrayBuffer());
  const status = reply.status.status;
  if ((status !== 0 && status !== 1) || !reply.timeStampToken)
    throw new Error(`Máy chủ cấp dấu thời gian từ chối yêu cầu (trạng thái ${status}).`);
  // The token must answer this request: same imprint, same nonce.
  const tst = pkijs.TSTInfo.fromBER(
    ab(
      Buffer.from(
        new pkijs.SignedData({ schema: reply.timeStampToken.content }).encapContentInfo.eContent!
          .valueBlock.valueHexView,
      ),
    ),
  );
  if (
    !Buffer.from(tst.messageImprint.hashedMessage.valueBlock.valueHexView).equals(sha256(signature))
  )
    throw new Error('Dấu thời gian không khớp chữ ký (messageImprint).');
  if (
    !tst.nonce ||
    !Buffer.from(tst.nonce.valueBlock.valueHexView).equals(
      Buffer.from(new asn1js.Integer({ valueHex: ab(nonce) }).valueBlock.valueHexView),
    )
  )
    throw new Error('Dấu thời gian không khớp yêu cầu (nonce).');
  return reply.timeStampToken;
}

export class CadesSigner extends Signer {
  private readonly leaf: pkijs.Certificate;
  private readonly chain: pkijs.Certificate[];
  /** The same for every signature of this signer: built once. */
  private readonly essAttribute: pkijs.Attribute;

  constructor(private readonly identity: CadesIdentity) {
    super();
    if (!identity.key.certificates.length) throw new Error('Thiếu chứng thư của người ký.');
    this.chain = identity.key.certificates.map((der) => pkijs.Certificate.fromBER(ab(der)));
    this.leaf = this.chain[0];
    this.essAttribute = new pkijs.Attribute({
      type: OID.signingCertificateV2,
      values: [signingCertificateV2(this.leaf, identity.key.certificates[0])],
    });
  }

  /** The signer's certificate, DER. */
  get certificate(): Buffer {
    return this.identity.key.certificates[0];
  }

  async sign(pdfBuffer: Buffer): Promise<Buffer> {
    const attributes = [
      new pkijs.Attribute({
        type: OID.contentType,
        values: [new asn1js.ObjectIdentifier({ value: OID.data })],
      }),
      new pkijs.Attribute({
        type: OID.messageDigest,
        values: [new asn1js.OctetString({ valueHex: ab(sha256(pdfBuffer)) })],
      }),
      this.essAttribute,
    ];
    // DER: a SET OF is sorted by its members' encodings; the signature covers that SET (RFC 5652, 5.4).
    const encoded = attributes.map((a) => Buffer.from(a.toSchema().toBER(false)));
    const order = encoded
      .map((e, i) => [e, i] as const)
      .sort((x, y) => Buffer.compare(x[0], y[0]))
      .map(([, i]) => i);
    const sorted = order.map((i) => attributes[i]);
    const signed = Buffer.from(
      new asn1js.Set({ value: sorted.map((a) => a.toSchema()) }).toBER(false),
    );
    const signature = await this.identity.key.sign(signed);

    const signerInfo = new pkijs.SignerInfo({
      version: 1,
      sid: new pkijs.IssuerAndSerialNumber({
        issuer: this.leaf.issuer,
        serialNumber: this.leaf.serialNumber,
      }),
      signedAttrs: new pkijs.SignedAndUnsignedAttributes({ type: 0, attributes: sorted }),
      digestAlgorithm: sha256Alg(),
      signatureAlgorithm: new pkijs.AlgorithmIdentifier({
        algorithmId: OID.rsaEncryption,
        algorithmParams: new asn1js.Null(),
      }),
      signature: new asn1js.OctetString({ valueHex: ab(signature) }),
    });
    if (this.identity.tsaUrl) {
      const token = await timestampToken(this.identity.tsaUrl, signature);
      signerInfo.unsignedAttrs = new pkijs.SignedAndUnsignedAttributes({
        type: 1,
        attributes: [
          new pkijs.Attribute({ type: OID.signatureTimeStampToken, values: [token.toSchema()] }),
        ],
      });
    }
    const signedData = new pkijs.SignedData({
      version: 1,
      digestAlgorithms: [sha256Alg()],
      encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: OID.data }),
      certificates: this.chain,
      signerInfos: [signerInfo],
    });
    const contentInfo = new pkijs.ContentInfo({
      contentType: OID.signedData,
      content: signedData.toSchema(true),
    });
    return Buffer.from(contentInfo.toSchema().toBER(false));
  }
}

// Who signs: a signing identity (the key signer, the name shown, whether signatures carry a
// timestamp and long-term validation material), from a PKCS#12 file, a PKCS#11 token or a
// signing service (key-signers.ts).
import {
  SUBFILTER_ADOBE_PKCS7_DETACHED,
  SUBFILTER_ETSI_CADES_DETACHED,
  type Signer,
} from '@signpdf/utils';
import fs from 'node:fs';
import * as pkijs from 'pkijs';
import { ab, CadesSigner } from './cades';
import type { PipelineConfig } from '../config';
import { CrlSource } from './crl-source';
import { LocalKeySigner, readCertificates, type KeySigner, type KeySignerKind } from './key-signer';
import { describeSpec, openKeySigner } from './key-signers';
import { certificateDer, commonNameOf, P12FastSigner, readP12 } from './p12';

export type SigningIdentity = {
  signer: Signer;
  /** The certificate's common name, shown as the signer's name in the signature dictionary. */
  commonName: string;
  /** Where the key is: a PKCS#12 file, a PKCS#11 token (URI without PIN), a signing service. */
  source: string;
  kind: KeySignerKind;
  /** ETSI.CAdES.detached (PAdES baseline), or adbe.pkcs7.detached for the legacy reference signer. */
  subFilter: string;
  /** Whether each signature carries an RFC 3161 timestamp (B-T), which needs more room in the PDF. */
  timestamped: boolean;
  /** Long-term validation (B-LT, and B-LTA with a document timestamp), when configured. */
  ltv?: LtvOptions;
};

export type LtvOptions = { certificates: Buffer[]; crls: CrlSource; documentTimestampUrl?: string };

/** The LTV settings of a pipeline configuration: one CRL source for the process. */
export function ltvOptionsOf(cfg: PipelineConfig, warn?: (message: string) => void): LtvOptions {
  return {
    certificates: cfg.ltv.certFiles.flatMap(readCertificates),
    crls: new CrlSource(cfg.ltv.crlFiles, { fetch: cfg.ltv.fetch, warn }),
    documentTimestampUrl: cfg.ltv.documentTimestamp ? cfg.tsaUrl : undefined,
  };
}

export function loadSigningIdentity(
  p12Path: string,
  passphrase: string,
  opts: { tsaUrl?: string; legacy?: boolean; ltv?: LtvOptions } = {},
): SigningIdentity {
  let p12: Buffer;
  try {
    p12 = fs.readFileSync(p12Path);
  } catch {
    throw new Error(
      `Không đọc được tệp khóa ký ${p12Path} (DIENHINH_SIGN_P12): kiểm tra đường dẫn, hoặc bỏ biến để dùng khóa demo.`,
    );
  }
  let parsed: ReturnType<typeof readP12>;
  try {
    parsed = readP12(p12, passphrase);
  } catch (err) {
    if (process.env.DIENHINH_DEBUG) console.error(err);
    const why = (err as Error).message.startsWith('Tệp PKCS#12')
      ? (err as Error).message
      : 'sai mật khẩu (DIENHINH_SIGN_P12_PASSWORD) hoặc tệp không phải PKCS#12';
    throw new Error(`Không mở được tệp khóa ký ${p12Path}: ${why}.`);
  }
  const commonName = commonNameOf(parsed.certificates[0]);
  if (opts.legacy)
    return {
      signer: new P12FastSigner(p12, passphrase),
      commonName,
      source: p12Path,
      kind: 'pkcs12',
      subFilter: SUBFILTER_ADOBE_PKCS7_DETACHED,
      timestamped: false,
    };
  return identityOf(
    new LocalKeySigner(parsed.certificates.map(certificateDer), parsed.privateKey),
    p12Path,
    opts,
  );
}

/** A PAdES identity over any key signer (PKCS#12, PKCS#11 token, signing service). */
export function identityOf(
  key: KeySigner,
  source: string,
  opts: { tsaUrl?: string; ltv?: LtvOptions } = {},
): SigningIdentity {
  const cn = pkijs.Certificate.fromBER(ab(key.certificates[0])).subject.typesAndValues.find(
    (t) => t.type === '2.5.4.3',
  );
  const commonName = String(cn?.value.valueBlock.value ?? 'dienhinh');
  return {
    signer: new CadesSigner({ key, tsaUrl: opts.tsaUrl }),
    commonName,
    source: describeSpec(source),
    kind: key.kind,
    subFilter: SUBFILTER_ETSI_CADES_DETACHED,
    timestamped: !!opts.tsaUrl,
    ltv: opts.ltv,
  };
}

/** A signer configured as a PKCS#11 URI or a signing service's URL (key-signers.ts). */
export function openSigningIdentity(
  spec: string,
  opts: { tsaUrl?: string; certFile?: string; bearer?: string; ltv?: LtvOptions } = {},
): SigningIdentity {
  return identityOf(openKeySigner(spec, opts), spec, opts);
}

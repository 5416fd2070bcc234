// What a certificate says about itself when there is no server to ask: the compact payload its QR
// code carries (signed by the province's key as a JWS, after the verification URL's "#"), the Open
// Badges 3.0 credential a unit can download, and the province's revocation list as a Bitstring
// Status List credential. Pure: the keys and the signing are the attestation service's.
import { RECOGNITION_TITLE } from './certificate-data';
import { unitDisplayName } from './units';

/** Short keys: the whole payload, signed, must fit a QR code printed 50 mm wide and still read from a 72 dpi image. */
export type QrPayload = {
  v: 1;
  /** The province (jurisdiction slug) whose key signs and whose status list says revoked or not. */
  iss: string;
  sn: string;
  /** The unit's name as printed, and its kind. */
  u: string;
  k: string;
  y: number;
  /** 1 when the title is "maintained" (duy trì). */
  m?: 1;
  /** The recognising decision's number and date (yyyy-mm-dd). */
  qd: string;
  nd: string;
  /** The certificate's index in the province's status list. */
  sl: number;
};

export type ProofView = {
  id: number;
  year: number;
  status: 'recognised' | 'maintained' | 'revoked';
  serial: string;
  decisionNumber: string;
  decisionDate: string;
  unit: { name: string; kind: string };
  jurisdiction: { slug: string; name: string; issuerLine1: string; issuerLine2?: string | null };
};

export const qrPayloadOf = (r: ProofView): QrPayload => ({
  v: 1,
  iss: r.jurisdiction.slug,
  sn: r.serial,
  u: unitDisplayName(r.unit),
  k: r.unit.kind,
  y: r.year,
  ...(r.status === 'maintained' ? { m: 1 as const } : {}),
  qd: r.decisionNumber,
  nd: String(r.decisionDate).slice(0, 10),
  sl: r.id,
});

/** The QR code's text: the verification URL, and the signed payload as its fragment (never sent to a server). */
export const qrTextOf = (verifyUrl: string, jws: string) => `${verifyUrl}#${jws}`;

export const statusListUrl = (publicUrl: string, slug: string) =>
  `${publicUrl}/verify/status/${slug}`;

/** The province's revocation list as a W3C Bitstring Status List credential (VC data model 2.0). */
export function statusListCredentialOf(
  j: { slug: string; name: string },
  encodedList: string,
  publicUrl: string,
  now: Date,
) {
  const id = statusListUrl(publicUrl, j.slug);
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2'],
    id,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: { id: `${publicUrl}/verify/issuers/${j.slug}`, name: j.name },
    validFrom: now.toISOString(),
    credentialSubject: {
      id: `${id}#list`,
      type: 'BitstringStatusList',
      statusPurpose: 'revocation',
      encodedList,
    },
  };
}

/** A certificate as an Open Badges 3.0 credential (OpenBadgeCredential, VC data model 2.0). */
export function badgeCredentialOf(r: ProofView, publicUrl: string, issuedAt: Date) {
  const issuerName = [r.jurisdiction.issuerLine1, r.jurisdiction.issuerLine2]
    .filter(Boolean)
    .join(' ');
  const title = `${r.status === 'maintained' ? 'Duy trì đạt' : 'Đạt'} danh hiệu ${RECOGNITION_TITLE} năm ${r.year}`;
  return {
    '@context': [
      'https://www.w3.org/ns/credentials/v2',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
    ],
    id: `${publicUrl}/verify/${r.serial}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: `Giấy chứng nhận số ${r.serial}`,
    issuer: {
      id: `${publicUrl}/verify/issuers/${r.jurisdiction.slug}`,
      type: ['Profile'],
      name: issuerName,
    },
    validFrom: issuedAt.toISOString(),
    credentialSubject: {
      type: ['AchievementSubject'],
      identifier: [
        {
          type: 'IdentityObject',
          identityType: 'name',
          hashed: false,
          identityHash: unitDisplayName(r.unit),
        },
      ],
      achievement: {
        id: `${publicUrl}/verify/achievements/${r.jurisdiction.slug}/${r.year}`,
        type: ['Achievement'],
        achievementType: 'Award',
        name: RECOGNITION_TITLE,
        description: title,
        criteria: {
          narrative: `Công nhận theo Quyết định số ${r.decisionNumber} ngày ${String(r.decisionDate).slice(0, 10)} của ${issuerName}.`,
        },
      },
    },
    credentialStatus: {
      id: `${statusListUrl(publicUrl, r.jurisdiction.slug)}#${r.id}`,
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: String(r.id),
      statusListCredential: statusListUrl(publicUrl, r.jurisdiction.slug),
    },
  };
}

// Maps a recognition, its unit and its jurisdiction to the certificate template's data.
import { unitDisplayName } from './units';

export { unitDisplayName } from './units';

export type RecognitionView = {
  year: number;
  status: 'recognised' | 'maintained' | 'revoked';
  serial: string;
  decisionNumber: string;
  decisionDate: string;
  signerAuthority?: string | null;
  signerDelegation?: string | null;
  signerPosition: string;
  signerName: string;
  unit: { name: string; kind: string };
  jurisdiction: {
    issuerLine1: string;
    issuerLine2?: string | null;
    issuerName: string;
    placeName: string;
  };
};

/** The nationwide name of the title, as Quyết định 3554/QĐ-BCA-V05 calls it. */
export const RECOGNITION_TITLE = 'Đơn vị điển hình về phong trào toàn dân bảo vệ an ninh Tổ quốc';

export function certificateDataOf(r: RecognitionView, publicUrl: string) {
  const issuerLines = [r.jurisdiction.issuerLine1, r.jurisdiction.issuerLine2].filter(
    (l): l is string => !!l,
  );
  return {
    issuer: { lines: issuerLines },
    grantor: `CHỦ TỊCH ${issuerLines.join(' ')}`,
    unit: { name: unitDisplayName(r.unit) },
    title: RECOGNITION_TITLE,
    year: r.year,
    maintained: r.status === 'maintained',
    decision: {
      number: r.decisionNumber,
      date: r.decisionDate,
      issuerShort: r.jurisdiction.issuerName,
    },
    place: r.jurisdiction.placeName,
    issuedOn: r.decisionDate,
    signer: {
      ...(r.signerAuthority ? { authority: r.signerAuthority } : {}),
      ...(r.signerDelegation ? { delegation: r.signerDelegation } : {}),
      position: r.signerPosition,
      name: r.signerName,
    },
    serial: r.serial,
    verifyUrl: `${publicUrl}/verify/${r.serial}`,
  };
}

// Names as the system keeps them: NFC, single spaces, and no bidirectional-text controls, so
// that a name typed or imported with a hidden U+202E cannot display reversed on a certificate.

/** Unicode's explicit direction marks, embeddings, overrides and isolates. */
export const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export function cleanName(value: string | null | undefined): string {
  return (value ?? '').normalize('NFC').replace(BIDI_CONTROLS, '').replace(/\s+/g, ' ').trim();
}

// The fields Strapi keeps on every document besides its content: its identity, timestamps,
// authors, locale and drafts. Neither an audited change nor a copied document carries them.
export const SYSTEM_FIELDS = [
  'id',
  'documentId',
  'createdAt',
  'updatedAt',
  'publishedAt',
  'locale',
  'createdBy',
  'updatedBy',
  'localizations',
] as const;

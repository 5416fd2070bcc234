// Names entered in the Content Manager (or any caller of the document service) are kept clean:
// NFC, single spaces, no bidirectional-text controls (shared/domain/text.ts).
import type { Core } from '@strapi/strapi';
import { cleanName } from '../../shared/domain/text';

const nameFields: Record<string, readonly string[]> = {
  'api::unit.unit': ['name'],
  'api::jurisdiction.jurisdiction': [
    'name',
    'issuerName',
    'issuerLine1',
    'issuerLine2',
    'placeName',
    'policeBodyName',
  ],
};

export function registerNameCleaning(strapi: Core.Strapi): void {
  strapi.documents.use(async (ctx, next) => {
    const fields = nameFields[ctx.uid];
    const data = (ctx.params as { data?: Record<string, unknown> }).data;
    if (fields && data && (ctx.action === 'create' || ctx.action === 'update')) {
      for (const f of fields)
        if (typeof data[f] === 'string') data[f] = cleanName(data[f] as string);
    }
    return next();
  });
}

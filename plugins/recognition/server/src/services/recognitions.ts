// Reads recognitions with their unit and jurisdiction, shaped for the certificate and the admin.
import type { Core } from '@strapi/strapi';
import type { RecognitionView } from '../domain/certificate-data';

const UID = 'plugin::recognition.recognition';

type Row = Omit<RecognitionView, 'unit' | 'jurisdiction'> & {
  documentId: string;
  unit?: { name: string; kind: string; code?: string; jurisdiction?: RecognitionView['jurisdiction'] & { name: string; slug: string } };
};

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async list(filters: { status?: string[] } = {}) {
    const rows = (await strapi.documents(UID).findMany({
      filters: filters.status ? { status: { $in: filters.status } } : {},
      populate: { unit: { populate: { jurisdiction: true } } },
      sort: [{ year: 'desc' }, { id: 'asc' }],
    })) as unknown as Row[];
    return rows.map((r) => ({
      documentId: r.documentId,
      year: r.year,
      status: r.status,
      serial: r.serial,
      decisionNumber: r.decisionNumber,
      decisionDate: r.decisionDate,
      unit: r.unit ? { name: r.unit.name, kind: r.unit.kind, code: r.unit.code } : null,
      jurisdiction: r.unit?.jurisdiction ? { name: r.unit.jurisdiction.name, slug: r.unit.jurisdiction.slug } : null,
    }));
  },

  async findViewBySerial(serial: string): Promise<RecognitionView | null> {
    const row = (await strapi.documents(UID).findFirst({
      filters: { serial },
      populate: { unit: { populate: { jurisdiction: true } } },
    })) as unknown as Row | null;
    if (!row?.unit?.jurisdiction) return null;
    const { unit } = row;
    return { ...row, unit: { name: unit.name, kind: unit.kind }, jurisdiction: unit.jurisdiction! };
  },
});

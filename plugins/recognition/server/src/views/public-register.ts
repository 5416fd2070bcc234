// Reads the public register of a province's year from the recognitions.
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { registerRow, type RegisterRecord } from '../../../shared/domain/public-register';
import { certifiedUnit, unitDisplayName } from '../../../shared/domain/units';
import { DomainFailure } from '../errors';
import { pdfService } from '../documents';
import { JURISDICTION, RECOGNITION } from '../constants/uids';
import { day, instant, parseRows } from '../rows';

const listed = z.object({
  status: z.enum(['recognised', 'maintained', 'revoked']),
  serial: z.string(),
  decisionNumber: z.string(),
  decisionDate: day,
  revokedAt: instant.nullish(),
  unitName: z.string().nullish(),
  unitKind: z.string().nullish(),
  unit: z.object({ name: z.string(), kind: z.string() }).nullish(),
  revocationDecision: z.object({ number: z.string().nullish(), date: day.nullish() }).nullish(),
});

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async year(slug: string, year: number) {
    const jurisdiction = await strapi.db
      .query(JURISDICTION)
      .findOne({ where: { slug }, select: ['slug', 'name'] });
    if (!jurisdiction) throw new DomainFailure('not-found', `Không có tỉnh / thành phố "${slug}".`);
    const found = await strapi.db.query(RECOGNITION).findMany({
      // Only what an issued decision recognised: a draft decision's units are not public yet.
      where: { year, unit: { jurisdiction: { slug } }, decisionNumber: { $notNull: true } },
      select: [
        'status',
        'serial',
        'decisionNumber',
        'decisionDate',
        'revokedAt',
        'unitName',
        'unitKind',
      ],
      populate: {
        unit: { select: ['name', 'kind', 'code'] },
        revocationDecision: { select: ['number', 'date'] },
      },
      orderBy: { id: 'asc' },
    });
    const publicUrl = pdfService(strapi).config().publicUrl;
    const rows = parseRows(listed, found)
      .map(
        (r): RegisterRecord => ({
          unit: unitDisplayName(certifiedUnit(r)),
          nowCalled: certifiedUnit(r).nowCalled,
          kind: certifiedUnit(r).kind,
          status: r.status,
          decisionNumber: r.decisionNumber,
          decisionDate: String(r.decisionDate).slice(0, 10),
          serial: r.serial,
          revokedAt: r.revokedAt ? new Date(r.revokedAt).toISOString().slice(0, 10) : null,
          revocationNumber: r.revocationDecision?.number ?? null,
          revocationDate: r.revocationDecision?.date
            ? String(r.revocationDecision.date).slice(0, 10)
            : null,
        }),
      )
      .sort((a: RegisterRecord, b: RegisterRecord) => a.unit.localeCompare(b.unit, 'vi'))
      .map((r: RegisterRecord) => registerRow(r, publicUrl));
    return {
      jurisdiction: { slug: jurisdiction.slug, name: jurisdiction.name },
      year,
      units: rows,
    };
  },
});

// Criteria sets in use: the first registration that scores against a set locks it, so that no
// assessment changes under a unit. The lock is per set; a jurisdiction's own sets (which replace
// the national ones for its units) are locked only by its own registrations. A locked set is
// changed only through a new version: a copy, unlocked, with the next version number.
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { checkActorScope } from '../../../shared/domain/scope';
import type { Actor } from '../../../shared/domain/workflow';
import { DomainFailure, unwrap } from '../errors';
import { clockService } from './';
import { auditService } from '../audit';
import { SYSTEM_FIELDS } from '../constants/system-fields';
import { CRITERIA_SET } from '../constants/uids';
import { placeOf } from '../guards';
import { parseRow } from '../rows';

/** A criteria set copied whole: the fields the copy reads, every other one kept as it is. */
const copied = z.looseObject({
  code: z.string(),
  version: z.number(),
  jurisdiction: z.object({ documentId: z.string() }).nullish(),
});

const notCopied: string[] = [...SYSTEM_FIELDS, 'lockedAt', 'lockedReason'];

/** A document's content without its identity, timestamps and lock, components included. */
const strip = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(strip);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => !notCopied.includes(k))
        .map(([k, v]) => [k, strip(v)]),
    );
  return value;
};

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async lockForUse(documentId: string, year: number) {
    await strapi.db.query(CRITERIA_SET).update({
      where: { documentId, lockedAt: { $null: true } },
      data: {
        lockedAt: clockService(strapi).now(),
        lockedReason: `dùng cho đăng ký năm ${year}`,
      },
    });
  },

  /**
   * Copies a criteria set into a new, unlocked version an editor may change. Versions are
   * numbered within the set's owner: a province's own set and the national one (or another
   * province's) with the same code keep their own lines of versions.
   */
  async newVersion(documentId: string) {
    const found = await strapi.documents(CRITERIA_SET).findOne({
      documentId,
      populate: {
        groups: { populate: { criteria: { populate: ['subItems'] } } },
        threshold: true,
        jurisdiction: true,
      },
    });
    const source = parseRow(copied, found);
    if (!source) throw new DomainFailure('not-found', 'Không tìm thấy bộ tiêu chí.');
    const owner = source.jurisdiction?.documentId;
    const latest = await strapi.db.query(CRITERIA_SET).findOne({
      where: {
        code: source.code,
        ...(owner
          ? { jurisdiction: { documentId: owner } }
          : { jurisdiction: { id: { $null: true } } }),
      },
      orderBy: { version: 'desc' },
      select: ['version'],
    });
    const data = strip(source) as Record<string, unknown>;
    return strapi.documents(CRITERIA_SET).create({
      data: {
        ...data,
        version: (latest?.version ?? source.version) + 1,
        jurisdiction: owner ?? null,
      } as never,
    });
  },

  /** "Tạo phiên bản mới" by an editor: a province's set by its own editors, a national set by editors of every province; audited. */
  async newVersionBy(actor: Actor, documentId: string) {
    const source = await strapi.db
      .query(CRITERIA_SET)
      .findOne({ where: { documentId }, populate: ['jurisdiction'] });
    if (!source) throw new DomainFailure('not-found', 'Không tìm thấy bộ tiêu chí.');
    unwrap(
      checkActorScope(
        actor,
        placeOf(CRITERIA_SET, source),
        `Bộ tiêu chí ${source.code}${source.jurisdiction ? '' : ' (dùng chung toàn quốc)'}`,
      ),
    );
    const made = await this.newVersion(documentId);
    await auditService(strapi).appendBy(
      actor,
      {
        action: 'criteria-set.version',
        subjectType: 'criteria-set',
        subjectId: made.documentId,
        jurisdiction: source.jurisdiction?.slug ?? null,
        before: { code: source.code, version: source.version },
        after: { code: made.code, version: made.version },
      },
      clockService(strapi).now(),
    );
    return {
      documentId: made.documentId as string,
      code: made.code as string,
      version: made.version as number,
    };
  },
});

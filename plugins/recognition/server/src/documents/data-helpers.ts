// What every document's data loader starts from: the province (issuer lines, place) and the seal
// and signature marks at the signing time.
import type { Core } from '@strapi/strapi';
import { vietnamIso } from '../../../shared/domain/vietnam-time';
import { JURISDICTION } from '../constants/uids';
import { DomainFailure } from '../errors';
import { marksService } from '../workflow';
import { type JurisdictionRow, type Signature } from './data/common';

export function dataHelpers(strapi: Core.Strapi) {
  async function jurisdictionOf(
    where: Record<string, unknown>,
  ): Promise<JurisdictionRow & { id: number }> {
    const j = await strapi.db.query(JURISDICTION).findOne({ where });
    if (!j) throw new DomainFailure('not-found', 'Không tìm thấy tỉnh / thành phố.');
    return j;
  }

  /** The seal and signature marks at the signing time, or none for an unsigned document. */
  async function signatureAt(
    signingTime: Date | null,
    jurisdiction: string | undefined,
    body: string,
    signer: string,
  ): Promise<Signature> {
    return signingTime
      ? {
          time: vietnamIso(signingTime),
          ...(await marksService(strapi).for(jurisdiction, body, signer)),
        }
      : null;
  }

  return { jurisdictionOf, signatureAt };
}

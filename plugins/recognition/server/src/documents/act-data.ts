// The data of the programme's decisions as the committee issues them: a recognition decision with
// its attached list, a revocation and an amendment, each naming the earlier decision it changes.
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { vietnamDay } from '../../../shared/domain/vietnam-time';
import { clockService } from '../config';
import { DECISION, RECOGNITION } from '../constants/uids';
import { DomainFailure } from '../errors';
import {
  day,
  decisionRow,
  jurisdictionRow,
  parseRow,
  parseRows,
  recognitionRow,
  unitRow,
} from '../rows';
import { registrationRepository } from '../workflow';
import { dataHelpers } from './data-helpers';
import { amendmentDataOf } from './data/amendment';
import { issuerLines } from './data/common';
import { decisionDataOf } from './data/decision';
import { revocationDataOf, type RevocationInput } from './data/revocation';

const issuedBy = decisionRow.extend({ jurisdiction: jurisdictionRow });
/** A decision another one amends: issued, so numbered and dated. */
const amendedOne = issuedBy.extend({ number: z.string(), date: day });
const listed = recognitionRow.extend({ unit: unitRow });
const revoked = recognitionRow.extend({
  unit: unitRow.extend({ jurisdiction: jurisdictionRow }),
  decisionNumber: z.string(),
  decisionDate: day,
});

export function actData(strapi: Core.Strapi) {
  const clock = () => clockService(strapi).now();
  const { signatureAt } = dataHelpers(strapi);

  async function decisionData(
    documentId: string,
    signingTime: Date | null,
    override: Record<string, unknown> = {},
  ) {
    const d = parseRow(
      issuedBy,
      await strapi.db
        .query(DECISION)
        .findOne({ where: { documentId }, populate: ['jurisdiction'] }),
    );
    if (!d) throw new DomainFailure('not-found', 'Không tìm thấy quyết định.');
    const recognitions = parseRows(
      listed,
      await strapi.db.query(RECOGNITION).findMany({
        where: { decision: { id: d.id } },
        populate: ['unit'],
        orderBy: { id: 'asc' },
      }),
    );
    const plan = await registrationRepository(strapi).planFor(d.jurisdiction.documentId, d.year, {
      legalBases: true,
    });
    const decision = { ...d, ...override };
    const signature = await signatureAt(
      signingTime,
      d.jurisdiction.documentId,
      issuerLines(d.jurisdiction).join(' '),
      decision.signerName || ' ',
    );
    return decisionDataOf(
      {
        decision,
        jurisdiction: d.jurisdiction,
        recognitions,
        plan: plan ?? null,
        today: vietnamDay(clock()),
      },
      signature,
    );
  }

  /** A revocation decision's data, from the recognition it revokes and what the approver entered. */
  async function revocationData(
    serial: string,
    decision: RevocationInput['decision'],
    reason: string,
    signingTime: Date,
  ) {
    const r = parseRow(
      revoked,
      await strapi.db
        .query(RECOGNITION)
        .findOne({ where: { serial }, populate: { unit: { populate: ['jurisdiction'] } } }),
    );
    if (!r) throw new DomainFailure('not-found', 'Không tìm thấy giấy chứng nhận.');
    const j = r.unit.jurisdiction;
    const plan = await registrationRepository(strapi).planFor(j.documentId, r.year, {
      legalBases: true,
    });
    const signature = await signatureAt(
      signingTime,
      j.documentId,
      issuerLines(j).join(' '),
      decision.signerName,
    );
    return revocationDataOf(
      { decision, jurisdiction: j, recognition: r, plan: plan ?? null, reason },
      signature,
    );
  }

  /** A decision amending an issued one: its data from the decision amended and what the approver entered. */
  async function amendmentData(
    amendedDocumentId: string,
    decision: RevocationInput['decision'],
    changes: string[],
    signingTime: Date,
  ) {
    const a = parseRow(
      amendedOne,
      await strapi.db
        .query(DECISION)
        .findOne({ where: { documentId: amendedDocumentId }, populate: ['jurisdiction'] }),
    );
    if (!a) throw new DomainFailure('not-found', 'Không tìm thấy quyết định.');
    const plan = await registrationRepository(strapi).planFor(a.jurisdiction.documentId, a.year, {
      legalBases: true,
    });
    const signature = await signatureAt(
      signingTime,
      a.jurisdiction.documentId,
      issuerLines(a.jurisdiction).join(' '),
      decision.signerName,
    );
    return amendmentDataOf(
      { decision, jurisdiction: a.jurisdiction, amended: a, plan: plan ?? null, changes },
      signature,
    );
  }

  return { decisionData, revocationData, amendmentData };
}

// What the police's acts print alike: the signer (the province's signer of reports, else its
// director's line), and a draft's blank number and today's date.
import type { Core } from '@strapi/strapi';
import { actKindRules, type ActKind } from '../../../../shared/domain/act';
import { vietnamDay } from '../../../../shared/domain/vietnam-time';
import { clockService } from '../../config';
import { JURISDICTION } from '../../constants/uids';
import { policeSignerOf } from '../../documents';

export async function policeSigner(strapi: Core.Strapi, jurisdictionId: number) {
  const j = await strapi.db
    .query(JURISDICTION)
    .findOne({ where: { id: jurisdictionId }, populate: ['reportSigner'] });
  return policeSignerOf(j?.reportSigner);
}

/** The number, place and date a paper bears: the issued ones, or a draft's blank number and today. */
export function draftHead(
  strapi: Core.Strapi,
  act: { kind: ActKind; jurisdiction: { placeName: string } },
  issue: { number: string; date: string } | null,
) {
  return {
    number: issue?.number ?? `        /${actKindRules[act.kind].suffix}`,
    place: act.jurisdiction.placeName,
    date: issue?.date ?? vietnamDay(clockService(strapi).now()),
  };
}

// The national sample criteria set (MAU-XA-PHUONG, its first version) as plain data a test can
// give a province as its own: ids, document ids, timestamps and locales left out.
import type { Core } from '@strapi/strapi';
import { withoutKeys } from '../../plugins/recognition/shared/domain/copy';

const SETS = 'api::criteria-set.criteria-set';
const SYSTEM = ['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'locale'];

const strip = (v: unknown): unknown => withoutKeys(v, SYSTEM);

export type SampleCriterion = { code: string; evidenceRequired?: boolean } & Record<
  string,
  unknown
>;
export type SampleSet = {
  groups: { criteria: SampleCriterion[] }[];
  threshold: unknown;
  legalBasis: string;
};

export async function sampleCriteriaSet(strapi: Core.Strapi): Promise<SampleSet> {
  const national: any = await strapi.documents(SETS).findFirst({
    filters: { code: 'MAU-XA-PHUONG' },
    sort: [{ version: 'asc' }],
    populate: {
      groups: { populate: { criteria: { populate: ['subItems'] } } },
      threshold: true,
    },
  });
  return {
    groups: strip(national.groups) as SampleSet['groups'],
    threshold: strip(national.threshold),
    legalBasis: national.legalBasis,
  };
}

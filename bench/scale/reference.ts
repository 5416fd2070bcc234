// bench:scale's country: 34 provinces (the two the project has lists for with their real
// communes and wards, the others generated up to the national count), about 10,000 agencies,
// enterprises and schools, and one plan per province governing the benchmark's years (a copy of
// a seeded plan's rules, without its eligibility rule on earlier years' results, which the
// benchmark does not load), and criteria sets effective in those years only (copies of the
// national samples). Written through the document service, as the seed writes them.
import type { Core } from '@strapi/strapi';
import { withoutKeys } from '../../plugins/recognition/shared/domain/copy';

export type Province = { id: number; documentId: string; slug: string; name: string };
export type UnitRow = {
  id: number;
  documentId: string;
  code: string;
  kind: string;
  jurisdiction: string;
};
export type Country = { provinces: Province[]; units: UnitRow[] };

const JUR = 'api::jurisdiction.jurisdiction';
const UNIT = 'api::unit.unit';
const PLAN = 'api::plan.plan';
const SET = 'api::criteria-set.criteria-set';
const orgKinds = ['co_quan', 'doanh_nghiep', 'co_so_giao_duc'] as const;

/** Runs `work` over `items`, `concurrency` at a time. */
export async function eachLimited<T>(
  items: T[],
  concurrency: number,
  work: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        await work(items[i], i);
      }
    }),
  );
}

export async function loadCountry(
  strapi: Core.Strapi,
  opts: {
    provinces: number;
    communes: number;
    organisations: number;
    firstYear: number;
    lastYear: number;
    concurrency: number;
    bigProvinceOrganisations: number;
  },
): Promise<Country> {
  const template: any = await strapi
    .documents(JUR)
    .findFirst({ filters: { slug: 'hue' }, populate: ['signers', 'reportSigner'] });
  const strip = ({
    id: _i,
    documentId: _d,
    createdAt: _c,
    updatedAt: _u,
    publishedAt: _p,
    locale: _l,
    ...rest
  }: any) => rest;
  const existing = (await strapi.db
    .query(JUR)
    .findMany({ select: ['id', 'documentId', 'slug', 'name'] })) as Province[];
  const provinces = [...existing];
  for (let p = provinces.length + 1; p <= opts.provinces; p++) {
    const n = String(p).padStart(2, '0');
    const data = {
      ...strip(template),
      name: `Tỉnh Thử Nghiệm ${n}`,
      slug: `tinh-thu-nghiem-${n}`,
      issuerLine2: `TỈNH THỬ NGHIỆM ${n}`,
      issuerName: `Ủy ban nhân dân tỉnh Thử Nghiệm ${n}`,
      placeName: `Thử Nghiệm ${n}`,
      policeBodyName: `Công an tỉnh Thử Nghiệm ${n}`,
      signers: (template.signers ?? []).map(strip),
      reportSigner: template.reportSigner ? strip(template.reportSigner) : null,
      seal: null,
    };
    const made: any = await strapi.documents(JUR).create({ data });
    provinces.push({ id: made.id, documentId: made.documentId, slug: made.slug, name: made.name });
  }

  // Communes and wards: the real lists already seeded, the rest generated evenly across the others.
  const have = await strapi.db
    .query(UNIT)
    .count({ where: { kind: { $in: ['xa', 'phuong', 'dac_khu'] } } });
  const generatedProvinces = provinces.filter((p) => !existing.some((e) => e.id === p.id));
  const toMake: { kind: string; name: string; code: string; jurisdiction: string }[] = [];
  const communes = Math.max(0, opts.communes - have);
  for (let i = 0; i < communes; i++) {
    const p = generatedProvinces[i % generatedProvinces.length];
    toMake.push({
      kind: i % 3 === 0 ? 'phuong' : 'xa',
      name: `${i % 3 === 0 ? 'Phường' : 'Xã'} Thử Nghiệm ${i + 1}`,
      code: `BX${String(i + 1).padStart(5, '0')}`,
      jurisdiction: p.documentId,
    });
  }
  // Organisations across all provinces; the first generated province gets a large share, so that
  // one approval queue holds a thousand proposed units.
  for (let i = 0; i < opts.organisations; i++) {
    const p =
      i < opts.bigProvinceOrganisations ? generatedProvinces[0] : provinces[i % provinces.length];
    const kind = orgKinds[i % orgKinds.length];
    const label =
      kind === 'co_quan' ? 'Cơ quan' : kind === 'doanh_nghiep' ? 'Doanh nghiệp' : 'Trường';
    toMake.push({
      kind,
      name: `${label} Thử Nghiệm ${i + 1}`,
      code: `BO${String(i + 1).padStart(5, '0')}`,
      jurisdiction: p.documentId,
    });
  }
  await eachLimited(toMake, opts.concurrency, async (u) => {
    await strapi.documents(UNIT).create({ data: { ...u, active: true } as never });
  });

  // A plan per province for the benchmark's years, published.
  const seeded: any = await strapi.documents(PLAN).findFirst({
    filters: { jurisdiction: { slug: 'hue' } },
    status: 'published',
    populate: {
      calendar: true,
      dossierParts: true,
      signer: true,
      legalBases: true,
      targets: true,
    } as never,
  });
  for (const p of provinces) {
    const { eligibility: _e, jurisdiction: _j, slug: _s, ...rest } = strip(seeded);
    const components = Object.fromEntries(
      ['calendar', 'dossierParts', 'legalBases', 'targets'].map((k) => [
        k,
        (seeded[k] ?? []).map(strip),
      ]),
    );
    // The tiers report twice a year to the province, which reports up to the Ministry (as
    // Đồng Tháp's plan has it, IV.1): the hierarchy the benchmark reads.
    components.calendar = [
      ...components.calendar,
      {
        kind: 'six_month_report',
        label: 'Báo cáo định kỳ 06 tháng',
        day: 10,
        month: 6,
        clause: 'IV.1',
        appliesTo: 'all',
      },
      {
        kind: 'annual_report',
        label: 'Báo cáo năm',
        day: 20,
        month: 11,
        clause: 'IV.1',
        appliesTo: 'all',
      },
    ];
    const up = {
      reporters: ['department', 'commune'],
      recipients: ['people_committee', 'ministry'],
      clause: 'IV.1',
    };
    await strapi.documents(PLAN).create({
      data: {
        ...rest,
        ...components,
        reportDuties: [
          { deadline: 'six_month_report', ...up },
          { deadline: 'annual_report', ...up },
        ],
        signer: seeded.signer ? strip(seeded.signer) : null,
        slug: `bench-${p.slug}`,
        firstYear: opts.firstYear,
        issuesCertificates: false,
        jurisdiction: p.documentId,
      } as never,
      status: 'published',
    });
  }

  // Criteria sets for the benchmark's years: copies of the national samples, effective only then.
  const samples: any[] = await strapi.documents(SET).findMany({
    filters: { jurisdiction: { id: { $null: true } } },
    populate: {
      groups: { populate: { criteria: { populate: ['subItems'] } } },
      threshold: true,
    } as never,
  });
  const deep = (v: any): any => withoutKeys(v, ['id']);
  for (const set of samples) {
    const { lockedAt: _a, lockedReason: _r, jurisdiction: _j, ...rest } = strip(set);
    await strapi.documents(SET).create({
      data: {
        ...deep(rest),
        code: `BENCH-${set.code}`,
        version: 1,
        effectiveFrom: `${opts.firstYear}-01-01`,
        effectiveTo: `${opts.lastYear}-12-31`,
      } as never,
    });
  }

  const units = (await strapi.db.query(UNIT).findMany({
    select: ['id', 'documentId', 'code', 'kind'],
    populate: { jurisdiction: { select: ['slug'] } },
    limit: 100_000,
  })) as any[];
  return {
    provinces,
    units: units.map((u) => ({
      id: u.id,
      documentId: u.documentId,
      code: u.code,
      kind: u.kind,
      jurisdiction: u.jurisdiction?.slug,
    })),
  };
}

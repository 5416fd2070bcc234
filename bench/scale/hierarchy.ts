// bench:scale's hierarchy: for each year, each province's report duties filed by its communes
// (nine in ten on time, the rest never: the list of who has not reported has work to do), the
// province's own report compiled from them, issued and signed, sent up, and received by the
// Ministry for four provinces in five. Through the reporting room's services, as the routes run
// them; the communes' reports are written in bulk (their form is one row each).
import type { Core } from '@strapi/strapi';
import { nationalScope, only } from '../../plugins/recognition/shared/domain/scope';
import { eachLimited, type Country } from './reference';

const TIER_REPORT = 'plugin::recognition.tier-report';
const UNIT = 'api::unit.unit';
const blank = { results: '', shortcomings: '', causes: '', directions: '', proposals: '' };
const zero = { registered: 0, selected: 0, submitted: 0, recognised: 0, maintained: 0 };

export async function loadReports(
  strapi: Core.Strapi,
  country: Country,
  year: number,
  concurrency: number,
): Promise<{ tierReports: number; acts: number; received: number }> {
  const room = strapi.plugin('recognition').service('report-duties');
  const ministry = { id: 'v05@bench.test', role: 'ministry' as const, scope: nationalScope };
  const counts = { tierReports: 0, acts: 0, received: 0 };
  await eachLimited(country.provinces, concurrency, async (p, i) => {
    const police = {
      id: `thuky@${p.slug}.bench`,
      role: 'secretariat' as const,
      scope: only([p.slug]),
    };
    const communes = (await strapi.db.query(UNIT).findMany({
      where: { jurisdiction: { id: p.id }, kind: { $in: ['xa', 'phuong', 'dac_khu'] } },
      select: ['id', 'code'],
    })) as { id: number; code: string }[];
    for (const duty of await room.dutiesOf(p.slug, year)) {
      const filing = communes.filter((_, k) => k % 10 !== 9);
      // Relations are kept in link tables, which only create() writes: one row at a time.
      for (const u of filing)
        await strapi.db.query(TIER_REPORT).create({
          data: {
            uniqueKey: `${p.slug}:${year}:${duty.key}:${u.code}`,
            jurisdiction: p.id,
            unit: u.id,
            year,
            duty: duty.key,
            tier: 'commune',
            status: 'submitted',
            sections: { ...blank, results: `Kết quả của ${u.code}.` },
            figures: { ...zero, cutOff: duty.cutOff, units: 1 },
            submittedOn: duty.due,
            submittedAt: new Date(`${duty.due}T03:00:00Z`),
            late: false,
          },
        });
      counts.tierReports += filing.length;
      const head = await room.compile(police, p.slug, year, duty.key);
      await room.issue(police, head.documentId);
      await room.send(police, head.documentId);
      counts.acts += 1;
      if (i % 5 !== 4) {
        await room.receive(ministry, head.documentId);
        counts.received += 1;
      }
    }
  });
  return counts;
}

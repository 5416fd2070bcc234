// A province's compiled report rendered and signed against a plan rendered and signed, per page
// (the plan has more pages): the ratio the issue asks to stay within 2×. Each measured five
// times after one warm-up, in the same process and pool, so the machine's speed cancels out.
import type { Core } from '@strapi/strapi';
import { PDFDocument } from 'pdf-lib';
import { only } from '../../plugins/recognition/shared/domain/scope';
import { met } from '../pdf/measure';

const pages = async (pdf: Buffer) => (await PDFDocument.load(pdf)).getPageCount();

export async function compiledAgainstPlan(strapi: Core.Strapi, slug: string, year: number) {
  const plugin = strapi.plugin('recognition');
  const room = plugin.service('report-duties');
  const police = { id: `thuky@${slug}.bench`, role: 'secretariat' as const, scope: only([slug]) };
  const place = (
    await strapi.db.query('api::jurisdiction.jurisdiction').findOne({ where: { slug } })
  ).placeName as string;
  // The reference is a plan with its whole text: the seeded Huế plan (the benchmark's own plans
  // copy only the rules), signed with the same key and in the same pool.
  const plan = (await strapi.documents('api::plan.plan').findFirst({
    filters: { jurisdiction: { slug: 'hue' }, slug: { $notContains: 'bench' } },
    status: 'published',
  })) as unknown as { slug: string };
  const planData = await plugin.service('document-data').dataFor('plan', plan.slug);
  const planRun = async () => {
    const t = performance.now();
    const pdf: Buffer = await plugin
      .service('documents')
      .renderSigned('plan', planData, new Date(), place, slug);
    return { ms: performance.now() - t, pages: await pages(pdf) };
  };
  // The report issued once (its number, its stored paper data), then drawn and signed again
  // from that data as the plan is: rendering and signing alike, storage aside.
  const asked = await room.request(police, slug, {
    year,
    label: 'Báo cáo đột xuất (đo)',
    due: `${year}-12-31`,
    reporters: ['commune'],
    recipients: ['ministry'],
  });
  const head = await room.compile(police, slug, year, asked.key);
  const issued = await room.issue(police, head.documentId);
  const reportRun = async () => {
    const t = performance.now();
    const pdf: Buffer = await plugin
      .service('documents')
      .renderSigned('report-act', issued.paperData, new Date(), place, slug);
    return { ms: performance.now() - t, pages: await pages(pdf) };
  };
  await planRun();
  await reportRun();
  const plans = [];
  const reports = [];
  for (let i = 1; i <= 5; i++) {
    plans.push(await planRun());
    reports.push(await reportRun());
  }
  const perPage = (r: { ms: number; pages: number }[]) =>
    r.reduce((n, x) => n + x.ms, 0) / r.reduce((n, x) => n + x.pages, 0);
  const ratio = perPage(reports) / perPage(plans);
  return `compiled report rendered and signed (${reports[0].pages} pages, ${slug}): ${perPage(reports).toFixed(0)} ms/page against the plan rendered and signed (${plans[0].pages} pages) ${perPage(plans).toFixed(0)} ms/page: ${ratio.toFixed(2)}×; target ≤ 2×: ${met(ratio <= 2)}`;
}

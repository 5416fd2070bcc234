// A province's compiled report rendered and signed against a plan of the same page count rendered
// and signed: the ratio the issue asks to stay within 2×. The plan is the seeded Huế plan with
// its whole text, cut to as many of its blocks as fill the report's pages (fixed costs, the
// signature above all, weigh the same on both). Each measured five times after one warm-up, in
// the same process and pool, so the machine's speed cancels out.
import type { Core } from '@strapi/strapi';
import { PDFDocument } from 'pdf-lib';
import type { PlanData } from '../../templates/plan/schema';
import { only } from '../../plugins/recognition/shared/domain/scope';
import { met } from '../pdf/measure';

const pages = async (pdf: Buffer) => (await PDFDocument.load(pdf)).getPageCount();
type Run = { ms: number; pages: number };

/** The plan's first `keep` blocks, its sections cut where they run out. */
function cut(plan: PlanData, keep: number): PlanData {
  let left = keep;
  const sections = [];
  for (const s of plan.sections) {
    if (left <= 0) break;
    sections.push({ ...s, blocks: s.blocks.slice(0, left) });
    left -= s.blocks.length;
  }
  return { ...plan, sections };
}

export async function compiledAgainstPlan(strapi: Core.Strapi, slug: string, year: number) {
  const plugin = strapi.plugin('recognition');
  const room = plugin.service('report-duties');
  const documents = plugin.service('documents');
  const police = { id: `thuky@${slug}.bench`, role: 'secretariat' as const, scope: only([slug]) };
  const place = (
    await strapi.db.query('api::jurisdiction.jurisdiction').findOne({ where: { slug } })
  ).placeName as string;
  const timed = async (kind: string, data: unknown): Promise<Run> => {
    const t = performance.now();
    const pdf: Buffer = await documents.renderSigned(kind, data, new Date(), place, slug);
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
  const reportRun = () => timed('report-act', issued.paperData);
  const target = (await reportRun()).pages;

  const seeded = (await strapi.documents('api::plan.plan').findFirst({
    filters: { jurisdiction: { slug: 'hue' }, slug: { $notContains: 'bench' } },
    status: 'published',
  })) as unknown as { slug: string };
  const whole: PlanData = await plugin.service('document-data').dataFor('plan', seeded.slug);
  // The most blocks that still fit the report's page count, found by halving.
  let lo = 1;
  let hi = whole.sections.reduce((n, s) => n + s.blocks.length, 0);
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if ((await timed('plan', cut(whole, mid))).pages <= target) lo = mid;
    else hi = mid - 1;
  }
  const plan = cut(whole, lo);
  const planRun = () => timed('plan', plan);

  await planRun();
  const plans: Run[] = [];
  const reports: Run[] = [];
  for (let i = 1; i <= 5; i++) {
    plans.push(await planRun());
    reports.push(await reportRun());
  }
  const mean = (r: Run[]) => r.reduce((n, x) => n + x.ms, 0) / r.length;
  const ratio = mean(reports) / mean(plans);
  return `compiled report rendered and signed (${reports[0].pages} pages, ${slug}) ${mean(reports).toFixed(0)} ms against the plan cut to ${plans[0].pages} pages (${lo} blocks) rendered and signed ${mean(plans).toFixed(0)} ms: ${ratio.toFixed(2)}×; target ≤ 2×: ${met(ratio <= 2)}`;
}

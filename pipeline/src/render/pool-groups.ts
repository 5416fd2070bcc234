// Printing documents together: the jobs of one merge key (same template, same head) waiting at
// once are taken as a group, printed as one document, each numbered from its own second page,
// and split back one per job; a group that does not split back so is printed again one by one.
import { combineHtml } from './batch';
import { unescapeHtml } from './html-text';
import { splitDocuments } from './merge';

/** At most this many documents printed together. */
const MERGE_MAX = 20;

export type Printable = { html: string; documents: number; deadline: number; mergeKey?: string };

/**
 * The next job and, when it has a merge key, others of its key, taken out of the queue. The
 * group is shared with the slots not yet printing a group of this key: eighteen waiting go as
 * two groups of nine on two pages, not one of eighteen on one while the other page idles.
 */
export function takeGroup<J extends Printable>(
  queue: J[],
  concurrency: number,
  printingOfKey: (key: string) => number,
): J[] {
  const group = [queue.shift()!];
  const key = group[0].mergeKey;
  if (!key) return group;
  const waiting = 1 + queue.filter((j) => j.mergeKey === key).length;
  const sharers = Math.max(1, concurrency - printingOfKey(key));
  const size = Math.min(MERGE_MAX, Math.ceil(waiting / sharers));
  for (let i = 0; i < queue.length && group.length < size; ) {
    if (queue[i].mergeKey === key) group.push(...queue.splice(i, 1));
    else i++;
  }
  return group;
}

/** One print for the group when it splits back one per document; otherwise one each. */
export async function printGroup(
  jobs: Printable[],
  print: (html: string, documents: number, deadline: number) => Promise<Buffer>,
): Promise<Buffer[]> {
  if (jobs.length > 1) {
    const pdf = await print(
      combineHtml(
        jobs.map((j) => j.html),
        'numbered',
      ),
      jobs.length,
      Math.max(...jobs.map((j) => j.deadline)),
    );
    const pages = await splitDocuments(
      pdf,
      jobs.map((j) => titleOf(j.html)),
    );
    if (pages.length === jobs.length) return pages;
  }
  const out: Buffer[] = [];
  for (const job of jobs) out.push(await print(job.html, job.documents, job.deadline));
  return out;
}

/** The document's own <title> (Handlebars-escaped), for the PDF split out of a group. */
function titleOf(html: string): string {
  return unescapeHtml(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '');
}

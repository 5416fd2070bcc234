// A decision's number, date and signer, planned as every decision of the committee is: the
// jurisdiction's signers (the plan's when it has none) and numbering, the numbers of the year
// issued so far, and the check, run again under the year's lock, that the number is still free.
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import {
  decisionDateLimit,
  planIssue,
  type DateLimit,
  type IssueInput,
  type Numbering,
} from '../../../shared/domain/decision-issue';
import type { CalendarEntry } from '../../../shared/domain/deadlines';
import { familyOf } from '../../../shared/domain/units';
import { recipientsOf } from '../documents';
import { DomainFailure, unwrap } from '../errors';
import { jurisdictionRow, parseRow, parseRows } from '../rows';
import { registrationRepository } from '../workflow';
import { ACT, DECISION, EXTENSION, JURISDICTION, RECOGNITION } from '../constants/uids';
import { COMMITTEE_DECISIONS, actKindRules, actKinds } from '../../../shared/domain/act';

export type Signer = {
  authority?: string | null;
  delegation?: string | null;
  position: string;
  name: string;
};

const signerRow = z.looseObject({
  authority: z.string().nullish(),
  delegation: z.string().nullish(),
  position: z.string(),
  name: z.string(),
});
const withSigners = jurisdictionRow.extend({
  decisionNumbering: z.string().nullish(),
  signers: z.array(signerRow).nullish(),
});

/** What the approver enters for a decision issued at once (recipients default to the province's). */
export type AtOnceInput = Omit<IssueInput, 'recipients'> & { recipients?: string[] };

export function decisionNumbering(strapi: Core.Strapi) {
  /** The jurisdiction with its signers (the plan's signer when it has none) and numbering. */
  async function jurisdictionOf(documentId: string, year: number) {
    const j = parseRow(
      withSigners,
      await strapi.db.query(JURISDICTION).findOne({
        where: { documentId },
        populate: { signers: { populate: ['signature'] }, seal: true },
      }),
    );
    if (!j) throw new DomainFailure('not-found', 'Không tìm thấy tỉnh / thành phố.');
    const signerOf = (s: z.infer<typeof signerRow>): Signer => ({
      authority: s.authority ?? null,
      delegation: s.delegation ?? null,
      position: s.position,
      name: s.name,
    });
    let signers = (j.signers ?? []).map(signerOf);
    if (!signers.length) {
      // The plan's signer, where the province has named none of its own.
      const signer = (await registrationRepository(strapi).planFor(documentId, year))?.signer;
      if (signer?.position && signer.name)
        signers = [signerOf({ ...signer, position: signer.position, name: signer.name })];
    }
    return {
      row: j,
      signers,
      numbering: (j.decisionNumbering ?? 'manual') as Numbering,
      suffix: (j.decisionSuffix as string) || 'QĐ-UBND',
    };
  }

  /** Numbers already issued by the jurisdiction in the year, and its highest automatic sequence. */
  async function register(jurisdictionId: number, year: number) {
    const issued = parseRows(
      z.object({ number: z.string(), sequence: z.number().nullish() }),
      await strapi.db.query(DECISION).findMany({
        where: { jurisdiction: { id: jurisdictionId }, year, status: 'issued' },
        select: ['number', 'sequence'],
      }),
    );
    // The committee's other decisions (its Bằng khen) are numbered in the same register.
    const acts = parseRows(
      z.object({ number: z.string(), sequence: z.number().nullish() }),
      await strapi.db.query(ACT).findMany({
        where: {
          jurisdiction: { id: jurisdictionId },
          year,
          status: 'issued',
          kind: { $in: actKinds.filter((k) => actKindRules[k].register === COMMITTEE_DECISIONS) },
        },
        select: ['number', 'sequence'],
      }),
    );
    const all = [...issued, ...acts];
    return {
      usedNumbers: all.map((d) => d.number),
      lastSequence: Math.max(0, ...all.map((d) => d.sequence ?? 0)),
    };
  }

  /** What issuing needs in the jurisdiction and year: numbering, signers, recipients offered, the register so far. */
  async function issueContext(jurisdictionDocumentId: string, year: number) {
    const j = await jurisdictionOf(jurisdictionDocumentId, year);
    return { ...j, ...(await register(j.row.id, year)), recipients: recipientsOf(j.row) };
  }

  /** The last day a recognition decision may bear, from the plan and its units' extensions. */
  async function recognitionDateLimit(
    decisionId: number,
    jurisdiction: string,
    year: number,
  ): Promise<DateLimit | undefined> {
    const plan = await registrationRepository(strapi).planFor(jurisdiction, year);
    const units = parseRows(
      z.object({
        unitKind: z.string().nullish(),
        unit: z.object({ id: z.number(), kind: z.string().nullish() }).nullish(),
      }),
      await strapi.db.query(RECOGNITION).findMany({
        where: { decision: { id: decisionId } },
        select: ['unitKind'],
        populate: { unit: { select: ['id', 'kind'] } },
      }),
    );
    const ids = units.flatMap((u) => (u.unit ? [u.unit.id] : []));
    const extensions = ids.length
      ? parseRows(
          z.object({ until: z.unknown() }),
          await strapi.db.query(EXTENSION).findMany({
            where: { kind: 'recognition', year, unit: { id: { $in: ids } } },
            select: ['until'],
          }),
        ).map((e) => String(e.until).slice(0, 10))
      : [];
    return decisionDateLimit(
      (plan?.calendar ?? []) as CalendarEntry[],
      year,
      [...new Set(units.map((u) => familyOf(u.unitKind ?? u.unit?.kind ?? '')))],
      extensions,
      plan?.deadlineReading === 'day_before' ? 'day_before' : 'end_of_day',
    );
  }

  /**
   * Plans a decision issued at once (a revocation, an amendment) in a jurisdiction's year: the
   * number, date and signer checked, the date not before the earlier decision's, and the fields
   * it is printed with; `recheck` runs the check again under the year's lock before storing.
   */
  async function planAtOnce(
    jurisdiction: string,
    year: number,
    input: AtOnceInput,
    at: Date,
    earlier: { date: string; what: string },
    latest?: DateLimit,
  ) {
    const ctx = await issueContext(jurisdiction, year);
    const recipients = input.recipients ?? ctx.recipients;
    const check = (register: { usedNumbers: string[]; lastSequence: number }) => {
      const planned = unwrap(
        planIssue(
          { ...input, recipients },
          { ...ctx, ...register, year, now: at, signers: ctx.signers.length, latest },
        ),
      );
      if (planned.date < earlier.date)
        throw new DomainFailure(
          'decision-invalid',
          `Ngày ${earlier.what} ${planned.date} trước ngày quyết định trước đó ${earlier.date}.`,
          { field: 'date' },
        );
      return planned;
    };
    const planned = check(ctx);
    const s = ctx.signers[input.signer];
    const fields = {
      number: planned.number,
      date: planned.date,
      signerAuthority: s.authority ?? null,
      signerDelegation: s.delegation ?? null,
      signerPosition: s.position,
      signerName: s.name,
      recipients,
    };
    const recheck = async () => {
      // An automatic number taken meanwhile is re-planned by the caller (see issue); a typed one is refused.
      if (check(await issueContext(jurisdiction, year)).number !== planned.number)
        throw new DomainFailure(
          'number-taken',
          'Một quyết định khác vừa được ban hành với số này; hãy ban hành lại.',
          { automatic: planned.sequence != null },
        );
    };
    return { ctx, planned, fields, recheck };
  }

  return { jurisdictionOf, issueContext, planAtOnce, recognitionDateLimit };
}

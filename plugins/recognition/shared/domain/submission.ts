// What a dossier still lacks before it can be submitted, and which deadline a unit faces next:
// the one place these are worked out, for the machine's submit gate and for the portal's checklist.
import type { DatedDeadline } from './deadlines';
import { criteriaOf, type CriteriaSetDef, type Marks } from './scoring';

export type DossierPart = {
  code: string;
  label: string;
  required: boolean;
  /** A part the council provides (its minutes) is filed by the council, not asked of the unit. */
  provider?: 'unit' | 'commune' | 'council';
};
export type SubmissionGaps = {
  /** Criteria (codes) without a self-score. */
  missingSelfScores: string[];
  /** Required dossier parts not yet uploaded: code and label. */
  missingDossierParts: { code: string; label: string }[];
  /** Criteria (codes) the criteria set requires evidence for, without any evidence file. */
  missingEvidence: string[];
};

export function submissionGaps(
  set: CriteriaSetDef,
  marks: Marks | null | undefined,
  parts: DossierPart[],
  dossier: Record<string, unknown> | null | undefined,
  evidence: Record<string, readonly unknown[]> | null | undefined,
): SubmissionGaps {
  const given = marks ?? {};
  return {
    missingSelfScores: criteriaOf(set)
      .filter((c) => !given[c.code])
      .map((c) => c.code),
    missingDossierParts: parts
      .filter((p) => p.required && p.provider !== 'council' && !dossier?.[p.code])
      .map(({ code, label }) => ({ code, label })),
    // Plan data, per criterion: which marks must stand on a file (a dossier without any reached scoring at 100/100).
    missingEvidence: criteriaOf(set)
      .filter((c) => c.evidenceRequired && !evidence?.[c.code]?.length)
      .map((c) => c.code),
  };
}

export type UpcomingDeadline = {
  kind: string;
  label: string;
  clause: string;
  date: string;
  daysLeft: number;
};

const DAY = 86_400_000;
/** Whole days from one ISO day to another (both Vietnam calendar days). */
export const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);

/**
 * The first deadline, of the kinds given, that has not passed on `today` (an extension replaces
 * the plan's date), with the days left; null when every one has passed or none applies.
 */
export function nextDeadline(
  deadlines: (DatedDeadline & { extendedUntil?: string | null })[],
  kinds: readonly string[],
  today: string,
): UpcomingDeadline | null {
  const open = deadlines
    .filter((d) => kinds.includes(d.kind))
    .map((d) => ({
      kind: d.kind,
      label: d.label,
      clause: d.clause,
      date: d.extendedUntil ?? d.date,
    }))
    .filter((d) => d.date >= today)
    .sort((a, b) => a.date.localeCompare(b.date));
  return open[0] ? { ...open[0], daysLeft: daysBetween(today, open[0].date) } : null;
}

// The rules of a published plan that govern a registration, taken as a snapshot when the unit
// registers: later drafts (and later published versions) change nothing for it until an editor
// applies a new version to the year on purpose.
import { z } from 'zod';
import { calendarEntry, deadlineReadings } from './deadlines';
import { classifications } from './eligibility';
import { defaultMaintenance, type MaintenanceRule } from './maintenance';

/** Who provides a dossier part, as the plan says: the unit itself, its commune, or the council (its minutes). */
export const dossierProviders = ['unit', 'commune', 'council'] as const;
export type DossierProvider = (typeof dossierProviders)[number];

/** Points by which a council score may differ from the self-score before a note is required. */
export const DEFAULT_JUSTIFICATION_GAP = 5;

const signer = z.object({
  authority: z.string().nullish(),
  delegation: z.string().nullish(),
  position: z.string(),
  name: z.string(),
});

export const planRules = z.object({
  planDocumentId: z.string(),
  planNumber: z.string(),
  /** When the version these rules come from was published (ISO). */
  publishedAt: z.string().nullable(),
  calendar: z.array(calendarEntry),
  eligibility: z
    .object({
      requireAnttSafe: z.boolean(),
      minimumClassification: z.enum(['none', ...classifications]),
      clause: z.string().nullish(),
    })
    .nullable(),
  dossierParts: z.array(
    z.object({
      code: z.string(),
      label: z.string(),
      required: z.boolean(),
      /** Who provides the part: the unit (when unsaid), its commune, or the appraisal council. */
      provider: z.enum(dossierProviders).optional(),
    }),
  ),
  usesCouncil: z.boolean(),
  /** The province selects which registrants to build before they self-assess (police advise, the People's Committee decides). */
  selection: z.boolean().optional(),
  selectionClause: z.string().nullish(),
  /** How the plan reads "trước ngày DD/MM" (snapshots taken before this setting read it as the default). */
  deadlineReading: z.enum(deadlineReadings).optional(),
  /** What maintaining means and whether the targets count it (snapshots before it: the defaults). */
  maintenance: z
    .object({
      consecutive: z.boolean(),
      targetsCountMaintained: z.boolean(),
      clause: z.string().nullable(),
    })
    .optional(),
  issuesCertificates: z.boolean(),
  justificationGap: z.number().min(0),
  signer: signer.nullable(),
});
export type PlanRules = z.infer<typeof planRules>;

type PlanRow = {
  documentId: string;
  number: string;
  publishedAt?: string | Date | null;
  calendar?: unknown[] | null;
  eligibility?: {
    requireAnttSafe?: boolean | null;
    minimumClassification?: string | null;
    clause?: string | null;
  } | null;
  dossierParts?:
    | { code: string; label: string; required?: boolean | null; provider?: string | null }[]
    | null;
  usesCouncil?: boolean | null;
  selection?: boolean | null;
  selectionClause?: string | null;
  deadlineReading?: string | null;
  maintenanceConsecutive?: boolean | null;
  targetsCountMaintained?: boolean | null;
  maintenanceClause?: string | null;
  issuesCertificates?: boolean | null;
  justificationGap?: number | string | null;
  signer?: {
    authority?: string | null;
    delegation?: string | null;
    position?: string | null;
    name?: string | null;
  } | null;
};

const strip = <T extends Record<string, unknown>>(o: T) =>
  Object.fromEntries(Object.entries(o).filter(([k]) => k !== 'id' && k !== '__component')) as T;

/** The rules of one published plan version, from its row as the document service returns it. */
export function planRulesOf(plan: PlanRow): PlanRules {
  return planRules.parse({
    planDocumentId: plan.documentId,
    planNumber: plan.number,
    publishedAt: plan.publishedAt ? new Date(plan.publishedAt).toISOString() : null,
    calendar: (plan.calendar ?? []).map((e) => strip(e as Record<string, unknown>)),
    eligibility: plan.eligibility
      ? {
          requireAnttSafe: !!plan.eligibility.requireAnttSafe,
          minimumClassification: plan.eligibility.minimumClassification ?? 'none',
          clause: plan.eligibility.clause ?? null,
        }
      : null,
    dossierParts: (plan.dossierParts ?? []).map((p) => ({
      code: p.code,
      label: p.label,
      required: !!p.required,
      provider: dossierProviders.find((x) => x === p.provider) ?? 'unit',
    })),
    usesCouncil: !!plan.usesCouncil,
    selection: !!plan.selection,
    selectionClause: plan.selectionClause ?? null,
    deadlineReading: plan.deadlineReading ?? 'end_of_day',
    maintenance: maintenanceRuleOf(plan),
    issuesCertificates: plan.issuesCertificates !== false,
    justificationGap:
      plan.justificationGap == null ? DEFAULT_JUSTIFICATION_GAP : Number(plan.justificationGap),
    signer: plan.signer?.position
      ? {
          authority: plan.signer.authority ?? null,
          delegation: plan.signer.delegation ?? null,
          position: plan.signer.position,
          name: plan.signer.name ?? '',
        }
      : null,
  });
}

/** Which published plan governs a year: the jurisdiction's plan with the latest first year not after it (the one place this rule is written). */
export function planForYear<P extends { firstYear: number }>(
  plans: P[],
  year: number,
): P | undefined {
  return plans.filter((p) => p.firstYear <= year).sort((a, b) => b.firstYear - a.firstYear)[0];
}

/** What the plan says of maintaining (a plan saved before the setting reads as the seeds do). */
export const maintenanceRuleOf = (plan: {
  maintenanceConsecutive?: boolean | null;
  targetsCountMaintained?: boolean | null;
  maintenanceClause?: string | null;
}): MaintenanceRule => ({
  consecutive: plan.maintenanceConsecutive ?? defaultMaintenance.consecutive,
  targetsCountMaintained: plan.targetsCountMaintained ?? defaultMaintenance.targetsCountMaintained,
  clause: plan.maintenanceClause ?? null,
});

// What people read about registrations: the officer's list, view and deadlines, and the
// approver's queue. Every registration carries `allowedEvents` for the asking actor, so that
// the admin and the portal show exactly the actions the machine would accept.
import type { Core } from '@strapi/strapi';
import { deadlinesForYear } from '../../../shared/domain/deadlines';
import { unitNextStep } from '../../../shared/domain/next-step';
import { receiptOf } from '../../../shared/domain/receipt';
import { scoreAssessment } from '../../../shared/domain/scoring';
import { stateLabel } from '../../../shared/domain/states';
import { submissionGaps } from '../../../shared/domain/submission';
import { familyOf } from '../../../shared/domain/units';
import { vietnamDay } from '../../../shared/domain/vietnam-time';
import type { Actor } from '../../../shared/domain/workflow';
import { clockService } from '../config';
import { RECOGNITION, REGISTRATION } from '../constants/uids';
import { pdfService } from '../documents';
import { recognitionsService } from '../decisions';
import { forecastLabels, forecastOptions } from '../../../shared/domain/registration';
import type { OfficerActor } from '../people';
import {
  allowedFor,
  registrationRepository,
  workflowService,
  type FileRef,
  type Registration,
} from '../workflow';
import { approvalQueueOf } from './approval-queue';

/** What every view of one registration starts with: who, which year, where it stands, what the actor may do. */
export const registrationHead = (reg: Registration, actor: Actor, now: Date) => ({
  documentId: reg.documentId,
  year: reg.year,
  state: reg.state,
  allowedEvents: allowedFor(actor, reg, now, reg.unit.documentId),
  unit: { code: reg.unit.code, name: reg.unit.name, kind: reg.unit.kind },
});

/** Files as the portal lists them: name, size, type, and the route that serves them to this caller. */
export const filesOf = (reg: Registration, route: string) => ({
  dossier: Object.entries(reg.dossier ?? {}).map(([part, f]) => ({ part, ...fileView(f, route) })),
  evidence: Object.fromEntries(
    Object.entries(reg.evidence ?? {}).map(([criterion, list]) => [
      criterion,
      list.map((f) => fileView(f, route)),
    ]),
  ),
});
const fileView = (f: FileRef, route: string) => ({
  id: String(f.id),
  name: f.name,
  size: f.size ?? null,
  mime: f.mime ?? null,
  at: f.at,
  url: typeof f.id === 'string' ? `${route}/${f.id}` : null,
});

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const repo = () => registrationRepository(strapi);
  const now = () => clockService(strapi).now();

  async function loadInScope(actor: Actor, documentId: string): Promise<Registration> {
    const reg = await repo().load(documentId);
    await workflowService(strapi).checkScope(actor, reg);
    return reg;
  }

  function view(reg: Registration, actor: Actor) {
    const head = registrationHead(reg, actor, now());
    return {
      ...head,
      // What the unit does next, or waits for (the province's choice, the appraisal, the decision).
      nextStep: unitNextStep(reg.state, head.allowedEvents),
      plan: reg.rules.planNumber,
      criteriaSet: {
        code: reg.criteriaSet.code,
        title: reg.criteriaSet.title,
        version: reg.criteriaSet.version,
      },
      selfMarks: reg.selfMarks ?? {},
      selfScore: scoreAssessment(reg.criteriaSet, reg.selfMarks ?? {}),
      councilTotal: reg.councilTotal,
      dossier: reg.dossier ?? {},
      requiredDossierParts: reg.rules.dossierParts
        .filter((p) => p.required)
        .map((p) => ({ code: p.code, label: p.label })),
      evidence: reg.evidence ?? {},
      stateLabel: stateLabel(reg.state),
      dossierParts: reg.rules.dossierParts,
      files: filesOf(reg, `/api/recognition/registrations/${reg.documentId}/files`),
      gaps: submissionGaps(
        reg.criteriaSet,
        reg.selfMarks,
        reg.rules.dossierParts,
        reg.dossier,
        reg.evidence,
      ),
      justificationGap: reg.rules.justificationGap,
      receipt: receiptOf({
        unitCode: reg.unit.code,
        unitKind: reg.unit.kind,
        year: reg.year,
        submittedAt: reg.submittedAt,
        calendar: reg.rules.calendar,
      }),
    };
  }

  return {
    loadInScope,

    async listForOfficer(actor: OfficerActor) {
      const rows = await strapi.db.query(REGISTRATION).findMany({
        where: { unit: { documentId: actor.unitId } },
        orderBy: { year: 'desc' },
        select: ['documentId', 'year', 'state', 'selfTotal', 'councilTotal', 'rules', 'forecast'],
      });
      return rows.map(({ id: _id, rules, forecast, ...r }: Record<string, unknown>) => ({
        ...r,
        allowedEvents: allowedFor(
          actor,
          {
            ...(r as { state: string; year: number }),
            rules: rules as { selection?: boolean },
            forecast,
          },
          now(),
          actor.unitId,
        ),
      }));
    },

    async getForOfficer(actor: Actor, documentId: string) {
      const reg = await loadInScope(actor, documentId);
      const recognition = await this.recognitionOf(reg.id);
      const before = await recognitionsService(strapi).heldBefore(reg);
      return {
        ...view(reg, actor),
        recognition,
        // The expected-results report: sent, or the outcomes open to the unit (maintain a title held before).
        forecast: reg.forecast ?? null,
        forecastOptions: forecastOptions(before).map((o) => ({
          value: o,
          label: forecastLabels[o],
        })),
      };
    },

    /**
     * The act a unit holds for a registration: its decision, and its certificate with the page
     * that verifies it (when the plan issues one). Until its decision is issued the recognition
     * has no number, and the certificate waits for it.
     */
    async recognitionOf(registrationId: number) {
      const rec = await strapi.db.query(RECOGNITION).findOne({
        where: { registration: { id: registrationId } },
        select: ['serial', 'status', 'decisionNumber', 'decisionDate', 'certificateStatus'],
      });
      if (!rec) return null;
      const certificate =
        ['queued', 'issued'].includes(rec.certificateStatus) && rec.status !== 'revoked';
      return {
        serial: rec.serial as string,
        status: rec.status as 'recognised' | 'maintained' | 'revoked',
        decisionNumber: (rec.decisionNumber as string | null) ?? null,
        decisionDate: rec.decisionDate ? String(rec.decisionDate).slice(0, 10) : null,
        issuesCertificate: rec.certificateStatus !== 'none',
        certificate,
        verifyUrl: certificate
          ? `${pdfService(strapi).config().publicUrl.replace(/\/$/, '')}/verify/${rec.serial}`
          : null,
      };
    },

    async deadlines(actor: OfficerActor, documentId: string) {
      const reg = await loadInScope(actor, documentId);
      const family = familyOf(reg.unit.kind);
      const today = vietnamDay(now());
      const extensions = await repo().extensionsOf(reg.unit.documentId, reg.year);
      return deadlinesForYear(reg.rules.calendar, reg.year)
        .filter((d) => d.appliesTo === 'all' || d.appliesTo === family)
        .map((d) => {
          const ext = extensions.find((e) => e.kind === d.kind)?.until;
          return { ...d, extendedUntil: ext ?? null, passed: (ext ?? d.date) < today };
        });
    },
    approvalQueue: approvalQueueOf(strapi),
  };
};

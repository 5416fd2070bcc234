// The decider of a unit's year: given the registration and a command carrying every fact it
// needs, the events that happen, or why not. The state machine (../workflow.ts) judges whether
// the step may be taken at all; this file says what taking it changes. Pure: the services load,
// call decide, save what evolve makes of the events, and append the events to the audit log.
import { councilVerdict, type MemberScore, type Vote } from '../council';
import { councilScore } from './council-marks';
import { attach, fileMinutes, removeFile } from './files';
import { decideForecast, type ForecastCommand } from './forecast';
import { decideSelection, type SelectionCommand } from './selection';
import { err, ok, type Result } from '../errors';
import { keepValidMarks } from '../mark-entry';
import { scoreAssessment, thresholdFailures, unmarkedCriteria, type Marks } from '../scoring';
import { submissionGaps } from '../submission';
import type { UploadLimits } from '../uploads';
import {
  type Actor,
  type DeadlineGate,
  type PriorDuty,
  type WorkflowContext,
  type WorkflowEvent,
} from '../workflow';
import { applyEvent } from '../workflow-steps';
import type { RegistrationEvent } from './events';
import type { FileRef, FileTarget, RegistrationRecord } from './record';

/** The council's side of a dossier: its members (null without a council), their sent marks, the vote that stands. */
export type Appraisal = {
  members: string[] | null;
  scores: MemberScore[];
  /** The council's last vote on this dossier that was not voided. */
  vote: Vote | null;
  /** Meetings that recorded a vote on this dossier. */
  votedMeetings: string[];
};
/** A member's own row of marks, sent or still a draft. */
export type OwnScore = { marks: Marks; draft: boolean; complete: boolean };

export type RegistrationCommand =
  | SelectionCommand
  | ForecastCommand
  | { type: 'self_assess'; input: unknown }
  | { type: 'attach_file'; target: FileTarget; file: FileRef; limits: UploadLimits }
  | { type: 'remove_file'; fileId: string }
  /** The issued minutes (an act: its number and hash), filed as the parts the council provides. */
  | { type: 'file_minutes'; file: FileRef }
  | { type: 'submit' }
  | { type: 'start_appraisal' }
  | { type: 'declare_conflict'; reason: string; appraisal: Appraisal }
  | { type: 'council_score'; input: unknown; appraisal: Appraisal; own: OwnScore | null }
  | { type: 'council_draft'; input: unknown; appraisal: Appraisal; own: OwnScore | null }
  | { type: 'reopen_scoring'; reason: string; appraisal: Appraisal }
  | { type: 'propose'; appraisal: Appraisal }
  | { type: 'not_propose'; reason: string }
  | { type: 'reject'; reason: string }
  | {
      type: 'recognise';
      decision: string;
      serial: string;
      /** Who already did a step on this dossier (by person), and whether the unit holds an earlier recognition. */
      priorDuties: PriorDuty[];
      previouslyRecognised: boolean;
    }
  | {
      type: 'revoke';
      reason: string;
      decision: { number: string; date: string; sha256: string };
      serial: string;
    };

/** Who acts and when, and the plan's deadline for the step (resolved with any extension). */
export type DecideContext = { actor: Actor; now: Date; deadline?: DeadlineGate };

/** The step of the year a command is judged as: files belong to the self-assessment, drafts to scoring. */
export function machineEventOf(c: RegistrationCommand): WorkflowEvent {
  switch (c.type) {
    case 'attach_file':
    case 'remove_file':
      return { type: 'self_assess' };
    case 'council_draft':
      return { type: 'council_score' };
    case 'propose_selection':
    case 'select':
    case 'not_select':
    case 'declare_conflict':
    case 'reopen_scoring':
    case 'not_propose':
    case 'reject':
    case 'revoke':
      return { type: c.type, reason: c.reason };
    case 'recognise':
      return { type: c.type };
    default:
      return { type: c.type };
  }
}

const conflicted = (r: RegistrationRecord) => (r.conflicts ?? []).map((c) => c.email);

/** The facts the machine's guards need for this command, taken from the record and the command. */
function machineContext(
  r: RegistrationRecord,
  c: RegistrationCommand,
  ctx: DecideContext,
): WorkflowContext {
  const base: WorkflowContext = {
    ...ctx,
    unitId: r.unitId,
    year: r.year,
    conflictedUserIds: conflicted(r),
    selection: !!r.rules.selection,
    forecastGiven: !!r.forecast,
  };
  if (c.type === 'submit') {
    const gaps = submissionGaps(
      r.criteriaSet,
      r.selfMarks,
      r.rules.dossierParts,
      r.dossier,
      r.evidence,
    );
    return {
      ...base,
      missingSelfScores: gaps.missingSelfScores,
      missingDossierParts: gaps.missingDossierParts.map((p) => p.label),
      missingEvidence: gaps.missingEvidence,
    };
  }
  if (c.type === 'recognise')
    return { ...base, priorDuties: c.priorDuties, previouslyRecognised: c.previouslyRecognised };
  if (!('appraisal' in c)) return base;
  const a = c.appraisal;
  const voteRecorded = a.members !== null && a.vote !== null;
  if (c.type !== 'propose') return { ...base, voteRecorded };
  // Judged on the council's verdict (every member's full marks), or on the unit's own without a council.
  const verdict = a.members
    ? councilVerdict(r.criteriaSet, a.members, conflicted(r), a.scores)
    : null;
  return {
    ...base,
    councilRequired: r.rules.usesCouncil || a.members !== null,
    councilGaps: verdict?.gaps ?? [],
    vote: a.members ? a.vote : null,
    thresholdFailures: verdict
      ? verdict.failures
      : thresholdFailures(r.criteriaSet, r.selfMarks ?? {}),
  };
}

export function decide(
  r: RegistrationRecord,
  c: RegistrationCommand,
  ctx: DecideContext,
): Result<RegistrationEvent[]> {
  const moved = applyEvent(r.state, machineEventOf(c), machineContext(r, c, ctx));
  if (!moved.ok) return moved;
  const state = moved.value;
  const at = ctx.now.toISOString();
  const member = ctx.actor.id;
  switch (c.type) {
    case 'propose_selection':
    case 'select':
    case 'not_select':
      return decideSelection(r, c, state, at);
    case 'forecast':
      return decideForecast(r, c, at);
    case 'self_assess': {
      // A draft keeps every mark it can: a wrong one is refused on its own (and said so), never the batch.
      const kept = keepValidMarks(r.criteriaSet, c.input);
      if (!kept.ok) return kept;
      const { valid, cleared, refused } = kept.value;
      const marks: Marks = { ...(r.selfMarks ?? {}), ...valid };
      for (const code of cleared) delete marks[code];
      const total = scoreAssessment(r.criteriaSet, marks).total;
      return ok([
        {
          type: c.type,
          state,
          selfMarks: marks,
          selfTotal: total,
          saved: [...Object.keys(valid), ...cleared],
          refused,
        },
      ]);
    }
    case 'attach_file':
      return attach(r, c);
    case 'remove_file':
      return removeFile(r, c.fileId);
    case 'file_minutes':
      return fileMinutes(r, c.file);
    case 'submit':
      return ok([{ type: c.type, state, submittedAt: at }]);
    case 'start_appraisal':
      return ok([{ type: c.type, state }]);
    case 'declare_conflict': {
      // A member with a conflict must not weigh on the result: their earlier scores are voided.
      const others = c.appraisal.scores.filter((s) => s.member !== member);
      const councilTotal = councilVerdict(
        r.criteriaSet,
        c.appraisal.members ?? [],
        [...conflicted(r).filter((m) => m !== member), member],
        others,
      ).total;
      const voidedScores = c.appraisal.scores.length - others.length;
      return ok([
        { type: 'conflict.declare', member, reason: c.reason, at, voidedScores, councilTotal },
      ]);
    }
    case 'council_score':
      return councilScore(r, c, member);
    case 'council_draft': {
      if (c.own && !c.own.draft)
        return err(
          'council-scores-sent',
          'Anh/Chị đã gửi điểm thẩm định cho hồ sơ này; điểm đã gửi không lưu nháp lại được.',
        );
      const kept = keepValidMarks(r.criteriaSet, c.input);
      if (!kept.ok) return kept;
      const { valid, cleared, refused } = kept.value;
      const marks: Marks = { ...(c.own?.marks ?? {}), ...valid };
      for (const code of cleared) delete marks[code];
      const total = scoreAssessment(r.criteriaSet, marks).total;
      const complete = unmarkedCriteria(r.criteriaSet, marks).length === 0;
      const saved = [...Object.keys(valid), ...cleared];
      return ok([{ type: 'council-score.draft', member, marks, total, complete, saved, refused }]);
    }
    case 'reopen_scoring': {
      const voidedVotes = [...new Set([...(r.voidedVotes ?? []), ...c.appraisal.votedMeetings])];
      return ok([{ type: c.type, reason: c.reason, voidedVotes }]);
    }
    case 'propose':
      return ok([{ type: c.type, state, stateReason: null }]);
    case 'not_propose':
      return ok([{ type: c.type, state, stateReason: c.reason }]);
    case 'reject':
      return ok([{ type: c.type, state, stateReason: c.reason, decidedAt: at }]);
    case 'recognise': {
      const { decision, serial } = c;
      const certificate = r.rules.issuesCertificates;
      return ok([{ type: c.type, state, decidedAt: at, decision, serial, certificate }]);
    }
    case 'revoke': {
      const { number, date, sha256 } = c.decision;
      const stateReason = c.reason;
      return ok([
        { type: c.type, state, stateReason, decision: number, date, serial: c.serial, sha256 },
      ]);
    }
  }
}

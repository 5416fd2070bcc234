// applyEvent: the machine's answer for one step, with the guards each event adds to the table
// (workflow.ts): deadlines, reasons, eligibility, a complete dossier, marks locked by a vote, the
// proposal's gate and, for recognising, four eyes and separated duties.
import { gapsInWords, voteCarries } from './council';
import { err, ok, type Result } from './errors';
import { eventLabels, type EventType, type State } from './states';
import { displayDate } from './vietnam-time';
import {
  deadlineEnd,
  refusal,
  transitions,
  type PriorDuty,
  type WorkflowContext,
  type WorkflowEvent,
} from './workflow';

const dutyLabels: Record<PriorDuty['duty'], string> = {
  scored: 'chấm điểm thẩm định',
  voted: 'ghi biểu quyết của hội đồng về',
  proposed: 'đề nghị công nhận',
};

const needsReason: readonly EventType[] = [
  'propose_selection',
  'not_select',
  'declare_conflict',
  'reopen_scoring',
  'not_propose',
  'reject',
  'revoke',
];

function checkCommon(state: State, event: WorkflowEvent, ctx: WorkflowContext): Result<true> {
  const refused = refusal(state, event.type, ctx.actor, ctx.unitId, ctx);
  if (refused) return { ok: false, error: refused };
  if (ctx.deadline) {
    // An extension runs to the end of the day granted; the plan's own day is read as it says.
    const end = ctx.deadline.extendedUntil
      ? deadlineEnd(ctx.deadline.extendedUntil)
      : deadlineEnd(ctx.deadline.date, ctx.deadline.reading);
    if (ctx.now.getTime() > end.getTime()) {
      const extended = ctx.deadline.extendedUntil
        ? ` (đã gia hạn đến ${displayDate(ctx.deadline.extendedUntil)})`
        : '';
      return err(
        'deadline-passed',
        `Đã quá thời hạn "${ctx.deadline.label}" ngày ${displayDate(ctx.deadline.date)}${extended} theo mục ${ctx.deadline.clause} của kế hoạch; cần người phê duyệt gia hạn.`,
        { deadline: ctx.deadline.date, clause: ctx.deadline.clause },
      );
    }
  }
  if (needsReason.includes(event.type)) {
    const reason = (event as { reason?: string }).reason;
    if (!reason || reason.trim().length < 5)
      return err('reason-required', `Cần ghi lý do ${eventLabels[event.type]} (ít nhất 5 ký tự).`);
  }
  return ok(true);
}

function checkProposal(ctx: WorkflowContext): Result<true> {
  if (ctx.councilRequired) {
    if (ctx.councilGaps?.length) {
      return err('council-incomplete', `Hội đồng chưa chấm đủ: ${gapsInWords(ctx.councilGaps)}.`, {
        members: ctx.councilGaps.map((g) => g.member),
        gaps: ctx.councilGaps,
      });
    }
    if (!voteCarries(ctx.vote)) {
      return err(
        'vote-required',
        'Chỉ đề nghị công nhận khi hội đồng thẩm định đã họp và biểu quyết tán thành đơn vị này (số tán thành nhiều hơn không tán thành).',
      );
    }
  }
  if (ctx.thresholdFailures?.length) {
    return err(
      'threshold-not-met',
      `Đơn vị chưa đạt ngưỡng công nhận của bộ tiêu chí: ${ctx.thresholdFailures.join('; ')}.`,
      { reasons: ctx.thresholdFailures },
    );
  }
  return ok(true);
}

export function applyEvent(
  state: State,
  event: WorkflowEvent,
  ctx: WorkflowContext,
): Result<State> {
  const common = checkCommon(state, event, ctx);
  if (!common.ok) return common;
  const t = transitions[event.type];
  const { actor } = ctx;
  switch (event.type) {
    case 'register':
      if (ctx.eligibility && !ctx.eligibility.ok) {
        return err(
          'ineligible',
          `Đơn vị chưa đủ điều kiện đăng ký: ${ctx.eligibility.reasons.join('; ')}.`,
          { reasons: ctx.eligibility.reasons },
        );
      }
      break;
    case 'submit':
      if (ctx.missingSelfScores?.length) {
        return err(
          'scores-incomplete',
          `Chưa tự chấm điểm các tiêu chí: ${ctx.missingSelfScores.join(', ')}.`,
          { missing: ctx.missingSelfScores },
        );
      }
      if (ctx.missingDossierParts?.length) {
        return err(
          'dossier-incomplete',
          `Hồ sơ còn thiếu: ${ctx.missingDossierParts.join('; ')}.`,
          { missing: ctx.missingDossierParts },
        );
      }
      if (ctx.missingEvidence?.length) {
        return err(
          'evidence-missing',
          `Chưa có minh chứng cho các tiêu chí kế hoạch yêu cầu minh chứng: ${ctx.missingEvidence.join(', ')}.`,
          { missing: ctx.missingEvidence },
        );
      }
      break;
    case 'council_score':
    case 'declare_conflict':
      // The vote was taken on these marks: they stay as voted until the secretariat reopens scoring (an audited act that voids the vote).
      if (ctx.voteRecorded) {
        return err(
          'marks-locked',
          'Hội đồng đã biểu quyết về hồ sơ này: điểm thẩm định đã khóa. Thư ký phải mở lại chấm điểm (hủy biểu quyết) trước khi sửa.',
        );
      }
      break;
    case 'reopen_scoring':
      if (!ctx.voteRecorded)
        return err(
          'invalid-transition',
          'Hồ sơ chưa có biểu quyết nào của hội đồng để hủy; điểm thẩm định chưa khóa.',
        );
      break;
    case 'propose': {
      const gate = checkProposal(ctx);
      if (!gate.ok) return gate;
      break;
    }
    case 'recognise':
      // Persons, never addresses: an e-mail can be changed, a person cannot become someone else.
      if (!actor.personId)
        return err(
          'four-eyes',
          'Không xác định được người công nhận (tài khoản chưa gắn với người dùng hệ thống).',
        );
      if (ctx.priorDuties?.some((d) => d.duty === 'scored' && d.personId === actor.personId)) {
        return err(
          'four-eyes',
          'Người đã chấm điểm thẩm định đơn vị này không được công nhận đơn vị (nguyên tắc bốn mắt).',
        );
      }
      {
        // Separation of duties: one person, whichever of their accounts or roles they use, does one step.
        const prior = actor.personId
          ? ctx.priorDuties?.find((d) => d.personId === actor.personId)
          : undefined;
        if (prior)
          return err(
            'separation-of-duties',
            `Người đã ${dutyLabels[prior.duty]} hồ sơ này không được công nhận đơn vị (tách bạch nhiệm vụ: mỗi người chỉ làm một bước).`,
            { duty: prior.duty },
          );
      }
      return ok(ctx.previouslyRecognised ? 'maintained' : 'recognised');
    default:
      break;
  }
  return ok(t.to === 'same' ? state : t.to);
}

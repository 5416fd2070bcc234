// Publishing a plan changes live rules, so "Xuất bản" on a plan asks first and says what it
// would do: what changes against the version in force, the text's references the server
// refuses, dates written out that the calendar does not hold, and the registrations in progress
// that keep their rules until the new version is applied to their year. The server's check
// decides; this only shows it.
import { Box, Typography } from '@strapi/design-system';
import { useEffect, useState } from 'react';
import { schemas, useApi } from '../api/client';

type Check = ReturnType<typeof schemas.planPublishCheck.parse>;

export const PublishCheck = ({ documentId }: { documentId: string }) => {
  const api = useApi();
  const [check, setCheck] = useState<Check | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api
      .get(`/recognition/plans/${documentId}/publish-check`, schemas.planPublishCheck)
      .then(setCheck, (e) => setError(e.message));
  }, [api, documentId]);
  if (error) return <Typography textColor="danger600">{error}</Typography>;
  if (!check) return <Typography>Đang kiểm tra văn bản kế hoạch…</Typography>;
  const live = check.liveRegistrations;
  return (
    <Box>
      <Typography tag="p">
        Xuất bản kế hoạch số {check.number}: từ lúc này đăng ký mới theo quy định của phiên bản này.
      </Typography>
      <Box paddingTop={2}>
        <Typography fontWeight="bold">
          Thay đổi so với bản đang ban hành ({check.changes.length})
        </Typography>
        {check.changes.length === 0 ? (
          <Typography tag="p">Không có thay đổi nào.</Typography>
        ) : (
          <ul>
            {check.changes.map((c, i) => (
              <li key={i}>{c}</li>
            ))}
          </ul>
        )}
      </Box>
      <Typography tag="p">
        {live.total
          ? `${live.total} hồ sơ đang xử lý theo kế hoạch này (${live.years.map((y) => `năm ${y.year}: ${y.count}`).join('; ')}) vẫn giữ quy định cũ cho đến khi áp dụng phiên bản mới cho năm đó (Bảng theo dõi, "Áp dụng cho năm").`
          : 'Không có hồ sơ nào đang xử lý theo kế hoạch này.'}
      </Typography>
      {check.unknownRefs.length > 0 && (
        <Box paddingTop={2}>
          <Typography textColor="danger600" fontWeight="bold">
            Không xuất bản được: tham chiếu không có trong quy định của kế hoạch
          </Typography>
          <ul>
            {check.unknownRefs.map((f, i) => (
              <li key={i}>
                {f.where}: {f.text}
              </li>
            ))}
          </ul>
        </Box>
      )}
      {check.unmatchedDates.length > 0 && (
        <Box paddingTop={2}>
          <Typography textColor="warning600" fontWeight="bold">
            Ngày viết tay trong văn bản không có trong phần Thời hạn ({check.unmatchedDates.length})
          </Typography>
          <Typography tag="p" variant="pi">
            Nếu là thời hạn, hãy thay bằng tham chiếu (ví dụ {'{han:registration}'}) để văn bản theo
            đúng quy định.
          </Typography>
          <ul>
            {check.unmatchedDates.map((f, i) => (
              <li key={i}>
                {f.where}: {f.text}
              </li>
            ))}
          </ul>
        </Box>
      )}
    </Box>
  );
};

/** Marks the plan's publish button, so that the keyboard shortcut can press it. */
const MARK = 'data-plan-publish';

/**
 * The content manager's publish action, for plans asking for confirmation with the check first.
 * Two things in Strapi's own action would let a plan be published without it, or lose it:
 * - its shortcut (Ctrl/Cmd + Shift + Enter) publishes at once; here it presses the button, which
 *   asks;
 * - it turns itself disabled for a moment each time the window regains focus (it counts draft
 *   relations again), and the panel then re-creates its button and the open dialog closes, as
 *   soon as the editor comes back from the PDF preview's tab. While the confirmation is open
 *   the button stays as it is.
 */
export function withPlanConfirmation(Publish: any) {
  const Action = (props: any) => {
    const action = Publish(props);
    const [open, setOpen] = useState(false);
    const isPlan = !!action && props.model === 'api::plan.plan' && !!props.documentId;
    useEffect(() => {
      if (!isPlan) return;
      const onKey = (e: KeyboardEvent) => {
        if (!(e.metaKey || e.ctrlKey) || !e.shiftKey || e.key.toLowerCase() !== 'enter') return;
        // Capture on window runs before Strapi's listener on window, which this one silences.
        e.preventDefault();
        e.stopImmediatePropagation();
        const button = document.querySelector(`[${MARK}]`)?.closest('button');
        if (button && !button.disabled) button.click();
      };
      window.addEventListener('keydown', onKey, true);
      return () => window.removeEventListener('keydown', onKey, true);
    }, [isPlan]);
    if (!isPlan) return action;
    const publish = action.dialog?.onConfirm ?? action.onClick;
    return {
      ...action,
      label: <span {...{ [MARK]: '' }}>{action.label}</span>,
      disabled: open ? false : action.disabled,
      // Nothing happens on the click itself: the dialog opens and publishing is its confirm.
      onClick: () => {
        setOpen(true);
        return false;
      },
      dialog: {
        type: 'dialog',
        title: 'Xác nhận xuất bản kế hoạch',
        content: <PublishCheck documentId={props.documentId} />,
        confirmLabel: 'Xuất bản',
        onCancel: () => setOpen(false),
        onConfirm: async () => {
          try {
            await publish();
          } finally {
            setOpen(false);
          }
        },
      },
    };
  };
  Action.type = Publish.type;
  Action.position = Publish.position;
  return Action;
}

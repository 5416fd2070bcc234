// What a unit's officer reads as the next step of a year's registration: the unit's own step
// when the machine allows one, otherwise who holds the dossier now and what the unit waits for.
// The portal's home card says this, so that a card never reads "follow the appraisal" after the
// unit was recognised.
import type { EventType, State } from './states';

const unitSteps: Partial<Record<EventType, string>> = {
  self_assess: 'tự chấm điểm theo bộ tiêu chí và đính kèm minh chứng',
  forecast: 'gửi báo cáo dự kiến kết quả (đạt, duy trì hay năm nay chưa đạt)',
  submit: 'nộp hồ sơ cho tỉnh / thành phố',
};

const waiting: Record<State, string> = {
  none: 'Đơn vị chưa đăng ký năm này.',
  registered:
    'Chờ Công an tham mưu và Ủy ban nhân dân lựa chọn đơn vị xây dựng điển hình (nếu kế hoạch có bước lựa chọn).',
  selection_proposed: 'Công an đã tham mưu: chờ Ủy ban nhân dân quyết định lựa chọn đơn vị.',
  selected: 'Tự chấm điểm theo bộ tiêu chí.',
  not_selected: 'Đơn vị không được lựa chọn xây dựng điển hình năm này; lý do ở trang hồ sơ.',
  self_assessed: 'Nộp hồ sơ cho tỉnh / thành phố.',
  submitted:
    'Hồ sơ đã nộp: chờ tỉnh / thành phố đưa vào thẩm định; đơn vị có thể được yêu cầu bổ sung.',
  under_appraisal:
    'Hội đồng thẩm định đang chấm điểm và họp xét hồ sơ; theo dõi yêu cầu bổ sung (nếu có).',
  proposed: 'Hồ sơ đã được đề nghị công nhận: chờ Chủ tịch Ủy ban nhân dân quyết định.',
  not_proposed: 'Hồ sơ không được đề nghị công nhận năm này; lý do ở trang hồ sơ.',
  recognised:
    'Đơn vị đã được công nhận: xem quyết định và giấy chứng nhận (nếu kế hoạch cấp) ở trang hồ sơ.',
  maintained:
    'Đơn vị được công nhận duy trì: xem quyết định và giấy chứng nhận (nếu kế hoạch cấp) ở trang hồ sơ.',
  rejected: 'Hồ sơ không được công nhận năm này; lý do ở trang hồ sơ.',
  revoked: 'Công nhận đã bị thu hồi; quyết định thu hồi ở trang hồ sơ.',
};

/** The unit's next step in words, from where the registration stands and what the unit may do. */
export function unitNextStep(state: State, allowed: readonly string[]): string {
  const own = allowed.map((e) => unitSteps[e as EventType]).filter((s): s is string => !!s);
  if (own.length) return `${own.join('; ').replace(/^./, (c) => c.toLocaleUpperCase('vi-VN'))}.`;
  return waiting[state];
}

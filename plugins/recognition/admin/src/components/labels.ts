// Vietnamese labels of the workflow states, shared by the admin pages.
export const stateLabels: Record<string, string> = {
  registered: 'Đã đăng ký',
  self_assessed: 'Đã tự chấm',
  submitted: 'Đã nộp hồ sơ',
  under_appraisal: 'Đang thẩm định',
  proposed: 'Được đề nghị',
  not_proposed: 'Không đề nghị',
  recognised: 'Đã công nhận',
  maintained: 'Duy trì',
  rejected: 'Không công nhận',
  revoked: 'Đã thu hồi',
};

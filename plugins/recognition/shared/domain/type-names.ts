// The plugin's content types by name, as their schemas (server/src/content-types) name them: the admin
// shows each name as its own message (cms/src/admin/app.tsx), and cannot read the server's files.
// A test holds the two together. Pure.
export const pluginTypeNames: Record<string, string> = {
  'plugin::recognition.act': 'Văn bản',
  'plugin::recognition.audit-checkpoint': 'Điểm kiểm tra nhật ký',
  'plugin::recognition.audit-event': 'Nhật ký',
  'plugin::recognition.council-score': 'Điểm thẩm định',
  'plugin::recognition.council': 'Hội đồng thẩm định',
  'plugin::recognition.decision': 'Quyết định',
  'plugin::recognition.extension': 'Gia hạn',
  'plugin::recognition.idempotency-record': 'Khóa chống lặp',
  'plugin::recognition.login-attempt': 'Đăng nhập sai',
  'plugin::recognition.meeting': 'Cuộc họp thẩm định',
  'plugin::recognition.membership': 'Phân công người dùng',
  'plugin::recognition.notification': 'Thông báo trên cổng',
  'plugin::recognition.person': 'Người dùng hệ thống',
  'plugin::recognition.received-report': 'Báo cáo đã nhận từ tỉnh',
  'plugin::recognition.recognition': 'Công nhận điển hình',
  'plugin::recognition.registration': 'Đăng ký điển hình',
  'plugin::recognition.reminder': 'Nhắc hạn đã gửi',
  'plugin::recognition.report-request': 'Yêu cầu báo cáo',
  'plugin::recognition.session-floor': 'Mốc phiên đăng nhập',
  'plugin::recognition.tier-report': 'Báo cáo của sở, ngành, xã',
  'plugin::recognition.title-review': 'Xem xét danh hiệu',
  'plugin::recognition.individual': 'Cá nhân được khen thưởng',
  'plugin::recognition.commendation': 'Khen thưởng',
};

/** Vietnamese messages of the model registration use cases (labels of states/actions live in lib/i18n/vi.ts). */
export const MODEL_MESSAGES = {
  notFound: "Không tìm thấy mô hình.",
  forbidden: "Bạn không có quyền thực hiện thao tác này.",
  invalid: "Thông tin chưa hợp lệ. Vui lòng kiểm tra các mục được đánh dấu.",
  conflict: "Mô hình đã được thay đổi ở nơi khác. Hãy tải lại để xem bản mới nhất.",
  notEditable: "Chỉ sửa được mô hình ở trạng thái bản nháp hoặc đang được yêu cầu bổ sung.",
  notDeletable: "Chỉ xoá được bản nháp chưa từng gửi đăng ký (và chưa được mô hình khác ghi là nơi nhân rộng).",
  notSubmittable: "Chỉ gửi đăng ký được bản nháp hoặc mô hình đã bổ sung theo yêu cầu.",
  notWithdrawable: "Chỉ rút được hồ sơ đã gửi và chưa bắt đầu thẩm định.",
  notReportable: "Chỉ báo cáo kết quả được cho mô hình đã gửi đăng ký và chưa rút hồ sơ.",
  submitIncomplete: "Hồ sơ chưa đủ thông tin để gửi đăng ký. Vui lòng bổ sung các mục được đánh dấu.",
  committeeNotAllowed:
    "Đơn vị không thể đăng ký với cấp này. Vui lòng chọn ban chỉ đạo cấp xã, huyện hoặc tỉnh mà đơn vị trực thuộc hiện nay.",
  campaignNotFound: "Không tìm thấy đợt thi đua.",
  campaignClosed: "Đợt thi đua đã kết thúc, không thể đăng ký thêm.",
  campaignNotOpen: "Đợt thi đua chưa mở, chưa thể gửi đăng ký.",
  registrationDeadlinePassed: (deadline: string) =>
    `Đã hết hạn đăng ký của đợt thi đua này (hạn cuối ngày ${deadline}). Vui lòng chọn đợt thi đua khác.`,
  historicNeedsClosedCampaign:
    "Chỉ ghi nhận bổ sung được mô hình của đợt thi đua đã kết thúc. Đợt đang mở thì đăng ký như thường lệ.",
  historicBeforeCampaign: (start: string) => `Ngày xét công nhận không được trước ngày bắt đầu đợt thi đua (${start}).`,
  fieldNotFound: "Lĩnh vực không hợp lệ.",
  replicationNotAllowed: "Chỉ chọn được mô hình đã được công nhận trong tỉnh.",
  replicationSelf: "Mô hình không thể nhân rộng từ chính nó.",
  unitGone: "Đơn vị của bạn không còn trong cây tổ chức hiện nay. Vui lòng liên hệ quản trị hệ thống.",
} as const;

/**
 * Notification texts. A Notification row stores a message key and its params (never the text), so the
 * text is rendered in the UI language when shown (lib/notifications/render-notification.ts) and can be
 * reworded without touching stored rows.
 */
export const notificationsText = {
  messages: {
    "model.review_started": "Mô hình “{title}” đang được thẩm định {level}.",
    "model.revision_requested": "Mô hình “{title}” được yêu cầu bổ sung hồ sơ {level}: {comment}",
    "model.recognized": "Mô hình “{title}” đã được công nhận {level}.",
    "model.not_recognized": "Mô hình “{title}” chưa được công nhận {level}: {comment}",
    "model.typical": "Mô hình “{title}” đã được công nhận điển hình {level}.",
    "model.proposed": "Mô hình “{title}” đã được đề nghị lên {unitName} xem xét, công nhận.",
    "review.submitted": "{unitName} đã gửi đăng ký mô hình “{title}” ({code}), chờ thẩm định {level}.",
    "review.resubmitted": "{unitName} đã bổ sung và gửi lại mô hình “{title}” ({code}), chờ thẩm định {level}.",
    "review.proposed": "{unitName} đề nghị xem xét, công nhận mô hình “{title}” ({code}) {level}.",
    "model.step_undone": "Bước thẩm định gần nhất của mô hình “{title}” {level} đã được hoàn tác.",
  },
  /** A key from a later version. */
  fallback: "Bạn có thông báo mới về mô hình.",
} as const;

/** Vietnamese messages of the dashboard use cases. */
export const DASHBOARD_MESSAGES = {
  invalidFilter: "Bộ lọc thống kê không hợp lệ. Vui lòng chọn lại đợt, năm, quý hoặc đơn vị.",
  unitNotFound: "Không tìm thấy đơn vị trong phạm vi của bạn.",
} as const;

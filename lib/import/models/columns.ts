import type { Column } from "../columns";
import { KIND_LABELS, LEVEL_LABELS } from "../values";

export const MODEL_OUTCOMES = { RECOGNIZED: "Công nhận", NOT_RECOGNIZED: "Không công nhận" } as const;

const levels = Object.values(LEVEL_LABELS);

export const MODEL_COLUMNS = [
  {
    key: "code",
    header: "Mã mô hình",
    required: true,
    help: "Bắt buộc, không trùng. Là khóa: nhập lại cùng mã sẽ cập nhật, không tạo mới.",
    width: 18,
  },
  {
    key: "campaign",
    header: "Mã đợt thi đua",
    required: true,
    help: "Bắt buộc: mã của đợt/giai đoạn đã có trong cổng.",
    width: 16,
  },
  {
    key: "kind",
    header: "Loại",
    required: true,
    help: "Bắt buộc: Tập thể hoặc Cá nhân.",
    allowed: Object.values(KIND_LABELS),
    width: 10,
  },
  {
    key: "field",
    header: "Lĩnh vực",
    required: true,
    help: "Bắt buộc: tên lĩnh vực trong danh mục của cổng.",
    width: 26,
  },
  { key: "title", header: "Tên mô hình", required: true, help: "Bắt buộc.", width: 50 },
  {
    key: "unitCode",
    header: "Mã đơn vị",
    help: "Mã đơn vị trong cây tổ chức. Để trống thì ghi tên đơn vị: cổng tìm theo tên (không phân biệt dấu, hoa thường).",
    width: 16,
  },
  {
    key: "unitName",
    header: "Tên đơn vị",
    help:
      "Tên đơn vị như lúc đăng ký (trống: lấy theo mã đơn vị). Không có mã: tìm theo tên trong cây tổ chức; " +
      "đơn vị ngoài cây thì ghi dưới đơn vị của bạn, cần có địa chỉ.",
    width: 34,
  },
  { key: "address", header: "Địa chỉ", help: "Địa chỉ như lúc đăng ký (trống: lấy theo cây tổ chức).", width: 40 },
  { key: "personName", header: "Họ tên cá nhân", help: "Bắt buộc với mô hình cá nhân.", width: 24 },
  { key: "personPosition", header: "Chức vụ", help: "Chức vụ của cá nhân (nếu có).", width: 24 },
  {
    key: "registeredLevel",
    header: "Cấp đăng ký",
    required: true,
    help: "Bắt buộc: Xã, Huyện hoặc Tỉnh.",
    allowed: levels,
    width: 12,
  },
  {
    key: "outcome",
    header: "Kết quả",
    required: true,
    help:
      "Bắt buộc: Công nhận hoặc Không công nhận. Tệp chỉ nhận mô hình đã có kết quả thẩm định; " +
      "mô hình chưa thẩm định hãy đăng ký trên cổng.",
    allowed: Object.values(MODEL_OUTCOMES),
    width: 16,
  },
  {
    key: "recognizedLevel",
    header: "Cấp công nhận",
    help: "Bắt buộc khi được công nhận; không thấp hơn cấp đăng ký.",
    allowed: levels,
    width: 14,
  },
  {
    key: "outcomeDate",
    header: "Ngày kết quả",
    required: true,
    help:
      "Bắt buộc: ngày công nhận hoặc không công nhận, dạng dd/mm/yyyy. Tệp không có cột ngày đăng ký: " +
      "thống kê theo năm, quý đăng ký dùng ngày này.",
    date: true,
    width: 14,
  },
  {
    key: "typicalLevel",
    header: "Cấp điển hình",
    help: "Nếu được chọn là điển hình: cấp chọn (Xã, Huyện, Tỉnh).",
    allowed: levels,
    width: 14,
  },
] as const satisfies readonly Column[];

export type ModelColumnKey = (typeof MODEL_COLUMNS)[number]["key"];

/** Answers of the evidence-file use cases (lib/uploads). */
import { MAX_FILES_PER_MODEL } from "@/lib/uploads/limits";

export const uploadsText = {
  invalid: "Tệp đính kèm chưa hợp lệ.",
  missing: "Vui lòng chọn tệp để tải lên.",
  empty: (name: string) => `Tệp “${name}” rỗng.`,
  tooLarge: (name: string) => `Tệp “${name}” vượt quá dung lượng cho phép (tối đa 10 MB).`,
  badType: "Chỉ chấp nhận ảnh (JPG, PNG, WebP), tệp PDF hoặc tệp Word (DOCX).",
  mismatch: (name: string, label: string) =>
    `Nội dung tệp “${name}” không phải là ${label} như phần đuôi tên tệp cho biết. Có thể tệp đã bị đổi tên hoặc bị hỏng.`,
  macro: "Không nhận tệp Word có chứa macro.",
  tooMany: `Mỗi mô hình chỉ được đính kèm tối đa ${MAX_FILES_PER_MODEL} tệp.`,
  notEditable: "Chỉ thêm hoặc xoá tệp minh chứng khi mô hình là bản nháp hoặc đang được yêu cầu bổ sung.",
  reportNotFound: "Không tìm thấy báo cáo kết quả.",
  notReportable: "Chỉ đính kèm tệp cho báo cáo kết quả khi mô hình đã gửi đăng ký và chưa rút hồ sơ.",
  fileNotFound: "Không tìm thấy tệp đính kèm.",
  /** The kinds of lib/uploads/sniff.ts, as a message names them. */
  kinds: {
    jpeg: "ảnh JPEG",
    png: "ảnh PNG",
    webp: "ảnh WebP",
    pdf: "tệp PDF",
    docx: "tệp Word (DOCX)",
  },
} as const;

import { roleLabels } from "@/lib/i18n/vi";
import type { Column } from "../columns";

export const ACCOUNT_COLUMNS = [
  {
    key: "username",
    header: "Tên đăng nhập",
    required: true,
    help:
      "Bắt buộc, không trùng: 3–50 chữ cái không dấu, chữ số, dấu chấm, gạch nối hoặc gạch dưới. Là khóa: nhập lại " +
      "cùng tên đăng nhập sẽ cập nhật tài khoản đó. Không ghi mật khẩu vào tệp: tài khoản mới nhận liên kết đặt mật khẩu.",
    width: 22,
  },
  { key: "fullName", header: "Họ và tên", required: true, help: "Bắt buộc.", width: 30 },
  {
    key: "role",
    header: "Vai trò",
    required: true,
    help: "Bắt buộc: chọn trong danh sách; vai trò phải hợp cấp của đơn vị (cán bộ đơn vị ở đơn vị cơ sở, cán bộ cấp tỉnh ở tỉnh …).",
    allowed: Object.values(roleLabels),
    width: 28,
  },
  {
    key: "unitCode",
    header: "Mã đơn vị",
    required: true,
    help: "Bắt buộc: mã của đơn vị đang hoạt động trong cây tổ chức.",
    width: 20,
  },
] as const satisfies readonly Column[];

export type AccountColumnKey = (typeof ACCOUNT_COLUMNS)[number]["key"];

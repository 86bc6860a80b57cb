import type { UnitLevel } from "@/lib/generated/prisma/client";
import { unitKindLabels } from "@/lib/i18n/vi";
import type { Column } from "../columns";
import { LEVEL_LABELS } from "../values";

/** Levels as written in a units file (the three committee levels of the other kinds, and grassroots). */
export const UNIT_LEVEL_LABELS: Record<UnitLevel, string> = {
  PROVINCE: LEVEL_LABELS.PROVINCE,
  DISTRICT: LEVEL_LABELS.DISTRICT,
  COMMUNE: LEVEL_LABELS.COMMUNE,
  GRASSROOTS: "Cơ sở",
};

export const UNIT_COLUMNS = [
  {
    key: "code",
    header: "Mã đơn vị",
    required: true,
    help: "Bắt buộc, không trùng. Là khóa: nhập lại cùng mã sẽ cập nhật đơn vị đó, không tạo mới.",
    width: 20,
  },
  { key: "name", header: "Tên đơn vị", required: true, help: "Bắt buộc, tên đầy đủ (ví dụ: Xã Tân Lập).", width: 40 },
  {
    key: "kind",
    header: "Loại đơn vị",
    required: true,
    help: "Bắt buộc: chọn trong danh sách.",
    allowed: Object.values(unitKindLabels),
    width: 30,
  },
  {
    key: "level",
    header: "Cấp",
    required: true,
    help: "Bắt buộc: Tỉnh, Huyện, Xã hoặc Cơ sở.",
    allowed: Object.values(UNIT_LEVEL_LABELS),
    width: 10,
  },
  {
    key: "parentCode",
    header: "Mã đơn vị cấp trên",
    help: "Mã của đơn vị cấp trên (trong cổng hoặc trong tệp). Để trống với đơn vị cấp tỉnh.",
    width: 20,
  },
  {
    key: "validFrom",
    header: "Hiệu lực từ ngày",
    required: true,
    help: "Bắt buộc, dạng dd/mm/yyyy.",
    date: true,
    width: 16,
  },
  {
    key: "validTo",
    header: "Hiệu lực đến ngày",
    help: "Ngày cuối cùng đơn vị tồn tại (sáp nhập, giải thể), dạng dd/mm/yyyy. Để trống nếu còn hoạt động.",
    date: true,
    width: 16,
  },
  {
    key: "successorCode",
    header: "Mã đơn vị kế thừa",
    help: "Đơn vị tiếp nhận khi đơn vị này kết thúc (cần có ngày kết thúc).",
    width: 20,
  },
  {
    key: "nameFrom",
    header: "Tên dùng từ ngày",
    help:
      "Ngày bắt đầu dùng tên hiện tại. Đổi tên: nhập tên mới và ngày bắt đầu dùng tên mới (tên cũ được giữ cho " +
      "giai đoạn trước). Giữ nguyên ngày nếu chỉ sửa lỗi chính tả. Đơn vị mới: để trống.",
    date: true,
    width: 16,
  },
] as const satisfies readonly Column[];

export type UnitColumnKey = (typeof UNIT_COLUMNS)[number]["key"];

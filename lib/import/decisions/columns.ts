import type { AwardForm, Gender } from "@/lib/generated/prisma/enums";
import { awardFormLabels, honorificLabels } from "@/lib/i18n/vi";
import type { Column } from "../columns";
import { KIND_LABELS } from "../values";

export const AWARD_FORM_LABELS: Record<AwardForm, string> = awardFormLabels;
export const HONORIFIC_LABELS: Record<Gender, string> = honorificLabels;

/**
 * One sheet, one row per honoree line, the decision's columns repeated on each of its lines (ADR 0045):
 * a clerk pastes the Word list's table into the line columns and fills the decision columns down.
 * Issuer, number and date identify the decision and are needed on every line; the other decision columns
 * may be left blank after its first line.
 */
export const DECISION_COLUMNS = [
  {
    key: "issuer",
    header: "Cơ quan ban hành",
    required: true,
    help: "Bắt buộc ở mọi dòng. Chọn trong danh sách (tên cơ quan – cấp ủy cấp trên) cơ quan ban hành của thời điểm đó.",
    width: 44,
  },
  {
    key: "number",
    header: "Số quyết định",
    required: true,
    help: "Bắt buộc ở mọi dòng: số (112) hoặc số kèm ký hiệu (112-QĐ/TU, 56/QĐ-UBND). Là khóa cùng cơ quan và sổ đánh số.",
    width: 16,
  },
  {
    key: "date",
    header: "Ngày quyết định",
    required: true,
    help: "Bắt buộc ở mọi dòng, dạng dd/mm/yyyy; không sau hôm nay.",
    date: true,
    width: 14,
  },
  {
    key: "awardForm",
    header: "Hình thức khen thưởng",
    help: "Bằng khen, Giấy khen hoặc Giấy chứng nhận. Bắt buộc ở ít nhất một dòng của quyết định (thường là dòng đầu); các dòng khác để trống hoặc ghi giống hệt.",
    requiredOnce: true,
    allowed: Object.values(AWARD_FORM_LABELS),
    width: 18,
  },
  {
    key: "signerName",
    header: "Người ký",
    help: "Họ tên người ký. Bắt buộc ở ít nhất một dòng của quyết định (thường là dòng đầu).",
    requiredOnce: true,
    width: 22,
  },
  {
    key: "signerTitle",
    header: "Chức vụ người ký",
    help: "Ví dụ: PHÓ BÍ THƯ THƯỜNG TRỰC. Bắt buộc ở ít nhất một dòng của quyết định (thường là dòng đầu).",
    requiredOnce: true,
    width: 24,
  },
  {
    key: "title",
    header: "Trích yếu",
    help: "Trích yếu của quyết định. Bắt buộc ở ít nhất một dòng của quyết định (thường là dòng đầu).",
    requiredOnce: true,
    width: 50,
  },
  {
    key: "campaign",
    header: "Mã đợt thi đua",
    help: "Không bắt buộc: mã đợt/giai đoạn thi đua trong cổng.",
    width: 16,
  },
  {
    key: "section",
    header: "Phần",
    help: "Tập thể hoặc Cá nhân: phần của danh sách có dòng này.",
    allowed: Object.values(KIND_LABELS),
    width: 10,
  },
  {
    key: "order",
    header: "STT",
    help: "Số thứ tự trong phần, như trong danh sách đã in (trống: tiếp theo dòng trên).",
    width: 6,
  },
  {
    key: "honorific",
    header: "Danh xưng",
    help: "Ông hoặc Bà, chỉ với cá nhân (có thể để trống).",
    allowed: Object.values(HONORIFIC_LABELS),
    width: 10,
  },
  {
    key: "name",
    header: "Tên tập thể, cá nhân",
    help: "Như trong danh sách đã in; họ tên cá nhân không kèm danh xưng. Trống: lấy theo mô hình.",
    width: 34,
  },
  { key: "position", header: "Chức vụ", help: "Chức vụ của cá nhân (nếu có).", width: 24 },
  { key: "address", header: "Địa chỉ", help: "Đơn vị – địa chỉ như trong danh sách đã in.", width: 40 },
  { key: "modelTitle", header: "Tên mô hình", help: "Không bắt buộc. Trống: lấy theo mô hình (nếu có mã).", width: 40 },
  {
    key: "modelCode",
    header: "Mã mô hình",
    help: "Không bắt buộc: mã mô hình đã được công nhận trong cổng, để dòng được tính vào thống kê khen thưởng.",
    width: 18,
  },
] as const satisfies readonly Column[];

export type DecisionColumnKey = (typeof DECISION_COLUMNS)[number]["key"];

type IssuerNames = { name: string; parentName: string | null };

/** How a file names an issuing body: "BAN THƯỜNG VỤ TỈNH ỦY – TỈNH ỦY THÁI NGUYÊN", as the decision page shows it. */
export function issuerLabel(i: IssuerNames): string {
  return i.parentName ? `${i.name} – ${i.parentName}` : i.name;
}

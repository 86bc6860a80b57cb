// Made-up but realistic Vietnamese names for demo and test data (northern mountain provinces: Tày,
// Nùng, Dao and Kinh names). None of them refers to a real person.
import type { Gender } from "@/lib/generated/prisma/client";
import type { Rng } from "./prng";

export const FAMILY_NAMES = [
  "Hoàng", "Nông", "Ma", "Triệu", "Hà", "Đàm", "Lộc", "Bế", "Nguyễn", "Trần", "Lê", "Phạm", "Lý",
  "Dương", "Vi", "Chu", "Mông", "Lục", "Hứa", "Đinh", "Lường", "Hoàng", "Nông", "Ma",
] as const;

const MIDDLE_MALE = ["Văn", "Văn", "Văn", "Đức", "Xuân", "Quang", "Minh", "Thanh", "Công"] as const;
const MIDDLE_FEMALE = ["Thị", "Thị", "Thị", "Thị Thu", "Thị Hồng", "Thị Kim", "Thị Thanh", "Thị Bích"] as const;
const GIVEN_MALE = [
  "Tuấn", "Hùng", "Dũng", "Cường", "Thắng", "Sơn", "Hải", "Long", "Bình", "Chiến", "Tài", "Phong",
  "Thành", "Quý", "Lợi", "Hoan", "Khánh", "Vượng", "Toàn", "Nam", "Đông", "Kiên", "Trường", "Lâm",
] as const;
const GIVEN_FEMALE = [
  "Mai", "Lan", "Hoa", "Hương", "Thảo", "Nga", "Huyền", "Hạnh", "Liên", "Nhung", "Thu", "Vân", "Yến",
  "Dung", "Hằng", "Loan", "Phượng", "Duyên", "Trang", "Xuân", "Chinh", "Quyên",
] as const;

export function personName(rng: Rng, gender: Gender): string {
  const family = rng.pick(FAMILY_NAMES);
  return gender === "MALE"
    ? `${family} ${rng.pick(MIDDLE_MALE)} ${rng.pick(GIVEN_MALE)}`
    : `${family} ${rng.pick(MIDDLE_FEMALE)} ${rng.pick(GIVEN_FEMALE)}`;
}

/** Hamlet (thôn, bản) names in the style of the northern mountains. */
export const HAMLET_NAMES = [
  "Nà Lẹng", "Khuổi Lừa", "Bản Pjạc", "Nà Pài", "Nà Làng", "Bản Chang", "Khuổi Khem", "Pác Toòng",
  "Nà Cà", "Bó Lếch", "Phiêng Luông", "Nà Mòn", "Khau Cưởm", "Bản Đán", "Nà Hin", "Cốc Xả", "Lũng Vài",
  "Pác Châm", "Nà Dạ", "Khuổi Tục", "Bản Cuôn", "Nà Bản", "Đon Tuấn", "Phja Khao", "Nà Kiến", "Bản Tàn",
  "Nặm Dất", "Tổng Nẻng", "Nà Chú", "Khuổi Ổ", "Nà Ngần", "Bản Nhượng", "Cốc Phặng", "Nà Vài", "Khuổi Hẻo",
  "Pác Ngòi", "Bản Cám", "Nà Hai", "Khau Ràng", "Nà Tải", "Bản Váng", "Phiêng Phàng", "Nà Quang",
  "Đồng Tâm", "Tân Lập", "Làng Mới", "Xuân Hòa", "Đông Kết", "Nà Tào", "Khuổi Trù",
] as const;

/** Positions printed after an individual's name on honoree lists. */
export const POSITIONS = [
  "Bí thư Chi bộ thôn",
  "Trưởng thôn",
  "Chi hội trưởng Chi hội Nông dân",
  "Chi hội trưởng Chi hội Phụ nữ",
  "Giáo viên",
  "Trưởng Trạm Y tế",
  "Công an xã",
  "Người có uy tín trong đồng bào dân tộc thiểu số",
  "Đảng viên",
  "Thôn đội trưởng",
  "Bí thư Chi đoàn",
  "Hội viên Hội Cựu chiến binh",
  "Hộ kinh doanh",
] as const;

export function honorific(gender: Gender): string {
  return gender === "MALE" ? "Ông" : "Bà";
}

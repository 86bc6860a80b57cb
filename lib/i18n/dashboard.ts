/** Texts of the campaign dashboard (/thong-ke), its export and print report. */
import type { UnitLevel } from "@/lib/generated/prisma/enums";
import type { CommitteeFigure, Figure } from "@/lib/dashboard/filter";
import { unitLevelLabels } from "./vi";

const lower = (level: UnitLevel) => unitLevelLabels[level].toLowerCase();

export const dvi = {
  title: "Thống kê phong trào",
  intro: "Số liệu theo đợt thi đua, năm, quý và đơn vị. Bấm vào một con số để xem danh sách mô hình phía sau.",
  filters: "Chọn kỳ và đơn vị",
  campaign: "Đợt thi đua",
  allCampaigns: "Tất cả đợt",
  year: "Năm",
  allYears: "Cả giai đoạn",
  quarter: "Quý",
  allQuarters: "Cả năm",
  quarterN: (q: number) => `Quý ${q}`,
  apply: "Xem số liệu",
  trail: "Đơn vị đang xem",
  freshness: (at: string) => `Số liệu lúc ${at}.`,
  /** Shown when a slow view is served from its snapshot while new figures are computed (ADR 0047). */
  cards: "Chỉ số chính",
  figure: {
    registered: "Đã đăng ký",
    recognized: "Được công nhận",
    typical: "Điển hình",
    "not-recognized": "Không công nhận",
    awaiting: "Đang chờ thẩm định",
    "needs-revision": "Yêu cầu bổ sung",
    withdrawn: "Đã rút hồ sơ",
    replications: "Nhân rộng",
    "committee-pending": "Hồ sơ hội đồng còn chờ thẩm định",
    "committee-reviewed": "Hồ sơ hội đồng đã thẩm định",
    "committee-received": "Hồ sơ hội đồng đã nhận",
  } satisfies Record<Figure | CommitteeFigure, string>,
  collective: "Tập thể",
  individual: "Cá nhân",
  kindSplit: "Tập thể / cá nhân",
  byLevel: "Công nhận và điển hình theo cấp",
  byLevelNote: "Một mô hình được tính ở mỗi cấp đã công nhận (hoặc chọn là điển hình).",
  recognizedAt: (l: UnitLevel) => `Công nhận ${lower(l)}`,
  typicalAt: (l: UnitLevel) => `Điển hình ${lower(l)}`,
  level: "Cấp",
  byRegLevel: "Theo cấp đăng ký",
  byRegLevelNote: "Mô hình đăng ký với ban chỉ đạo từng cấp: bao nhiêu được công nhận, bao nhiêu điển hình.",
  regLevel: (l: UnitLevel) => `Đăng ký ${lower(l)}`,
  byField: "Theo lĩnh vực",
  field: "Lĩnh vực",
  trend: "Xu hướng đăng ký theo quý",
  trendYear: "Đăng ký theo năm",
  period: "Kỳ",
  yearLabel: (y: number) => `Năm ${y}`,
  quarterLabel: (y: number, q: number) => `Quý ${q}/${y}`,
  units: "Xếp hạng đơn vị trực thuộc",
  unitsNote: "Bấm tên đơn vị để xem sâu hơn; bấm tiêu đề cột để sắp xếp.",
  unit: "Đơn vị",
  rank: "Hạng",
  unitsShowAll: (n: string) => `Hiện tất cả ${n} đơn vị`,
  unitsShowFirst: (n: string) => `Chỉ hiện ${n} đơn vị đầu`,
  committeesShowAll: (n: string) => `Hiện tất cả ${n} ban chỉ đạo`,
  committeesShowFirst: (n: string) => `Chỉ hiện ${n} ban chỉ đạo đầu`,
  noUnits: "Đơn vị này không có đơn vị trực thuộc trong cây tổ chức hiện nay.",
  /** The rows add up to less than the unit's figure: say why (no number: scopes of merged units may overlap). */
  unitsRest: (unit: string, rows: string, total: string) =>
    `Các đơn vị trong bảng cộng lại ${rows} trong ${total} mô hình đã đăng ký: bảng chỉ có các đơn vị đang trực thuộc. ` +
    `Mô hình của chính ${unit} và của các đơn vị đã giải thể hoặc sáp nhập trước đây không có đơn vị kế thừa trong bảng ` +
    `vẫn được tính vào số liệu chung (bấm số “Đã đăng ký” ở trên để xem đủ danh sách).`,
  progress: "Tiến độ thẩm định của cấp dưới",
  progressSummary: (done: string, total: string) => `${done}/${total} ban chỉ đạo đã thẩm định`,
  proposedSummary: (p: string, r: string) => `Đề nghị lên cấp trên ${p}, cấp trên đã công nhận ${r}`,
  committee: "Ban chỉ đạo",
  pending: "Đang chờ",
  reviewed: "Đã thẩm định",
  proposed: "Đề nghị lên trên",
  recognizedAbove: "Cấp trên công nhận",
  status: "Tình trạng",
  done: "Đã thẩm định xong",
  notDone: "Chưa thẩm định xong",
  noCommittees: "Không có ban chỉ đạo cấp dưới.",
  target: "Chỉ tiêu",
  targetReview: "100% ban chỉ đạo cấp dưới thẩm định xong",
  targetCoverage: "Tỷ lệ chi bộ, đơn vị cơ sở có ít nhất một mô hình",
  coverage: (n: string, total: string, pct: string) => `${n}/${total} đơn vị cơ sở (${pct})`,
  results: "Kết quả đã báo cáo",
  resultsNote: (n: string) => `Tổng hợp từ ${n} báo cáo kết quả của các mô hình đã đăng ký.`,
  quantity: "Nội dung",
  amount: "Số lượng",
  measure: "Đơn vị tính",
  money: "Tiền, hiện vật vận động được",
  land: "Đất hiến",
  road: "Đường giao thông",
  workdays: "Ngày công",
  households: "Hộ được giúp đỡ",
  vnd: "đồng",
  m2: "m²",
  km: "km",
  workday: "ngày công",
  household: "hộ",
  honorees: "Được khen thưởng",
  honoreesNote: "Tập thể, cá nhân trong các quyết định khen thưởng đã ban hành.",
  count: "Số mô hình",
  share: "Tỷ lệ",
  scrollSideways: "Vuốt ngang bảng để xem các cột số liệu khác.",
  empty: "Chưa có mô hình nào trong kỳ và đơn vị này.",
  exportXlsx: "Tải Excel (XLSX)",
  print: "In báo cáo hội nghị",
  chartTable: "Bảng số liệu của biểu đồ",
  reportTitle: (unit: string) => `BÁO CÁO SỐ LIỆU PHONG TRÀO THI ĐUA “DÂN VẬN KHÉO” — ${unit.toUpperCase()}`,
  reportPeriod: (p: string) => `Kỳ báo cáo: ${p}`,
  reportProduced: (d: string) => `Ngày lập: ${d}`,
  /** The printed report's date line: the document date (NĐ 30/2020) and the time of the figures. */
  reportDated: (day: string, at: string) => `Lập ${day}; số liệu lúc ${at}.`,
  printTop: (n: number) => `${n} đơn vị đứng đầu theo số mô hình đã đăng ký`,
  printMoreUnits: (n: string) => `Còn ${n} đơn vị khác trong tệp Excel (trang “Đơn vị”).`,
  printNotDone: "Chưa thẩm định xong",
  printMoreCommittees: (n: string) =>
    `và ${n} ban chỉ đạo khác (danh sách đủ trong tệp Excel, trang “Tiến độ thẩm định”)`,
  printAllDone: "Tất cả ban chỉ đạo cấp dưới đã thẩm định xong.",
  printDetail: "Số liệu từng lĩnh vực và từng quý: tệp Excel (trang “Lĩnh vực”, “Xu hướng”).",
  // Campaign names carry their own quotes (Phong trào thi đua “Dân vận khéo” …): none around them here.
  yearDropped:
    "Năm {year} không thuộc thời gian của đợt {campaign}: đã bỏ chọn năm và quý; bấm “Xem số liệu” để xem cả giai đoạn.",
  wholePeriod: "toàn bộ thời gian",
  fromDashboard: "Danh sách theo số liệu thống kê",
  fromDashboardText: (figure: string, unit: string, period: string) => `${figure} · ${unit} · ${period}`,
  allModels: "Tất cả mô hình",
  backToDashboard: "Về trang thống kê",
  backToProgress: "Về tiến độ thẩm định",
  notFound: "Không tìm thấy đơn vị trong phạm vi của bạn.",
} as const;

/** "Đợt …, năm 2022, quý 3" — the period of a view, for titles and notices. */
export function periodText(p: { campaignName?: string | null; year?: number; quarter?: number }): string {
  const parts: string[] = [];
  if (p.campaignName) parts.push(p.campaignName);
  if (p.year) parts.push(p.quarter ? `quý ${p.quarter} năm ${p.year}` : `năm ${p.year}`);
  return parts.length ? parts.join(", ") : dvi.wholePeriod;
}

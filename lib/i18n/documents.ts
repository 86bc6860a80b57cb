/** Fixed wording of the printed honoree list (Hướng dẫn 36-HD/VPTW, Nghị định 30/2020/NĐ-CP). */
export const DOCUMENT_TEXT = {
  partyMotto: "ĐẢNG CỘNG SẢN VIỆT NAM",
  stateMotto: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  stateMotto2: "Độc lập - Tự do - Hạnh phúc",
  partyNumber: (numberText: string) => `Số ${numberText}`,
  stateNumber: (numberText: string) => `Số: ${numberText}`,
  draftMark: "DỰ THẢO",
  draftFileBase: "Dự thảo danh sách khen thưởng",
  title: "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐIỂN HÌNH",
  subtitle: (awardForm: string, issuer: string) => `được tặng ${awardForm} của ${issuer}`,
  /** `cited` is ", ngày 16-12-2025" (Party) or " ngày 16 tháng 12 năm 2025" (State). */
  annexOf: (numberText: string, cited: string, issuer: string) =>
    `(Kèm theo Quyết định số ${numberText}${cited} của ${issuer})`,
  collectives: "I. TẬP THỂ",
  individuals: "II. CÁ NHÂN",
  colNo: "STT",
  colName: "Tên tập thể, cá nhân",
  colAddress: "Đơn vị – địa chỉ",
  colModel: "Mô hình",
  inlineCollectives: "Tập thể",
  inlineIndividuals: "Cá nhân",
  page: (n: number) => String(n),
  fileName: (numberText: string, ext: string) => `Danh sách khen thưởng ${numberText.replace(/\//g, "-")}.${ext}`,
  sheetName: "Danh sách khen thưởng",
  draftSheetName: "Dự thảo danh sách khen thưởng",
  xlsxHeaders: ["STT", "Loại", "Danh xưng", "Tên", "Chức vụ", "Địa chỉ", "Mô hình", "Số quyết định", "Ngày quyết định"],
  /** The sheet of the honorees as records for a mail merge (≤ 31 characters: Excel's limit). */
  mergeSheetName: "Dữ liệu trộn thư",
  /** The workbook name over the mail-merge records (no spaces or diacritics: Excel's name rules, Word's merge). */
  xlsxTableName: "DanhSach",
  /** Excel's footer codes: "Trang 2/5" (page number, page count). */
  xlsxPageFooter: "Trang &P/&N",
  kindCollective: "Tập thể",
  kindIndividual: "Cá nhân",
  exportBusy: "Hệ thống đang bận tạo tệp cho người dùng khác. Vui lòng thử lại sau ít phút.",
} as const;

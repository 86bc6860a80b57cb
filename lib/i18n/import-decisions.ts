/** Vietnamese texts of the past-decisions import (lib/import/decisions). */
export const IMD = {
  label: "Quyết định khen thưởng đã ban hành",
  dataSheet: "Quyết định",
  issuerNotFound: (label: string) => `Không tìm thấy cơ quan ban hành “${label}” trong phạm vi bạn quản lý.`,
  issuerNotInOffice: (label: string, date: string) =>
    `${label} không phải là cơ quan ban hành vào ngày ${date}. Hãy chọn cơ quan ban hành của thời điểm đó.`,
  issuerAmbiguous: (label: string) =>
    `Có nhiều cơ quan ban hành tên “${label}” vào ngày này. Hãy liên hệ quản trị để đặt tên phân biệt.`,
  issuerNoTerm: "Cơ quan ban hành chưa có năm bắt đầu nhiệm kỳ, chưa thể xác định sổ đánh số.",
  numberInvalid: "Số quyết định không hợp lệ: nhập số (ví dụ 112) hoặc số kèm ký hiệu (ví dụ 112-QĐ/TU).",
  numberSuffix: (numberText: string, suffix: string) =>
    `Số “${numberText}” không đúng ký hiệu “${suffix}” của cơ quan ban hành.`,
  numberUsedInPortal: (numberText: string, register: string) =>
    `Số ${numberText} trong sổ ${register} đã được dùng cho một quyết định ban hành trên cổng; ` +
    "không sửa được bằng tệp nhập.",
  dateInFuture: "Ngày quyết định không được sau hôm nay (chỉ nhập quyết định đã ban hành).",
  differsFrom: (row: number) =>
    `Khác với dòng ${row} của cùng quyết định (các dòng của một quyết định phải giống nhau).`,
  missingForDecision: "Bắt buộc nhập (ít nhất ở một dòng của quyết định).",
  orderInvalid: "Số thứ tự phải là số nguyên dương.",
  orderDuplicate: (row: number) => `Số thứ tự bị trùng với dòng ${row} trong cùng phần của quyết định.`,
  lineDuplicate: (row: number) =>
    `Dòng trùng với dòng ${row} (cùng phần, tên, chức vụ, địa chỉ và mô hình) của quyết định.`,
  modelDuplicate: (row: number) => `Mô hình đã có ở dòng ${row} của cùng quyết định.`,
  modelNotFound: (code: string) => `Không tìm thấy mô hình có mã “${code}” trong phạm vi bạn quản lý.`,
  modelNotRecognized: (code: string) =>
    `Mô hình ${code} chưa được công nhận nên không thể có trong danh sách khen thưởng.`,
  modelKindMismatch: (code: string, section: string) => `Mô hình ${code} không phải mô hình ${section.toLowerCase()}.`,
  nameRequired: "Nhập tên tập thể, cá nhân (hoặc mã mô hình để lấy tên theo mô hình).",
  honorificCollective: "Tập thể không có danh xưng: để trống.",
} as const;

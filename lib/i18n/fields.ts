// Texts of the field list editor (lĩnh vực).
export const fieldText = {
  title: "Lĩnh vực",
  intro:
    "Danh sách lĩnh vực của mô hình. Mã giữ nguyên để dữ liệu nhập và xuất khớp nhau; tên và thứ tự có thể sửa. Lĩnh vực ngừng dùng không còn được chọn khi đăng ký mới, mô hình cũ giữ lĩnh vực của mình.",
  create: "Thêm lĩnh vực",
  creating: "Đang thêm…",
  save: "Lưu",
  saving: "Đang lưu…",
  saved: "Đã lưu lĩnh vực.",
  code: "Mã",
  codeHint: "2–20 chữ cái không dấu, chữ số, gạch ngang hoặc gạch dưới; không sửa được sau khi tạo.",
  name: "Tên lĩnh vực",
  sortOrder: "Thứ tự hiển thị",
  active: "Trạng thái",
  activeOptions: { "1": "Đang dùng", "0": "Ngừng dùng" },
  models: (n: string) => `${n} mô hình`,
  empty: "Chưa có lĩnh vực nào.",
} as const;

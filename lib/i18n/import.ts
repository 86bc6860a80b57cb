/** Vietnamese texts of the spreadsheet import and export (lib/import, /nhap-du-lieu). */
export const IM = {
  nav: "Nhập dữ liệu",
  page: {
    title: "Nhập và xuất dữ liệu",
    intro:
      "Đưa danh sách của các năm trước vào cổng từ tệp Excel hoặc CSV. Tải tệp mẫu, điền, tải lên để xem trước; " +
      "chỉ khi không còn lỗi và bạn bấm “Nhập dữ liệu” thì mới ghi, và ghi tất cả hoặc không ghi gì.",
    template: "Tải tệp mẫu",
    export: "Xuất ra Excel",
    fileLabel: "Tệp XLSX hoặc CSV",
    fileHint: "Tối đa 20 MB. CSV: UTF-8 hoặc Unicode (UTF-16) như Excel lưu.",
    upload: "Tải lên và kiểm tra",
    uploading: "Đang tải lên…",
    recent: "Các lượt nhập gần đây",
    none: "Chưa có lượt nhập nào.",
    open: "Xem",
    rows: (n: string) => `${n} dòng`,
    errorsShort: (n: string) => `${n} dòng có lỗi`,
    requiredColumns: (headers: string[], once: string[] = []) =>
      `Cột bắt buộc (tô màu cam trong tệp mẫu): ${headers.map((h) => `“${h}”`).join(", ")}.` +
      (once.length ? ` Bắt buộc ở ít nhất một dòng của mỗi quyết định: ${once.map((h) => `“${h}”`).join(", ")}.` : ""),
    modelsReviewedOnly:
      "Chỉ nhập mô hình đã có kết quả thẩm định (Công nhận hoặc Không công nhận); mô hình chưa thẩm định hãy đăng ký trên cổng.",
  },
  jobPage: {
    back: "← Nhập dữ liệu",
    progress: "Tiến độ",
    progressLabel: (done: string, total: string) => `${done} / ${total} dòng`,
    /** While the file is read the number of rows is not known yet. */
    progressRows: (done: string) => `Đã đọc ${done} dòng`,
    newRows: "Dòng mới",
    changedRows: "Dòng thay đổi",
    unchangedRows: "Dòng không đổi",
    errorRows: "Dòng có lỗi",
    errorsHeading: "Các lỗi cần sửa",
    errorsMore: (shown: string, total: string) =>
      `Đang hiện lỗi của ${shown} trong ${total} dòng có lỗi: tải tệp lỗi để xem tất cả.`,
    row: "Dòng",
    column: "Cột",
    reason: "Lý do",
    notesHeading: "Đơn vị xác định theo tên",
    notesHint:
      "Các dòng không ghi mã đơn vị: cổng tìm đơn vị theo tên trong phạm vi bạn quản lý; tên không có trong cây " +
      "tổ chức thì mô hình ghi dưới đơn vị của bạn. Kiểm tra trước khi nhập.",
    resolved: "Đơn vị",
    downloadErrors: "Tải tệp kèm cột lỗi",
    apply: "Nhập dữ liệu",
    applying: "Đang gửi…",
    applyConfirmTitle: (fileName: string) => `Nhập dữ liệu từ tệp “${fileName}”?`,
    applyConfirmText: (created: string, changed: string, unchanged: string) =>
      `Sẽ ghi vào cổng ${created} dòng mới và cập nhật ${changed} dòng đã có trong cổng (${unchanged} dòng không đổi), ` +
      "tất cả trong một lần. Dữ liệu đã nhập không gỡ được bằng một nút bấm: muốn sửa, hãy sửa tệp rồi nhập lại.",
    applyConfirm: "Đồng ý nhập",
    nothingToApply: "Tệp không có dòng mới hay thay đổi nào so với dữ liệu trong cổng: không cần nhập.",
    applyCancel: "Hủy",
    applyHint: "Ghi tất cả các dòng mới và thay đổi trong một lần; nếu có gì sai thì không ghi gì.",
    applied: "Đã nhập xong. Nhập lại cùng tệp sẽ không thay đổi gì.",
    leaveHint: "Bạn có thể rời trang này và quay lại sau: việc xử lý vẫn tiếp tục.",
    reupload: "Sửa tệp rồi tải lên lại ở trang Nhập dữ liệu.",
  },
  file: {
    tooLarge: (mb: number) => `Tệp lớn hơn ${mb} MB. Hãy chia thành nhiều tệp nhỏ hơn.`,
    empty: "Tệp trống.",
    notSpreadsheet: "Tệp không phải bảng tính XLSX hoặc CSV (có thể là tệp khác bị đổi tên).",
    oldXls: "Tệp Excel 97–2003 (.xls) chưa được hỗ trợ. Hãy mở bằng Excel và lưu lại dưới dạng .xlsx.",
    zipBomb: "Tệp XLSX khi giải nén lớn bất thường nên không được xử lý.",
    encoding: "Không đọc được bảng mã của tệp CSV. Hãy lưu lại dưới dạng CSV UTF-8.",
    extraSheets: (names: string[]) =>
      `Tệp có trang tính thừa: ${names.join(", ")}. Chỉ để lại trang dữ liệu (và trang “Hướng dẫn”).`,
    noDataSheet: (name: string) => `Không tìm thấy trang tính “${name}”. Hãy dùng tệp mẫu tải từ cổng.`,
    mergedCells: "Trang dữ liệu có ô bị gộp (merge). Hãy bỏ gộp ô rồi tải lên lại.",
    missingColumns: (cols: string[]) => `Thiếu cột: ${cols.join(", ")}.`,
    unknownColumns: (cols: string[]) => `Cột không có trong mẫu: ${cols.join(", ")}.`,
    noRows: "Tệp không có dòng dữ liệu nào.",
    tooManyRows: (n: string) => `Tệp có quá ${n} dòng. Hãy chia thành nhiều tệp.`,
    unreadable: "Không đọc được tệp. Hãy kiểm tra lại tệp hoặc dùng tệp mẫu.",
  },
  cell: {
    required: "Bắt buộc nhập.",
    notAllowed: (allowed: string[]) => `Giá trị không hợp lệ. Chọn một trong: ${allowed.join("; ")}.`,
    date: "Ngày không hợp lệ (nhập theo dạng dd/mm/yyyy).",
    duplicateCode: (first: number) => `Mã bị trùng với dòng ${first} trong tệp.`,
    unitNotFound: (code: string) => `Không tìm thấy đơn vị có mã “${code}” trong phạm vi bạn quản lý.`,
    campaignNotFound: (code: string) => `Không tìm thấy đợt thi đua có mã “${code}” trong phạm vi bạn quản lý.`,
    fieldNotFound: (name: string) => `Không có lĩnh vực “${name}”.`,
    unitOrNameRequired: "Nhập mã đơn vị, hoặc tên đơn vị như trong cây tổ chức.",
    /** A preview note: a name without a code that no unit of the scope bears. */
    unitNameNotFound: (name: string, codeColumn: string, yourUnit: string) =>
      `Không có đơn vị tên “${name}” trong phạm vi bạn quản lý: mô hình ghi dưới ${yourUnit}, tên và địa chỉ ` +
      `giữ như trong tệp. Nếu đơn vị có trong cây tổ chức, ghi mã vào cột “${codeColumn}”.`,
    addressRequired: (name: string, codeColumn: string) =>
      `Không có đơn vị tên “${name}” trong cây tổ chức: ghi địa chỉ của đơn vị, hoặc mã đơn vị vào cột “${codeColumn}”.`,
    unitNameAmbiguous: (name: string, codes: string[], codeColumn: string) =>
      `Có ${codes.length} đơn vị tên “${name}” (mã ${codes.join(", ")}). Ghi mã đơn vị vào cột “${codeColumn}”.`,
    /** A preview note: the unit a name without a code was matched to. */
    unitByName: (name: string, unitName: string, code: string) => `“${name}” → ${unitName} (mã ${code})`,
    personRequired: "Mô hình cá nhân cần họ tên cá nhân.",
    recognizedLevelRequired: "Mô hình được công nhận cần cấp công nhận.",
    /** A row without an outcome: a model not reviewed yet, which the file cannot carry. */
    outcomeRequired: (column: string, allowed: string[]) =>
      `Thiếu cột “${column}” (bắt buộc: ${allowed.join(" hoặc ")}). Tệp chỉ nhận mô hình đã có kết quả thẩm định; ` +
      "mô hình chưa thẩm định hãy đăng ký trên cổng.",
    outcomeDateRequired: (column: string) => `Thiếu cột “${column}” (bắt buộc, dạng dd/mm/yyyy).`,
    levelBelowRegistered: "Cấp công nhận không được thấp hơn cấp đăng ký.",
    typicalNeedsRecognition: "Chỉ mô hình được công nhận mới có cấp điển hình.",
    recognizedLevelNotAllowed: "Mô hình không được công nhận thì để trống cấp công nhận.",
    typicalAboveRecognized: "Cấp điển hình phải nằm trong khoảng từ cấp đăng ký đến cấp công nhận.",
    notImportedModel: "Mã này là mô hình đăng ký trực tiếp trên cổng; không sửa được bằng tệp nhập.",
    outOfScopeModel: "Không tìm thấy mô hình có mã này trong phạm vi bạn quản lý.",
    tooLong: (n: number) => `Dài quá ${n} ký tự.`,
  },
  job: {
    status: {
      QUEUED: "Đang chờ xử lý",
      PREVIEWING: "Đang kiểm tra tệp",
      PREVIEWED: "Đã kiểm tra xong",
      APPLYING: "Đang nhập dữ liệu",
      APPLIED: "Đã nhập xong",
      FAILED: "Không nhập được",
    },
    notFound: "Không tìm thấy lượt nhập dữ liệu.",
    forbidden: "Bạn không có quyền nhập loại dữ liệu này.",
    notReady: "Lượt nhập này chưa kiểm tra xong hoặc đã được nhập.",
    hasErrors: "Tệp còn lỗi: hãy sửa các dòng báo lỗi rồi tải lên lại. Chưa có gì được ghi.",
    conflict: "Lượt nhập đã thay đổi ở nơi khác. Hãy tải lại trang.",
    fileRequired: "Vui lòng chọn tệp XLSX hoặc CSV.",
    systemError:
      "Hệ thống gặp lỗi khi xử lý tệp này (đã thử lại nhiều lần), chưa có dữ liệu nào được ghi. Hãy tải tệp lên lại sau ít phút; nếu vẫn lỗi, hãy báo quản trị viên.",
    changedSincePreview: "Dữ liệu trong cổng đã thay đổi kể từ khi kiểm tra, hoặc tệp có lỗi: hãy kiểm tra lại.",
  },
  sheet: {
    instructions: "Hướng dẫn",
    lists: "Danh mục",
    errorColumn: "Lỗi",
    requiredHeader: "Bắt buộc",
    required: "Bắt buộc",
    requiredOnce: "Bắt buộc ở một dòng",
    requiredNote: "Cột bắt buộc: mọi dòng phải có giá trị.",
  },
} as const;

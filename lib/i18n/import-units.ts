/** Vietnamese texts of the units and accounts kinds of the spreadsheet import (lib/import/units, lib/import/accounts). */
export const IMU = {
  units: {
    label: "Đơn vị (cây tổ chức)",
    dataSheet: "Đơn vị",
    unknownParent: (code: string) => `Không có đơn vị cấp trên mã “${code}” trong cổng hoặc trong tệp.`,
    unknownSuccessor: (code: string) => `Không có đơn vị kế thừa mã “${code}” trong cổng hoặc trong tệp.`,
    cycle: "Cây tổ chức bị vòng lặp: đơn vị này nằm dưới chính nó (qua các mã đơn vị cấp trên).",
    successorCycle: "Đơn vị kế thừa bị vòng lặp: chuỗi kế thừa quay lại chính đơn vị này.",
    selfParent: "Đơn vị cấp trên không được là chính đơn vị.",
    selfSuccessor: "Đơn vị kế thừa không được là chính đơn vị.",
    parentNotValid: "Đơn vị cấp trên chưa có hoặc đã kết thúc vào ngày bắt đầu hiệu lực của đơn vị này.",
    parentClosed: "Không chuyển được đơn vị sang một đơn vị cấp trên đã kết thúc.",
    toBeforeFrom: "Ngày kết thúc phải từ ngày bắt đầu hiệu lực trở đi.",
    successorNeedsEnd: "Đơn vị có đơn vị kế thừa phải có ngày kết thúc hiệu lực.",
    levelChange: (level: string) =>
      `Không đổi được cấp của đơn vị đã có (hiện là ${level}) bằng tệp nhập: tạo đơn vị mới với mã khác.`,
    validFromChange: (day: string) =>
      `Không sửa được ngày bắt đầu hiệu lực của đơn vị đã có (hiện là ${day}) bằng tệp nhập.`,
    reopen: "Đơn vị đã kết thúc; không mở lại được bằng tệp nhập.",
    validToChange: (day: string) => `Đơn vị đã kết thúc ngày ${day}; không sửa được ngày kết thúc bằng tệp nhập.`,
    closedChange: "Đơn vị đã kết thúc; chỉ sửa được tên (cùng ngày của tên) và đơn vị kế thừa.",
    nameFromRequired:
      "Đổi tên hoặc loại đơn vị: nhập ngày bắt đầu dùng tên mới (hoặc giữ ngày cũ nếu chỉ sửa lỗi chính tả).",
    nameFromBefore: (day: string) => `Ngày dùng tên mới phải sau ngày bắt đầu của tên hiện tại (${day}).`,
    nameFromOutside: "Ngày của tên phải nằm trong thời gian hiệu lực của đơn vị.",
    nameFromWithoutChange: (day: string) =>
      `Tên và loại không đổi nên ngày của tên phải giữ như cũ (${day}) hoặc để trống.`,
    nameFromNew: "Đơn vị mới: ngày của tên phải trùng ngày bắt đầu hiệu lực (hoặc để trống).",
    cannotClose: (reason: string) => `Không kết thúc được đơn vị: ${reason}`,
  },
  accounts: {
    label: "Tài khoản người dùng",
    dataSheet: "Tài khoản",
    unitNotFound: (code: string) => `Không có đơn vị mã “${code}”.`,
    unitClosed: "Đơn vị đã kết thúc hoạt động; chọn đơn vị đang hoạt động.",
    roleUnitMismatch: (level: string) => `Vai trò này làm việc ở đơn vị ${level}; đơn vị đã chọn không đúng cấp.`,
    lastAdmin: "Tệp này bỏ quyền quản trị của quản trị viên đang hoạt động cuối cùng.",
    passwordColumn: "Tệp không được chứa mật khẩu. Xóa cột mật khẩu: mỗi tài khoản mới nhận một liên kết đặt mật khẩu.",
    linksHeading: "Liên kết đặt mật khẩu cho tài khoản mới",
    linksIntro: (days: number) =>
      `Gửi riêng cho từng người. Mỗi liên kết dùng được một lần, trong ${days} ngày; chỉ bạn thấy danh sách này.`,
    linkUsed: "Đã đặt mật khẩu",
    linkExpired: "Liên kết đã hết hạn: đặt lại mật khẩu ở trang Quản trị tài khoản.",
    login: "Tên đăng nhập",
    name: "Họ tên",
    link: "Liên kết",
    expires: (day: string) => `Dùng được đến hết ngày ${day}.`,
  },
  setPassword: {
    title: "Đặt mật khẩu",
    intro: (username: string) => `Chọn mật khẩu cho tài khoản “${username}”.`,
    closed: "Liên kết đặt mật khẩu không còn hiệu lực (đã dùng hoặc đã hết hạn). Hãy liên hệ quản trị viên.",
    done: "Đã đặt mật khẩu. Bạn có thể đăng nhập.",
    login: "Đến trang đăng nhập",
    submit: "Đặt mật khẩu",
    pending: "Đang lưu…",
  },
} as const;

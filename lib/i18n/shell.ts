/**
 * The texts of what every page loads in the browser (header menu, sign-out, error and not-found
 * boundaries), part of the catalogue `vi` (./vi.ts) but in a module of their own: a client component that
 * imports ./vi ships the whole catalogue, and Turbopack copies it into each boundary's chunk.
 */
export const shellText = {
  app: {
    name: "Dân vận khéo",
    description:
      "Cổng thông tin phong trào thi đua “Dân vận khéo”: đăng ký, thẩm định, công nhận và khen thưởng mô hình.",
    tagline: "Phong trào thi đua “Dân vận khéo”",
    skipToContent: "Bỏ qua, đến nội dung chính",
    home: "Trang chủ",
    backHome: "Về trang chủ",
  },
  shell: {
    mainNav: "Điều hướng chính",
    menu: "Danh mục",
    closeMenu: "Đóng danh mục",
    signOut: "Đăng xuất",
    signingOut: "Đang đăng xuất…",
    account: "Tài khoản",
    signedInAs: "Đang đăng nhập:",
    footer: "Cổng thông tin phong trào thi đua “Dân vận khéo”.",
  },
  notFound: {
    title: "Không tìm thấy trang",
    text: "Trang bạn tìm không tồn tại, đã được chuyển đi hoặc bạn không có quyền truy cập.",
  },
  error: {
    title: "Đã có lỗi xảy ra",
    text: "Hệ thống chưa xử lý được yêu cầu của bạn. Vui lòng thử lại; nếu lỗi vẫn còn, hãy báo cho quản trị viên kèm mã lỗi bên dưới.",
    retry: "Thử lại",
    code: "Mã lỗi:",
  },
} as const;

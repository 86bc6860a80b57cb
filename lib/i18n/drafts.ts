/**
 * The texts of the local drafts every long form keeps (components/models/local-draft.tsx): a module of
 * their own, small, since the campaign, decision and model forms all load it in the browser.
 */
export const draftText = {
  staleTitle: "Nội dung bạn đã nhập trên bản cũ",
  staleIntro:
    "Nội dung này đã được lưu ở nơi khác nên mẫu dưới đây là bản mới nhất. Những gì bạn nhập trước đó được giữ lại ở đây để chép sang nếu cần:",
  staleDrop: "Đã xem xong, ẩn nội dung này",
  restored: (submit: string) =>
    `Đã khôi phục nội dung bạn nhập lần trước trên máy này (chưa được lưu). Kiểm tra lại rồi bấm “${submit}”.`,
  forget: "Bỏ nội dung đã khôi phục",
};

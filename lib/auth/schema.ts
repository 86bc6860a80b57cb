import { z } from "zod";
import { normalizeLine } from "@/lib/validation/text";
import { MAX_PASSWORD_LENGTH } from "./password-rules";

export const LoginInput = z.object({
  username: z.preprocess(
    (v) => (typeof v === "string" ? normalizeLine(v) : v),
    z.string().min(1, "Vui lòng nhập tên đăng nhập.").max(100),
  ),
  password: z.string().min(1, "Vui lòng nhập mật khẩu.").max(MAX_PASSWORD_LENGTH),
});
export type LoginInput = z.infer<typeof LoginInput>;

export const ChangePasswordInput = z
  .object({
    currentPassword: z.string().min(1, "Vui lòng nhập mật khẩu hiện tại."),
    newPassword: z
      .string()
      .min(8, "Mật khẩu mới phải có ít nhất 8 ký tự.")
      .max(MAX_PASSWORD_LENGTH, `Mật khẩu mới không được dài quá ${MAX_PASSWORD_LENGTH} ký tự.`),
    confirmPassword: z.string(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, {
    path: ["confirmPassword"],
    message: "Mật khẩu nhập lại không khớp.",
  })
  .refine((v) => v.newPassword !== v.currentPassword, {
    path: ["newPassword"],
    message: "Mật khẩu mới phải khác mật khẩu hiện tại.",
  });
export type ChangePasswordInput = z.infer<typeof ChangePasswordInput>;

import { z } from "zod";
import { MAX_PASSWORD_LENGTH } from "@/lib/auth/password-rules";
import { accountsText } from "@/lib/i18n/accounts";
import { blankLine, dbId, hasNoMarkup, NO_MARKUP_MESSAGE } from "@/lib/validation/text";

export const ROLES = ["UNIT_CADRE", "COMMUNE_REVIEWER", "DISTRICT_REVIEWER", "PROVINCE_OFFICER", "ADMIN"] as const;

const USERNAME_RULE = "Tên đăng nhập gồm 3–50 chữ cái không dấu, chữ số, dấu chấm, gạch nối hoặc gạch dưới.";
export const Username = z.preprocess(
  blankLine,
  z
    .string(USERNAME_RULE)
    .toLowerCase()
    .regex(/^[a-z0-9][a-z0-9._-]{2,49}$/, USERNAME_RULE),
);

export const FullName = z.preprocess(
  blankLine,
  z
    .string("Vui lòng nhập họ tên.")
    .min(2, "Họ tên phải có ít nhất 2 ký tự.")
    .max(120, "Họ tên không được dài quá 120 ký tự.")
    .refine(hasNoMarkup, NO_MARKUP_MESSAGE),
);

const Password = z
  .string("Vui lòng nhập mật khẩu.")
  .max(MAX_PASSWORD_LENGTH, `Mật khẩu không được dài quá ${MAX_PASSWORD_LENGTH} ký tự.`);

export const FirstAdminInput = z
  .object({
    provinceName: z.preprocess(blankLine, z.string(accountsText.setup.provinceRequired).optional()),
    username: Username,
    fullName: FullName,
    password: Password,
    confirmPassword: z.string("Vui lòng nhập lại mật khẩu."),
  })
  .refine((v) => v.password === v.confirmPassword, {
    path: ["confirmPassword"],
    message: "Mật khẩu nhập lại không khớp.",
  });
export type FirstAdminInput = z.infer<typeof FirstAdminInput>;

export const NewPasswordInput = z
  .object({ newPassword: Password, confirmPassword: z.string() })
  .refine((v) => v.newPassword === v.confirmPassword, {
    path: ["confirmPassword"],
    message: "Mật khẩu nhập lại không khớp.",
  });

export const OwnPasswordInput = z
  .object({
    currentPassword: z.string().min(1, "Vui lòng nhập mật khẩu hiện tại.").max(MAX_PASSWORD_LENGTH),
    newPassword: Password,
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

export const CreateAccountInput = z.object({
  username: Username,
  fullName: FullName,
  email: z.preprocess(
    blankLine,
    z.email("Địa chỉ thư điện tử không hợp lệ.").max(200, "Địa chỉ thư điện tử quá dài.").optional(),
  ),
  role: z.enum(ROLES, "Vui lòng chọn vai trò."),
  unitId: dbId("Vui lòng chọn đơn vị."),
});
export type CreateAccountInput = z.infer<typeof CreateAccountInput>;

export const UpdateAccountInput = CreateAccountInput.omit({ username: true }).extend({
  id: dbId("Không tìm thấy tài khoản."),
  // The updatedAt the form was rendered with (optimistic lock: a concurrent change is never overwritten).
  version: z
    .string("Tài khoản vừa được người khác thay đổi. Tải lại trang.")
    .max(40, "Tài khoản vừa được người khác thay đổi. Tải lại trang."),
});
export type UpdateAccountInput = z.infer<typeof UpdateAccountInput>;

export type FieldErrors = Record<string, string[]>;

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) (out[String(issue.path[0] ?? "_")] ??= []).push(issue.message);
  return out;
}

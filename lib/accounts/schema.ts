import { z } from "zod";
import { MAX_PASSWORD_LENGTH } from "@/lib/auth/password-rules";

export const ROLES = ["UNIT_CADRE", "COMMUNE_REVIEWER", "DISTRICT_REVIEWER", "PROVINCE_OFFICER", "ADMIN"] as const;

export const Username = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{2,49}$/, "Tên đăng nhập gồm 3–50 chữ cái không dấu, chữ số, dấu chấm, gạch nối hoặc gạch dưới.");

export const FullName = z.string().trim().min(2, "Vui lòng nhập họ tên.").max(120, "Họ tên không được dài quá 120 ký tự.");

const Password = z.string().max(MAX_PASSWORD_LENGTH, `Mật khẩu không được dài quá ${MAX_PASSWORD_LENGTH} ký tự.`);

export const FirstAdminInput = z
  .object({
    provinceName: z.string().trim().optional(),
    username: Username,
    fullName: FullName,
    password: Password,
    confirmPassword: z.string(),
  })
  .refine((v) => v.password === v.confirmPassword, { path: ["confirmPassword"], message: "Mật khẩu nhập lại không khớp." });
export type FirstAdminInput = z.infer<typeof FirstAdminInput>;

export const NewPasswordInput = z
  .object({ newPassword: Password, confirmPassword: z.string() })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "Mật khẩu nhập lại không khớp." });

export const OwnPasswordInput = z
  .object({ currentPassword: z.string().min(1, "Vui lòng nhập mật khẩu hiện tại.").max(MAX_PASSWORD_LENGTH), newPassword: Password, confirmPassword: z.string() })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "Mật khẩu nhập lại không khớp." })
  .refine((v) => v.newPassword !== v.currentPassword, { path: ["newPassword"], message: "Mật khẩu mới phải khác mật khẩu hiện tại." });

export const CreateAccountInput = z.object({
  username: Username,
  fullName: FullName,
  email: z.union([z.literal(""), z.email("Địa chỉ thư điện tử không hợp lệ.")]).optional(),
  role: z.enum(ROLES, "Vui lòng chọn vai trò."),
  unitId: z.coerce.number("Vui lòng chọn đơn vị.").int().positive("Vui lòng chọn đơn vị."),
});
export type CreateAccountInput = z.infer<typeof CreateAccountInput>;

export const UpdateAccountInput = CreateAccountInput.omit({ username: true }).extend({
  id: z.coerce.number().int().positive(),
  // The updatedAt the form was rendered with (optimistic lock: a concurrent change is never overwritten).
  version: z.string().min(1),
});
export type UpdateAccountInput = z.infer<typeof UpdateAccountInput>;

export type FieldErrors = Record<string, string[]>;

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) (out[String(issue.path[0] ?? "_")] ??= []).push(issue.message);
  return out;
}

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

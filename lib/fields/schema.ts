import { z } from "zod";
import { blankLine, hasNoMarkup, NO_MARKUP_MESSAGE } from "@/lib/validation/text";

/** A field of the list editor. The code is typed once, at creation (imports and exports key on it). */
export const FieldInput = z.object({
  code: z.preprocess(
    (v) => (typeof v === "string" ? (blankLine(v) as string | undefined)?.toUpperCase() : v),
    z
      .string("Vui lòng nhập mã lĩnh vực.")
      .regex(/^[A-Z0-9_-]{2,20}$/, "Mã gồm 2–20 chữ cái không dấu, chữ số, gạch ngang hoặc gạch dưới."),
  ),
  name: z.preprocess(
    blankLine,
    z
      .string("Vui lòng nhập tên lĩnh vực.")
      .min(2, "Vui lòng nhập tên lĩnh vực (ít nhất 2 ký tự).")
      .max(120, "Tên lĩnh vực quá dài (tối đa 120 ký tự).")
      .refine(hasNoMarkup, NO_MARKUP_MESSAGE),
  ),
  sortOrder: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? 0 : v),
    z.coerce
      .number("Thứ tự là một số nguyên từ 0 đến 9999.")
      .int("Thứ tự là một số nguyên từ 0 đến 9999.")
      .min(0, "Thứ tự là một số nguyên từ 0 đến 9999.")
      .max(9999, "Thứ tự là một số nguyên từ 0 đến 9999."),
  ),
  active: z.preprocess((v) => (v === undefined ? "1" : v), z.enum(["1", "0"], "Vui lòng chọn trạng thái.")),
});
export type FieldInput = z.infer<typeof FieldInput>;

import { z } from "zod";
import { blankLine, blankText, dbId, hasNoMarkup, NO_MARKUP_MESSAGE } from "@/lib/validation/text";

export const isoDate = (label: string) =>
  z
    .string(`${label}: nhập ngày dạng dd/mm/yyyy.`)
    .trim()
    .regex(/^\d{2}\/\d{2}\/\d{4}$|^\d{4}-\d{2}-\d{2}$/, `${label}: nhập ngày dạng dd/mm/yyyy.`)
    .transform((v) => {
      const [y, m, d] = v.includes("/") ? v.split("/").reverse() : v.split("-");
      const iso = `${y}-${m}-${d}`;
      const day = new Date(`${iso}T00:00:00.000Z`);
      // JavaScript rolls 31/02 over to 03/03; a day that does not exist is refused instead.
      return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === iso ? day : new Date(Number.NaN);
    })
    .refine((d) => !Number.isNaN(d.getTime()), `${label}: ngày không hợp lệ.`);

export const optionalDate = (label: string) => z.preprocess(blankLine, isoDate(label).optional());

/** Criteria typed one per line: "code | name | weight" (weight = the maximum score, 1–100). */
export const CriteriaText = z
  .string("Nhập ít nhất một tiêu chí.")
  .max(4000, "Danh sách tiêu chí quá dài.")
  .transform((v) => String(blankText(v) ?? ""))
  .refine((v) => v.length > 0, "Nhập ít nhất một tiêu chí.")
  .transform((text, ctx) => {
    const out: { code: string; name: string; maxScore: number }[] = [];
    for (const [i, line] of text
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean)
      .entries()) {
      const [code, name, weight] = line.split("|").map((p) => p.trim());
      const score = Number(weight);
      if (
        !code ||
        !/^[A-Za-z0-9_-]{1,20}$/.test(code) ||
        !name ||
        !Number.isInteger(score) ||
        score < 1 ||
        score > 100
      ) {
        ctx.addIssue({ code: "custom", message: `Dòng ${i + 1}: ghi "mã | tên tiêu chí | điểm tối đa (1–100)".` });
        return z.NEVER;
      }
      if (out.some((c) => c.code === code)) {
        ctx.addIssue({ code: "custom", message: `Dòng ${i + 1}: mã tiêu chí "${code}" bị trùng.` });
        return z.NEVER;
      }
      out.push({ code, name, maxScore: score });
    }
    return out;
  });

// After a field's own failure zod may still run the object's checks, with that field's raw value.
const valid = (...days: unknown[]) => days.every((d) => d instanceof Date && !Number.isNaN(d.getTime()));

export const CampaignInput = z
  .object({
    code: z.preprocess(
      blankLine,
      z
        .string("Vui lòng nhập mã đợt.")
        .regex(/^[A-Za-z0-9._-]{2,40}$/, "Mã đợt gồm 2–40 chữ cái không dấu, chữ số, dấu chấm hoặc gạch."),
    ),
    name: z.preprocess(
      blankLine,
      z
        .string("Vui lòng nhập tên đợt.")
        .min(5, "Vui lòng nhập tên đợt (ít nhất 5 ký tự).")
        .max(300, "Tên đợt quá dài (tối đa 300 ký tự).")
        .refine(hasNoMarkup, NO_MARKUP_MESSAGE),
    ),
    startDate: isoDate("Ngày bắt đầu"),
    endDate: isoDate("Ngày kết thúc"),
    registrationDeadline: optionalDate("Hạn đăng ký"),
    guidanceRef: z.preprocess(
      blankLine,
      z.string("Văn bản hướng dẫn không hợp lệ.").max(300, "Văn bản hướng dẫn quá dài.").optional(),
    ),
    targets: z.preprocess(blankText, z.string("Chỉ tiêu không hợp lệ.").max(4000, "Chỉ tiêu quá dài.").optional()),
    criteria: CriteriaText,
    ownerUnitId: z.preprocess(blankLine, dbId("Vui lòng chọn tỉnh.").optional()),
  })
  // A date that is not one has its own message; the comparisons then say nothing more.
  .refine((v) => !valid(v.startDate, v.endDate) || v.endDate >= v.startDate, {
    path: ["endDate"],
    message: "Ngày kết thúc phải sau ngày bắt đầu.",
  })
  .refine(
    (v) =>
      !v.registrationDeadline ||
      !valid(v.startDate, v.endDate, v.registrationDeadline) ||
      (v.registrationDeadline >= v.startDate && v.registrationDeadline <= v.endDate),
    {
      path: ["registrationDeadline"],
      message: "Hạn đăng ký phải nằm trong thời gian của đợt.",
    },
  );
export type CampaignInput = z.infer<typeof CampaignInput>;

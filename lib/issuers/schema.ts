import { z } from "zod";
import { isoDate, optionalDate } from "@/lib/campaigns/schema";
import { blankLine, dbId, hasNoMarkup, NO_MARKUP_MESSAGE } from "@/lib/validation/text";

const line = (label: string, min: number, max: number) =>
  z.preprocess(
    blankLine,
    z
      .string(`Vui lòng nhập ${label}.`)
      .min(min, `Vui lòng nhập ${label} (ít nhất ${min} ký tự).`)
      .max(max, `${label[0].toUpperCase()}${label.slice(1)} quá dài (tối đa ${max} ký tự).`)
      .refine(hasNoMarkup, NO_MARKUP_MESSAGE),
  );

// "QĐ/TU", "QĐ/BTGDVTU" (Party: type / body); "QĐ-UBND", "QĐ-BCĐ" (State: type - body). Letters incl. Đ.
const PARTY_SUFFIX = /^[\p{Lu}\d]{1,10}\/[\p{Lu}\d-]{1,20}$/u;
const STATE_SUFFIX = /^[\p{Lu}\d]{1,10}-[\p{Lu}\d-]{1,20}$/u;

/** What the officer types about an issuing body; `unitId` only when creating. */
export const IssuerInput = z
  .object({
    unitId: z.preprocess(blankLine, dbId("Vui lòng chọn đơn vị.").optional()),
    name: line("tên cơ quan", 3, 200),
    parentName: z.preprocess(
      blankLine,
      z.string("Cơ quan cấp trên không hợp lệ.").max(200, "Cơ quan cấp trên quá dài (tối đa 200 ký tự).").optional(),
    ),
    place: line("địa danh", 2, 100),
    style: z.enum(["PARTY", "STATE"], "Vui lòng chọn thể thức văn bản."),
    numberSuffix: z.preprocess(
      (v) => (typeof v === "string" ? (blankLine(v) as string | undefined)?.toLocaleUpperCase("vi") : v),
      z.string("Vui lòng nhập ký hiệu sau số.").max(31, "Ký hiệu quá dài."),
    ),
    termStartYear: z.preprocess(
      blankLine,
      z.coerce
        .number("Năm đầu nhiệm kỳ là một năm, ví dụ 2025.")
        .int("Năm đầu nhiệm kỳ là một năm, ví dụ 2025.")
        .min(1945, "Năm đầu nhiệm kỳ là một năm từ 1945 đến 2100.")
        .max(2100, "Năm đầu nhiệm kỳ là một năm từ 1945 đến 2100.")
        .optional(),
    ),
    validFrom: isoDate("Hiệu lực từ ngày"),
    validTo: optionalDate("Hiệu lực đến ngày"),
  })
  .superRefine((v, ctx) => {
    if (v.style === "PARTY" && !PARTY_SUFFIX.test(v.numberSuffix))
      ctx.addIssue({
        code: "custom",
        path: ["numberSuffix"],
        message: "Văn bản của Đảng ghi ký hiệu dạng QĐ/TU (loại văn bản, dấu gạch chéo, cơ quan).",
      });
    if (v.style === "STATE" && !STATE_SUFFIX.test(v.numberSuffix))
      ctx.addIssue({
        code: "custom",
        path: ["numberSuffix"],
        message: "Văn bản Nhà nước ghi ký hiệu dạng QĐ-UBND (loại văn bản, dấu gạch ngang, cơ quan).",
      });
    if (v.style === "PARTY" && v.termStartYear === undefined)
      ctx.addIssue({
        code: "custom",
        path: ["termStartYear"],
        message: "Văn bản của Đảng đánh số theo nhiệm kỳ: nhập năm đầu nhiệm kỳ, ví dụ 2025.",
      });
    if (v.validTo && v.validTo < v.validFrom)
      ctx.addIssue({ code: "custom", path: ["validTo"], message: "Ngày hết hiệu lực phải sau ngày bắt đầu." });
  })
  // A State register runs per calendar year: a term year would only mislead.
  .transform((v) => ({ ...v, termStartYear: v.style === "STATE" ? null : (v.termStartYear ?? null) }));
export type IssuerInput = z.infer<typeof IssuerInput>;

export const EndIssuerInput = z.object({ validTo: isoDate("Hiệu lực đến ngày") });

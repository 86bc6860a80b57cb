/**
 * zod schemas shared by the registration forms and the use cases. Inputs arrive as FormData strings:
 * blank strings mean "not given", numbers and dates are coerced, text is NFC-normalised and trimmed.
 * Rules that need the database (the committee must be one of the unit's current committees, the
 * replication origin must be recognized in the province) are checked by the use cases and reported
 * on the same field names.
 */
import { z } from "zod";
import { MODEL_KINDS, MODEL_STATES } from "@/lib/workflow/state-machine";
import { blankLine, blankText, dbId, hasNoMarkup, INT4_MAX, NO_MARKUP_MESSAGE } from "@/lib/validation/text";
import { addYearsIso, dateFromIso, parseDateOnly, vnTodayIso } from "./dates";

export const TITLE_MIN = 10;
export const TITLE_MAX = 300;
export const NARRATIVE_MAX = 5000;
/** Minimum length of each narrative field when the dossier is submitted. */
export const NARRATIVE_SUBMIT_MIN = 30;

/** What a form posts: every field optional and untrusted (FormData strings, or typed values). */
export type FormValues<S extends z.ZodType> = { [K in keyof z.input<S>]?: unknown };
/** The same fields as strings, as an edit form is prefilled. */
export type FormStrings<S extends z.ZodType> = { [K in keyof z.input<S>]-?: string };

/** "" / "   " → undefined; other strings normalised (lib/validation/text.ts: NFC, no controls/bidi, trimmed). */
const blank = blankText;

function id(message: string) {
  return dbId(message);
}

function optionalId(message: string) {
  return z.preprocess(blankLine, dbId(message).optional());
}

function optionalText(max: number, label: string) {
  return z.preprocess(
    blank,
    z
      .string({ error: `${label} không hợp lệ.` })
      .max(max, `${label} không được dài quá ${max.toLocaleString("vi-VN")} ký tự.`)
      .optional(),
  );
}

function requiredText(min: number, max: number, label: string) {
  return z.preprocess(
    blank,
    z
      .string({ error: `Vui lòng nhập ${label.toLowerCase()}.` })
      .min(min, `${label} phải có ít nhất ${min} ký tự.`)
      .max(max, `${label} không được dài quá ${max.toLocaleString("vi-VN")} ký tự.`),
  );
}

const NO_ANGLE_BRACKETS = "Không được chứa ký tự < hoặc >";
const noAngles = (s: string | undefined) => s === undefined || !/[<>]/.test(s);

/** Version sent back by the edit form (optimistic lock). */
export const Version = z.preprocess(
  blank,
  z.coerce
    .number({ error: "Thiếu phiên bản của mô hình." })
    .int()
    .min(1, "Thiếu phiên bản của mô hình.")
    .max(INT4_MAX, "Thiếu phiên bản của mô hình."),
);

const Title = z.preprocess(
  blankLine,
  z
    .string({ error: "Vui lòng nhập tên mô hình." })
    .min(TITLE_MIN, `Tên mô hình phải có ít nhất ${TITLE_MIN} ký tự.`)
    .max(TITLE_MAX, `Tên mô hình không được dài quá ${TITLE_MAX} ký tự.`)
    .refine(noAngles, NO_ANGLE_BRACKETS),
);

const Kind = z.enum(MODEL_KINDS, { error: "Vui lòng chọn loại mô hình (tập thể hoặc cá nhân)." });
const Honorific = z.preprocess(blank, z.enum(["MALE", "FEMALE"], { error: "Vui lòng chọn Ông hoặc Bà." }).optional());

function startDate(required: boolean) {
  const base = z
    .date({
      error: required ? "Vui lòng nhập ngày bắt đầu (ngày/tháng/năm)." : "Ngày bắt đầu không hợp lệ (ngày/tháng/năm).",
    })
    .refine((d) => d.getTime() <= dateFromIso(addYearsIso(vnTodayIso(), 1)).getTime(), {
      message: "Ngày bắt đầu không được quá 1 năm kể từ hôm nay.",
    });
  return z.preprocess((v) => parseDateOnly(blank(v)), required ? base : base.optional());
}

/** The person an individual model names (see individualRules); the same on every form that names one. */
/** The individual's fields of every model form (a schema, its labels name the field in zod's messages). */
const personFields = () => ({
  personHonorific: Honorific,
  personName: optionalText(200, "Họ và tên").refine(noAngles, NO_ANGLE_BRACKETS),
  personPosition: optionalText(200, "Chức vụ").refine(noAngles, NO_ANGLE_BRACKETS),
  address: optionalText(500, "Địa chỉ").refine(noAngles, NO_ANGLE_BRACKETS),
});

function modelFields(strict: boolean) {
  const narrative = (label: string) =>
    strict
      ? requiredText(NARRATIVE_SUBMIT_MIN, NARRATIVE_MAX, label).refine(hasNoMarkup, NO_MARKUP_MESSAGE)
      : optionalText(NARRATIVE_MAX, label).refine(hasNoMarkup, NO_MARKUP_MESSAGE);
  return {
    kind: Kind,
    title: Title,
    fieldId: id("Vui lòng chọn lĩnh vực."),
    campaignId: id("Vui lòng chọn đợt thi đua."),
    registeredWithUnitId: id("Vui lòng chọn cấp đăng ký."),
    goals: narrative("Mục tiêu"),
    methods: narrative("Cách làm, phương pháp vận động"),
    expectedResults: narrative("Kết quả dự kiến"),
    startDate: startDate(strict),
    ...personFields(),
    replicatedFromId: optionalId("Mô hình nhân rộng không hợp lệ."),
  };
}

export type PersonFields = {
  kind: "COLLECTIVE" | "INDIVIDUAL";
  personHonorific?: "MALE" | "FEMALE";
  personName?: string;
  personPosition?: string;
  address?: string;
};

/**
 * An individual model names the person: Ông/Bà, name, position and address are required. Runs even
 * when other fields failed (`when`), so the form shows every missing item at once.
 */
const always = { when: () => true };
function individualRules(v: PersonFields, ctx: z.RefinementCtx) {
  if (v.kind !== "INDIVIDUAL") return;
  const need = (key: keyof PersonFields, message: string) => {
    if (!v[key]) ctx.addIssue({ code: "custom", path: [key], message });
  };
  need("personHonorific", "Vui lòng chọn Ông hoặc Bà.");
  need("personName", "Vui lòng nhập họ và tên cá nhân.");
  need("personPosition", "Vui lòng nhập chức vụ hoặc nghề nghiệp.");
  need("address", "Vui lòng nhập địa chỉ (thôn, xã, tỉnh).");
}

/** Fields of a collective model never carry a person (a form switched from individual may still send them). */
function dropPersonIfCollective<T extends PersonFields>(v: T): T {
  if (v.kind === "INDIVIDUAL") return v;
  return { ...v, personHonorific: undefined, personName: undefined, personPosition: undefined, address: undefined };
}

export const ModelDraftInput = z
  .object(modelFields(false))
  .superRefine(individualRules, always)
  .transform(dropPersonIfCollective);
export type ModelDraftInput = z.output<typeof ModelDraftInput>;
export type ModelDraftFormValues = FormValues<typeof ModelDraftInput>;

export const ModelUpdateInput = z
  .object({ ...modelFields(false), id: id("Không tìm thấy mô hình."), version: Version })
  .superRefine(individualRules, always)
  .transform(dropPersonIfCollective);
export type ModelUpdateInput = z.output<typeof ModelUpdateInput>;
export type ModelUpdateFormValues = FormValues<typeof ModelUpdateInput>;
export type ModelUpdateFormStrings = FormStrings<typeof ModelUpdateInput>;

/** The dossier as it must be to be submitted: every narrative field and the start date filled in. */
export const ModelSubmitInput = z.object(modelFields(true)).superRefine(individualRules, always);
export type ModelSubmitInput = z.output<typeof ModelSubmitInput>;

// ---------- Entries a committee makes for a unit (ADR 0052) ----------

const ownerUnitId = id("Vui lòng chọn đơn vị.");

/** A committee registers a model for a unit of its subtree: the full dossier, sent to the committee at once. */
export const OnBehalfInput = z
  .object(modelFields(true))
  .omit({ registeredWithUnitId: true })
  .extend({ ownerUnitId })
  .superRefine(individualRules, always)
  .transform(dropPersonIfCollective);
export type OnBehalfInput = z.output<typeof OnBehalfInput>;
export type OnBehalfFormValues = FormValues<typeof OnBehalfInput>;

export const HISTORIC_OUTCOMES = ["RECOGNIZED", "TYPICAL", "NOT_RECOGNIZED"] as const;

/** A past model of a closed campaign, recorded with the outcome it had then (narrative optional: old files are thin). */
export const HistoricModelInput = z
  .object({
    kind: Kind,
    title: Title,
    fieldId: id("Vui lòng chọn lĩnh vực."),
    campaignId: id("Vui lòng chọn đợt thi đua."),
    ownerUnitId,
    ...personFields(),
    goals: optionalText(NARRATIVE_MAX, "Mục tiêu").refine(hasNoMarkup, NO_MARKUP_MESSAGE),
    results: optionalText(NARRATIVE_MAX, "Kết quả đạt được").refine(hasNoMarkup, NO_MARKUP_MESSAGE),
    outcome: z.enum(HISTORIC_OUTCOMES, { error: "Vui lòng chọn kết quả xét công nhận." }),
    outcomeDate: z.preprocess(
      (v) => parseDateOnly(blank(v)),
      z
        .date({ error: "Vui lòng nhập ngày xét công nhận (ngày/tháng/năm)." })
        .refine((d) => d.getTime() <= dateFromIso(vnTodayIso()).getTime(), {
          message: "Ngày xét công nhận không được ở tương lai.",
        }),
    ),
    reference: optionalText(300, "Căn cứ (số quyết định, biên bản)").refine(noAngles, NO_ANGLE_BRACKETS),
  })
  .superRefine(individualRules, always)
  .transform(dropPersonIfCollective);
export type HistoricModelInput = z.output<typeof HistoricModelInput>;
export type HistoricModelFormValues = FormValues<typeof HistoricModelInput>;

/** Submit, resubmit and withdraw: which model, the version shown, and an optional note to the committee. */
export const ModelStepInput = z.object({
  id: id("Không tìm thấy mô hình."),
  version: Version,
  comment: optionalText(2000, "Ghi chú").refine(noAngles, NO_ANGLE_BRACKETS),
});
export type ModelStepInput = z.output<typeof ModelStepInput>;
export type ModelStepFormValues = FormValues<typeof ModelStepInput>;

// ---------- Progress reports ----------

/** "1.000.000" / "1 000 000" (vi-VN grouping) → "1000000"; "12,5" → "12.5". */
function localeNumber(v: unknown): unknown {
  const s = blank(v);
  if (typeof s !== "string") return s;
  const compact = s.replace(/\s/g, "");
  if (/^-?\d{1,3}(\.\d{3})+$/.test(compact)) return compact.replace(/\./g, "");
  if (/^-?\d+(\.\d{3})*,\d+$/.test(compact)) return compact.replace(/\./g, "").replace(",", ".");
  return compact;
}

function quantity(label: string, opts: { integer: boolean; max: number; decimals?: number }) {
  let n = z.coerce
    .number({ error: `${label} phải là một số.` })
    .refine(Number.isFinite, `${label} phải là một số.`)
    .refine((x) => x >= 0, `${label} không được âm.`)
    .refine((x) => x <= opts.max, `${label} quá lớn.`);
  if (opts.integer) n = n.refine(Number.isInteger, `${label} phải là số nguyên.`);
  if (opts.decimals !== undefined) {
    const d = opts.decimals;
    n = n.refine(
      (x) => Math.abs(x * 10 ** d - Math.round(x * 10 ** d)) < 1e-6,
      `${label} chỉ được có tối đa ${d} chữ số thập phân.`,
    );
  }
  return z.preprocess(localeNumber, n.optional());
}

export const ProgressReportInput = z.object({
  modelId: id("Không tìm thấy mô hình."),
  reportDate: z.preprocess(
    (v) => parseDateOnly(blank(v)),
    z
      .date({ error: "Vui lòng nhập ngày báo cáo (ngày/tháng/năm)." })
      .refine((d) => d.getTime() <= dateFromIso(vnTodayIso()).getTime(), {
        message: "Ngày báo cáo không được ở tương lai.",
      }),
  ),
  note: requiredText(1, NARRATIVE_MAX, "Nội dung báo cáo").refine(hasNoMarkup, NO_MARKUP_MESSAGE),
  moneyVnd: quantity("Số tiền (đồng)", { integer: true, max: Number.MAX_SAFE_INTEGER }),
  landM2: quantity("Diện tích đất (m²)", { integer: false, max: 999_999_999_999.99, decimals: 2 }),
  roadKm: quantity("Chiều dài đường (km)", { integer: false, max: 99_999_999.99, decimals: 2 }),
  workdays: quantity("Số ngày công", { integer: true, max: 2_147_483_647 }),
  households: quantity("Số hộ", { integer: true, max: 2_147_483_647 }),
});
export type ProgressReportInput = z.output<typeof ProgressReportInput>;
export type ProgressReportFormValues = FormValues<typeof ProgressReportInput>;

// ---------- Lists and pickers ----------

export const MODEL_LIST_PAGE_SIZE = 20;

const STATES = MODEL_STATES;

/** URL search params of the unit's model list (`?q=&campaign=&field=&kind=&state=&page=`); bad values are ignored. */
export const ListUnitModelsInput = z.object({
  q: z.preprocess(blank, z.string().max(200).optional()).catch(undefined),
  campaignId: optionalId("").catch(undefined),
  fieldId: optionalId("").catch(undefined),
  kind: z.preprocess(blank, Kind.optional()).catch(undefined),
  state: z.preprocess(blank, z.enum(STATES).optional()).catch(undefined),
  page: z.preprocess(blank, z.coerce.number().int().min(1).max(INT4_MAX).optional()).catch(undefined),
});
export type ListUnitModelsInput = FormValues<typeof ListUnitModelsInput>;

export const SearchReplicationOriginsInput = z.object({
  q: z.preprocess(blank, z.string().max(200).optional()).catch(undefined),
  /** The model being edited, left out of the results. */
  excludeId: optionalId("").catch(undefined),
  limit: z.preprocess(blank, z.coerce.number().int().min(1).max(50).optional()).catch(undefined),
});
export type SearchReplicationOriginsInput = FormValues<typeof SearchReplicationOriginsInput>;

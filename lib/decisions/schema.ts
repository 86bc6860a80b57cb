/**
 * zod schemas of the decision forms. Inputs may be FormData strings (blank = not given) or typed values.
 * Rules that need the database (issuer scope, number reuse, eligible models) are checked by the use cases
 * and reported on the same field names.
 */
import { z } from "zod";
import { AwardForm, Gender, ModelKind, UnitLevel } from "@/lib/generated/prisma/enums";
import { DECISION_MESSAGES as M } from "@/lib/i18n/decisions";
import { parseDateOnly } from "@/lib/models/dates";
import {
  blankLine,
  blankText,
  dbId,
  hasNoMarkup,
  INT4_MAX,
  NO_MARKUP_MESSAGE,
  normalizeLine,
} from "@/lib/validation/text";

const blank = blankText;

const id = (message: string) => dbId(message);
const optionalId = (message: string) => z.preprocess(blankLine, dbId(message).optional());
/** Printed on the decision: no markup (ADR 0040), as every name the forms take. */
const text = (message: string, max: number) =>
  z.preprocess(
    blankLine,
    z
      .string({ error: message })
      .min(1, message)
      .max(max, `Không được dài quá ${max} ký tự.`)
      .refine(hasNoMarkup, NO_MARKUP_MESSAGE),
  );
const optionalText = (max: number) =>
  z.preprocess(
    blankLine,
    z.string().max(max, `Không được dài quá ${max} ký tự.`).refine(hasNoMarkup, NO_MARKUP_MESSAGE).optional(),
  );

/** What a form posts: every field optional and untrusted (FormData strings or typed values); zod decides. */
export type FormValues<S extends z.ZodType> = { [K in keyof z.input<S>]?: unknown };

/** Accepts an array or a comma-separated string (a hidden form field), drops blanks. */
function idList(v: unknown): unknown {
  if (typeof v === "string")
    return v
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
  return v;
}

/** The issuer: none chosen is asked for; an id that is not a number is "not found", as one out of scope. */
const issuerId = z
  .preprocess(
    blankLine,
    z.unknown().superRefine((v, ctx) => {
      if (v === undefined) ctx.addIssue({ code: "custom", message: M.issuerRequired, abort: true });
    }),
  )
  .pipe(id(M.issuerNotFound));

export const DecisionFields = z.object({
  issuerId,
  /** Optional on a draft (the planned number); the register's number is taken when the decision is issued. */
  number: optionalId(M.numberInvalid),
  decisionDate: z.preprocess(parseDateOnly, z.date({ error: M.dateInvalid })),
  signerName: text(M.signerNameRequired, 120),
  signerTitle: text(M.signerTitleRequired, 200),
  awardForm: z.enum(AwardForm, { error: M.awardFormInvalid }),
  title: text(M.titleRequired, 500),
  campaignId: optionalId(M.campaignNotFound),
});

export const CreateDecisionInput = DecisionFields.extend({
  modelIds: z.preprocess(idList, z.array(id(M.honoreesEmpty)).min(1, M.honoreesEmpty)),
});
export type CreateDecisionInput = FormValues<typeof CreateDecisionInput>;

export const HonoreeCorrection = z.object({
  id: id(M.honoreeNotFound),
  name: text(M.honoreeNameRequired, 300).optional(),
  /** May be blank: a provincial body ("Hội Chữ thập đỏ tỉnh") stands alone on the list. */
  address: z
    .preprocess(
      (v) => (typeof v === "string" ? normalizeLine(v) : v),
      z.string().max(500, "Không được dài quá 500 ký tự.").refine(hasNoMarkup, NO_MARKUP_MESSAGE),
    )
    .optional(),
  position: optionalText(200).nullable(),
  honorific: z.preprocess(blank, z.enum(Gender).nullable().optional()),
  sortOrder: z.preprocess(blank, z.coerce.number().int().positive().max(INT4_MAX).optional()),
});
export type HonoreeCorrection = z.input<typeof HonoreeCorrection>;

export const UpdateDecisionInput = z.object({
  id: id(M.notFound),
  version: id(M.conflict),
  fields: DecisionFields.optional(),
  honorees: z.array(HonoreeCorrection).optional(),
  addModelIds: z.preprocess(idList, z.array(id(M.honoreesEmpty)).optional()),
  removeHonoreeIds: z.preprocess(idList, z.array(id(M.honoreeNotFound)).optional()),
});
export type UpdateDecisionInput = FormValues<typeof UpdateDecisionInput>;

export const VersionedId = z.object({ id: id(M.notFound), version: id(M.conflict) });
export type VersionedId = FormValues<typeof VersionedId>;

export const ReopenDecisionInput = VersionedId.extend({
  reason: z.preprocess(
    blank,
    z.string({ error: M.reasonRequired }).min(10, M.reasonRequired).max(1000).refine(hasNoMarkup, NO_MARKUP_MESSAGE),
  ),
});
export type ReopenDecisionInput = FormValues<typeof ReopenDecisionInput>;

/** Search words: a pasted paragraph is cut to its first 200 characters rather than refused (or thrown). */
function searchTerms(v: unknown): unknown {
  const b = blank(v);
  return typeof b === "string" ? b.slice(0, 200) : b;
}

export const DECISION_PAGE_SIZE = 20;

export const ListDecisionsInput = z.object({
  q: z.preprocess(searchTerms, z.string().optional()),
  status: z.preprocess(blank, z.enum(["DRAFT", "ISSUED"]).optional().catch(undefined)),
  issuerId: optionalId(M.issuerNotFound).catch(undefined),
  page: z.preprocess(blank, z.coerce.number().int().positive().max(INT4_MAX).optional().catch(1)),
});
export type ListDecisionsInput = FormValues<typeof ListDecisionsInput>;

export const SearchCandidatesInput = z.object({
  q: z.preprocess(searchTerms, z.string().optional()),
  kind: z.preprocess(blank, z.enum(ModelKind).optional().catch(undefined)),
  fieldId: optionalId("").catch(undefined),
  campaignId: optionalId("").catch(undefined),
  level: z.preprocess(blank, z.enum(UnitLevel).optional().catch(undefined)),
  typicalOnly: z.preprocess((v) => v === true || v === "1" || v === "true" || v === "on", z.boolean()),
  /** Models already in the decision being edited, left out of the results. */
  excludeDecisionId: optionalId("").catch(undefined),
  page: z.preprocess(blank, z.coerce.number().int().positive().max(INT4_MAX).optional().catch(1)),
});
export type SearchCandidatesInput = FormValues<typeof SearchCandidatesInput>;

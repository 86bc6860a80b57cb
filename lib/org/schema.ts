// Inputs of the tree administration forms (strings from FormData; dates dd/MM/yyyy or yyyy-MM-dd).
import { z } from "zod";
import { orgText } from "@/lib/i18n/org";
import { hasNoMarkup, NO_MARKUP_MESSAGE } from "@/lib/validation/text";
import { parseDay } from "./tree-admin";
import { UNIT_LEVELS } from "@/lib/workflow/state-machine";

const e = orgText.errors;
const day = z.string().transform((s, ctx) => {
  const d = parseDay(s);
  if (!d) {
    ctx.addIssue({ code: "custom", message: s.trim() ? e.badDate : e.dateRequired });
    return z.NEVER;
  }
  return d;
});
const id = z.coerce.number().int().positive().max(2_147_483_647);
const code = z.string().trim().min(1, e.targetNotFound).max(80);
const name = z.string().trim().min(1, e.nameRequired).max(200).refine(hasNoMarkup, NO_MARKUP_MESSAGE);

export const CreateUnitInput = z.object({
  name,
  code: z.string().trim().max(80).optional().default(""),
  level: z.enum(UNIT_LEVELS),
  kind: z.enum([
    "PROVINCE",
    "CENTRAL_CITY",
    "DISTRICT",
    "TOWN",
    "PROVINCIAL_CITY",
    "DISTRICT_EQUIVALENT",
    "COMMUNE",
    "WARD",
    "TOWNSHIP",
    "COMMUNE_EQUIVALENT",
    "PARTY_CELL",
    "HAMLET",
    "SCHOOL",
    "CLINIC",
    "ASSOCIATION",
    "ENTERPRISE",
    "OTHER",
  ]),
  parentCode: z.string().trim().max(80).optional().default(""),
  validFrom: day,
});
export type CreateUnitInput = z.input<typeof CreateUnitInput>;

export const RenameUnitInput = z.object({ unitId: id, name, from: day });
export const MoveUnitInput = z.object({ unitId: id, parentCode: code });
export const CloseUnitInput = z.object({ unitId: id, to: day });
export const MergeUnitInput = z.object({ unitId: id, targetCode: code, date: day });
export const AbolishDistrictLevelInput = z.object({ provinceId: id, date: day });
export const LoadProvinceInput = z.object({ oldProvinceName: z.string().trim().min(1, e.unknownProvince).max(100) });
export const ReorganiseInput = z.object({ oldProvinceId: id });

/** zod issues → { field: first message } and one summary message. */
export function fieldErrors(error: z.ZodError): { message: string; fieldErrors: Record<string, string> } {
  const out: Record<string, string> = {};
  for (const i of error.issues) {
    const k = String(i.path[0] ?? "form");
    if (!out[k]) out[k] = i.message;
  }
  return { message: Object.values(out)[0] ?? e.badDate, fieldErrors: out };
}

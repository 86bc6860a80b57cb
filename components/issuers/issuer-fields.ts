import { issuerText as t } from "@/lib/i18n/issuers";
import type { FormField } from "@/components/accounts/simple-form";

export type IssuerValues = Partial<
  Record<"name" | "parentName" | "place" | "style" | "numberSuffix" | "termStartYear" | "validFrom" | "validTo", string>
>;

/** The issuer form's fields; `locked` ones are left out (the page shows them and sends them hidden). */
export function issuerFields(v: IssuerValues = {}, locked: readonly string[] = []): FormField[] {
  const all: FormField[] = [
    { name: "name", label: t.name, hint: t.nameHint, defaultValue: v.name, autoComplete: "off" },
    {
      name: "parentName",
      label: t.parentName,
      hint: t.parentNameHint,
      defaultValue: v.parentName,
      autoComplete: "off",
    },
    { name: "place", label: t.place, hint: t.placeHint, defaultValue: v.place, autoComplete: "off" },
    {
      name: "style",
      label: t.style,
      type: "select",
      defaultValue: v.style ?? "PARTY",
      options: (["PARTY", "STATE"] as const).map((s) => ({ value: s, label: t.styles[s] })),
    },
    { name: "numberSuffix", label: t.numberSuffix, hint: t.numberSuffixHint, defaultValue: v.numberSuffix },
    { name: "termStartYear", label: t.termStartYear, hint: t.termStartYearHint, defaultValue: v.termStartYear },
    { name: "validFrom", label: t.validFrom, hint: "dd/mm/yyyy", defaultValue: v.validFrom },
    { name: "validTo", label: t.validTo, hint: "dd/mm/yyyy", defaultValue: v.validTo },
  ];
  return all.filter((f) => !locked.includes(f.name));
}

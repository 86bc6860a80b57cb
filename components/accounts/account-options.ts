import type { Role, UnitKind, UnitLevel } from "@/lib/enums";
import { levelTitle } from "@/lib/i18n/levels";
import { roleLabels } from "@/lib/i18n/vi";
import { accountsText } from "@/lib/i18n/accounts";
import type { FormField } from "./simple-form";

const ROLE_ORDER: Role[] = ["UNIT_CADRE", "COMMUNE_REVIEWER", "DISTRICT_REVIEWER", "PROVINCE_OFFICER", "ADMIN"];
export const roleOptions = ROLE_ORDER.map((r) => ({ value: r, label: roleLabels[r] }));

export type PickedUnit = {
  id: number;
  name: string;
  level: UnitLevel;
  kind?: UnitKind;
  parent: { name: string } | null;
};

/** `searched`: a unit name or code was looked up (before that the list asks for one, not "none found"). */
export function unitField(units: readonly PickedUnit[], current?: number, searched = true): FormField {
  return {
    name: "unitId",
    label: accountsText.admin.unit,
    type: "select",
    defaultValue: current ? String(current) : units[0] ? String(units[0].id) : "",
    options: units.length
      ? units.map((u) => ({
          value: String(u.id),
          label: `${u.name} (${levelTitle(u)}${u.parent ? ` · ${u.parent.name}` : ""})`,
        }))
      : [{ value: "", label: searched ? accountsText.admin.unitNone : accountsText.admin.unitSearchFirst }],
  };
}

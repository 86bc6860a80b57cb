import { unitKindLabels } from "@/lib/i18n/vi";
import { orgText } from "@/lib/i18n/org";
import type { UnitKind, UnitLevel } from "@/lib/enums";

export const UNIT_LEVEL_OPTIONS = (Object.keys(orgText.level) as UnitLevel[]).map((l) => ({
  value: l,
  label: orgText.level[l],
}));
export const UNIT_KIND_OPTIONS = (Object.keys(unitKindLabels) as UnitKind[]).map((k) => ({
  value: k,
  label: unitKindLabels[k],
}));

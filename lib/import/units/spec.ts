import { IMU } from "@/lib/i18n/import-units";
import type { ImportKindSpec } from "../kind";
import { mayImport } from "../roles";
import { UNIT_COLUMNS } from "./columns";
import { planUnits } from "./plan-units";

export const unitsImport: ImportKindSpec = {
  kind: "UNITS",
  slug: "don-vi",
  label: IMU.units.label,
  dataSheet: IMU.units.dataSheet,
  columns: UNIT_COLUMNS,
  allowed: (a) => mayImport(a, "UNITS"),
  plan: planUnits,
};

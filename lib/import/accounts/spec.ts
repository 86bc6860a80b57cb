import { IMU } from "@/lib/i18n/import-units";
import type { ImportKindSpec } from "../kind";
import { mayImport } from "../roles";
import { ACCOUNT_COLUMNS } from "./columns";
import { planAccounts } from "./plan-accounts";

export const accountsImport: ImportKindSpec = {
  kind: "ACCOUNTS",
  slug: "tai-khoan",
  label: IMU.accounts.label,
  dataSheet: IMU.accounts.dataSheet,
  columns: ACCOUNT_COLUMNS,
  allowed: (a) => mayImport(a, "ACCOUNTS"),
  plan: planAccounts,
};

import { accountsText } from "@/lib/i18n/accounts";
import type { FormField } from "./simple-form";

const t = accountsText.own;

export const ownPasswordFields: readonly FormField[] = [
  { name: "currentPassword", label: t.currentPassword, type: "password", autoComplete: "current-password" },
  {
    name: "newPassword",
    label: t.newPassword,
    type: "password",
    autoComplete: "new-password",
    hint: accountsText.setup.passwordHint,
  },
  { name: "confirmPassword", label: t.confirmPassword, type: "password", autoComplete: "new-password" },
];

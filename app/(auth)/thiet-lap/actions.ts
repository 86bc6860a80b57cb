"use server";

import { headers } from "next/headers";
import { clientIp } from "@/lib/auth/client-ip";
import { createFirstAdmin } from "@/lib/accounts/setup";
import { accountsText } from "@/lib/i18n/accounts";
import type { FormState } from "@/components/accounts/form-state";

export async function setupAction(_prev: FormState, form: FormData): Promise<FormState> {
  const input = Object.fromEntries(
    ["provinceName", "username", "fullName", "password", "confirmPassword"].map((k) => [k, form.get(k) ?? undefined]),
  );
  const result = await createFirstAdmin(input, {
    kind: "link",
    token: form.get("token"),
    ip: clientIp(await headers()),
  });
  if (!result.ok) return { message: result.message, fieldErrors: result.fieldErrors };
  return { ok: true, message: accountsText.setup.done };
}

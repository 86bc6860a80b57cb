"use server";

import { headers } from "next/headers";
import { clientIp } from "@/lib/auth/client-ip";
import { setPasswordByLink } from "@/lib/accounts/set-password-by-link";
import { IMU } from "@/lib/i18n/import-units";
import type { FormState } from "@/components/accounts/form-state";

export async function setPasswordByLinkAction(_prev: FormState, form: FormData): Promise<FormState> {
  const input = Object.fromEntries(["newPassword", "confirmPassword"].map((k) => [k, form.get(k) ?? undefined]));
  const result = await setPasswordByLink(form.get("token"), input, { ip: clientIp(await headers()) });
  if (!result.ok) return { message: result.message, fieldErrors: result.fieldErrors };
  return { ok: true, message: IMU.setPassword.done };
}

"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { signIn } from "@/lib/auth";
import { requireActorForPasswordChange } from "@/lib/auth/actor";
import { clientIp } from "@/lib/auth/client-ip";
import { changeOwnPassword } from "@/lib/accounts/change-own-password";
import type { FormState } from "@/components/accounts/form-state";

export async function changeOwnPasswordAction(_prev: FormState, form: FormData): Promise<FormState> {
  // The one action a temporary password still allows (besides signing out).
  const { actor } = await requireActorForPasswordChange();
  const input = Object.fromEntries(
    ["currentPassword", "newPassword", "confirmPassword"].map((k) => [k, form.get(k) ?? ""]),
  );
  const result = await changeOwnPassword(actor, input, { ip: clientIp(await headers()) });
  if (!result.ok) return { message: result.message, fieldErrors: result.fieldErrors };
  // Every session was revoked, this one too: sign straight back in with the new password.
  await signIn("credentials", { username: actor.username, password: String(input.newPassword), redirect: false });
  redirect(form.get("forced") === "1" ? "/" : "/tai-khoan?doi-mat-khau=1");
}

"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { redirect } from "next/navigation";
import { signIn } from "@/lib/auth";
import { vi } from "@/lib/i18n/vi";
import { safeCallbackUrl } from "./callback-url";

export type LoginState = {
  /** Kept so the form can refill it after a failed attempt; the password never comes back. */
  username: string;
  error?: string;
  fieldErrors?: { username?: string; password?: string };
};

export async function login(_prev: LoginState, formData: FormData): Promise<LoginState> {
  const rawUsername = formData.get("username");
  const rawPassword = formData.get("password");
  const username = typeof rawUsername === "string" ? rawUsername.trim() : "";
  const password = typeof rawPassword === "string" ? rawPassword : "";
  const target = safeCallbackUrl(formData.get("callbackUrl"));

  if (!username || !password) {
    return {
      username,
      fieldErrors: {
        username: username ? undefined : vi.login.usernameRequired,
        password: password ? undefined : vi.login.passwordRequired,
      },
    };
  }

  try {
    await signIn("credentials", { username, password, redirect: false });
  } catch (error) {
    if (error instanceof CredentialsSignin) {
      return { username, error: error.code === "throttled" ? vi.login.throttled : vi.login.invalid };
    }
    // Any other auth failure (e.g. the database is down inside authorize) is not the person's typo.
    if (error instanceof AuthError) {
      console.error("Login failed", error);
      return { username, error: vi.login.unavailable };
    }
    throw error;
  }
  // Outside the try: redirect() throws by design and must reach Next.
  redirect(target);
}

"use server";

import { signOut } from "@/lib/auth";
import { requireActorForPasswordChange } from "@/lib/auth/actor";
import { signOutEverywhere } from "@/lib/auth/sign-out-everywhere";

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/dang-nhap" });
}

/** Ends every session of the signed-in person (all devices), then this browser's cookie. */
export async function signOutEverywhereAction(): Promise<void> {
  await signOutEverywhere((await requireActorForPasswordChange()).actor);
  await signOut({ redirectTo: "/dang-nhap" });
}

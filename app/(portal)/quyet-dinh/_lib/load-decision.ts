import "server-only";
import { cache } from "react";
import { notFound } from "next/navigation";
import type { Actor } from "@/lib/auth/types";
import { getDecision } from "@/lib/decisions/get-decision";

/** The decision of `/quyet-dinh/[id]`, or the 404 page (also for ids outside the actor's scope). */
export const loadDecisionOr404 = cache(async (actor: Actor, rawId: string) => {
  const id = /^\d{1,9}$/.test(rawId) ? Number(rawId) : NaN;
  const result = await getDecision(actor, id);
  if (!result.ok) notFound();
  return result.decision;
});

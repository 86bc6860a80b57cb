import "server-only";
import { notFound } from "next/navigation";
import type { Actor } from "@/lib/auth/types";
import { requireActor } from "@/lib/auth/actor";
import { canOpen, type SectionKey } from "@/lib/nav";

/**
 * The signed-in actor, if the section is theirs; otherwise "not found" (a forbidden section does not
 * admit it exists). Called by each section's layout, which sits above the section's loading boundary,
 * so the refusal is decided before streaming starts and the response really is a 404.
 */
export async function requireSection(section: SectionKey): Promise<Actor> {
  const actor = await requireActor();
  if (!canOpen(actor, section)) notFound();
  return actor;
}

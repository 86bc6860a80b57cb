import "server-only";
import { prisma } from "@/lib/db/client";
import { parseDbId } from "@/lib/validation/text";
import type { Actor } from "@/lib/auth/types";
import { DECISION_MESSAGES as M } from "@/lib/i18n/decisions";
import { dateFromIso, vnTodayIso } from "@/lib/models/dates";
import { can } from "@/lib/permissions";
import { fail, forbidden, notFound, type Result } from "@/lib/result";
import { formatNumberText, registerFor } from "./numbering";
import { issuerScopeWhere, nextNumber } from "./shared";

export type SuggestNextNumberResult = Result<{ number: number; numberText: string; register: string }>;

/** The next free number in the issuer's register for the given date (today in Vietnam by default): max + 1. */
export async function suggestNextNumber(
  actor: Actor,
  input: { issuerId: unknown; decisionDate?: Date },
): Promise<SuggestNextNumberResult> {
  if (!can(actor, "manage:decision:subtree")) return forbidden(M.forbidden);
  // Called straight from a client component: the id is whatever the browser sent.
  const issuerId = parseDbId(input.issuerId);
  if (issuerId === null) return notFound(M.issuerNotFound);
  const issuer = await prisma.issuer.findFirst({ where: { id: issuerId, ...issuerScopeWhere(actor) } });
  if (!issuer) return notFound(M.issuerNotFound);
  const register = registerFor(issuer, input.decisionDate ?? dateFromIso(vnTodayIso()));
  if (!register) return fail("invalid", M.issuerNoTerm);
  const number = await nextNumber(prisma, issuer.id, register);
  return { ok: true, number, numberText: formatNumberText(issuer, number), register };
}

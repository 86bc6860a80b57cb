import { hashToken } from "@/lib/accounts/one-time-token";
import { prisma } from "@/lib/db/client";
import type { LinkView, StoredLink } from "./link-types";
import { openToken } from "./links";

/** The links stored with an accounts import, with what became of each (used, expired) read from the token table. */
export async function linkViews(result: unknown): Promise<LinkView[]> {
  const stored = ((result as { links?: StoredLink[] } | null)?.links ?? []).filter((l) => l && l.sealed);
  if (!stored.length) return [];
  const tokens = stored.map((l) => openToken(l.sealed));
  const hashes = tokens.filter((x): x is string => !!x).map(hashToken);
  const rows = await prisma.oneTimeToken.findMany({
    where: { tokenHash: { in: hashes }, purpose: "PASSWORD_RESET" },
    select: { tokenHash: true, usedAt: true, expiresAt: true },
  });
  const byHash = new Map(rows.map((r) => [r.tokenHash, r]));
  const now = Date.now();
  return stored.map((l, i) => {
    const token = tokens[i];
    const row = token ? byHash.get(hashToken(token)) : undefined;
    const state = row?.usedAt ? "used" : !row || row.expiresAt.getTime() <= now ? "expired" : "open";
    return {
      username: l.username,
      fullName: l.fullName,
      state,
      path: state === "open" ? `/dat-mat-khau?token=${encodeURIComponent(token!)}` : null,
      expiresAt: l.expiresAt,
    };
  });
}

// No "server-only": the start script issues the setup token outside Next.
import crypto from "node:crypto";
import type { OneTimeTokenPurpose } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db/client";

export const SETUP_TOKEN_TTL_MS = 24 * 60 * 60 * 1000;
export const RESET_TOKEN_TTL_MS = 24 * 60 * 60 * 1000;

export function hashToken(token: string): string {
  return crypto.createHash("sha256").update(token, "utf8").digest("hex");
}

/** A fresh random token value (what a link carries); store only `hashToken` of it. */
export function newTokenValue(): string {
  return crypto.randomBytes(32).toString("base64url");
}

/** A fresh random token; only its hash is stored, so a database dump cannot be turned into a link. */
export async function issueToken(
  db: Pick<Tx, "oneTimeToken">,
  purpose: OneTimeTokenPurpose,
  opts: { userId?: number; ttlMs: number; now?: Date },
): Promise<string> {
  const token = newTokenValue();
  const now = opts.now ?? new Date();
  await db.oneTimeToken.create({
    data: {
      tokenHash: hashToken(token),
      purpose,
      userId: opts.userId ?? null,
      expiresAt: new Date(now.getTime() + opts.ttlMs),
    },
  });
  return token;
}

/** Whether the token is unused and unexpired (for showing the form); the use itself goes through consumeToken. */
export async function peekToken(
  db: Pick<Tx, "oneTimeToken">,
  purpose: OneTimeTokenPurpose,
  token: unknown,
  now = new Date(),
) {
  if (typeof token !== "string" || token.length < 20 || token.length > 200) return null;
  return db.oneTimeToken.findFirst({
    where: { tokenHash: hashToken(token), purpose, usedAt: null, expiresAt: { gt: now } },
    select: { id: true, userId: true },
  });
}

/**
 * Marks the token used inside the caller's transaction; of two concurrent uses only one gets the row.
 * Returns the token's user id (null for setup tokens) or undefined when the token is unknown, used or expired.
 */
export async function consumeToken(
  tx: Pick<Tx, "oneTimeToken">,
  purpose: OneTimeTokenPurpose,
  token: unknown,
  now = new Date(),
): Promise<{ userId: number | null } | undefined> {
  const found = await peekToken(tx, purpose, token, now);
  if (!found) return undefined;
  const { count } = await tx.oneTimeToken.updateMany({ where: { id: found.id, usedAt: null }, data: { usedAt: now } });
  return count === 1 ? { userId: found.userId } : undefined;
}

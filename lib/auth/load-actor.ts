import "server-only";
import { prisma } from "@/lib/db/client";
import { isCurrent } from "@/lib/org/eras";
import type { Actor } from "./types";

/** The columns of a user (and its unit) an Actor is made of. */
export const actorUserSelect = {
  id: true,
  username: true,
  fullName: true,
  role: true,
  disabled: true,
  unit: { select: { id: true, name: true, level: true, kind: true, path: true, validFrom: true, validTo: true } },
} as const;

type ActorUser = {
  id: number;
  username: string;
  fullName: string;
  role: Actor["role"];
  unit: { id: number; name: string; level: Actor["unitLevel"]; kind: NonNullable<Actor["unitKind"]>; path: string };
};

/** The Actor of a user row read with actorUserSelect. */
export function actorOfUser(user: ActorUser): Actor {
  return {
    userId: user.id,
    username: user.username,
    fullName: user.fullName,
    role: user.role,
    unitId: user.unit.id,
    unitName: user.unit.name,
    unitLevel: user.unit.level,
    unitKind: user.unit.kind,
    unitPath: user.unit.path,
  };
}

/** A signed-in person and whether they still hold a temporary password they must change first. */
export type SessionUser = { actor: Actor; mustChangePassword: boolean };

/**
 * The DB half of session → Actor: null when the user is gone, disabled, belongs to a unit that no
 * longer exists, or the token was issued before the last revocation (its sessionVersion no longer matches).
 */
export async function loadSessionUser(userId: number, sessionVersion: number): Promise<SessionUser | null> {
  if (!Number.isInteger(userId) || !Number.isInteger(sessionVersion)) return null;
  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: { ...actorUserSelect, sessionVersion: true, mustChangePassword: true },
  });
  if (!user || user.disabled || user.sessionVersion !== sessionVersion) return null;
  // A closed (merged, abolished) unit's accounts cannot act; its successor's officers read its history.
  if (!isCurrent(user.unit)) return null;
  return {
    actor: actorOfUser(user),
    mustChangePassword: user.mustChangePassword,
  };
}

/**
 * The Actor every page, action and route handler acts as. A person with a temporary password gets null
 * too: until it is changed they may only change it or sign out (lib/auth/actor.ts), whatever they call.
 */
export async function loadActor(userId: number, sessionVersion: number): Promise<Actor | null> {
  const user = await loadSessionUser(userId, sessionVersion);
  return user && !user.mustChangePassword ? user.actor : null;
}

/** The cheap check the JWT callback runs on every request; same rule as loadSessionUser. */
export async function isSessionCurrent(userId: number, sessionVersion: number): Promise<boolean> {
  if (!Number.isInteger(userId) || !Number.isInteger(sessionVersion)) return false;
  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: { disabled: true, sessionVersion: true },
  });
  return !!user && !user.disabled && user.sessionVersion === sessionVersion;
}

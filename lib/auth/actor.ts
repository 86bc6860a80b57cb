import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { currentRequestSignal, RequestAbandonedError } from "@/lib/db/request-abort";
import type { SessionUser } from "./load-actor";
import { loginUrlFor, RETURN_PATH_HEADER } from "./return-path";
import { sessionTokenClaims } from "./session-token";
import { openSession } from "./sessions";
import type { Actor } from "./types";

export type { Actor } from "./types";

/** The portal cannot tell who is signed in right now (the database is unreachable). */
export class ServiceUnavailableError extends Error {
  constructor() {
    super("database unavailable: the session could not be checked");
    this.name = "ServiceUnavailableError";
  }
}
export { loadActor } from "./load-actor";

/** Where a person with a temporary password is sent, whatever they asked for. */
export const PASSWORD_CHANGE_PATH = "/doi-mat-khau";

/**
 * The signed-in person, re-read from the DB (role, unit and sessionVersion as of now), or null.
 * Cached per request so a page and its components share one lookup: the cookie is decrypted once, the
 * session, user, unit and unread count are one statement (lib/auth/sessions.ts readSession), and lastSeenAt
 * is written at most once a minute.
 */
const currentSession = cache(async (): Promise<(SessionUser & { unread: number }) | null> => {
  const claims = await sessionTokenClaims();
  if (!claims || claims.uid === undefined || claims.sv === undefined || !claims.sid) return null;
  try {
    // A page or an action is real use: it keeps the session from idling out (never past 12 h).
    return await openSession({ uid: claims.uid, sv: claims.sv, sid: claims.sid });
  } catch (error) {
    // The database did not answer the session check: an error page (and the same session once it is
    // back), not "signed out" and a trip to the sign-in page. A request the client abandoned has its
    // queries cancelled (lib/db/request-abort.ts): nobody reads this answer, and the database is fine.
    if (currentRequestSignal()?.aborted) throw new RequestAbandonedError();
    console.error("[auth] session check failed, database unavailable:", error);
    throw new ServiceUnavailableError();
  }
});

const currentUser = async (): Promise<SessionUser | null> => {
  const s = await currentSession();
  return s && { actor: s.actor, mustChangePassword: s.mustChangePassword };
};

/** Unread notifications of the signed-in person (the header's badge), read with the session. */
export async function currentUnreadCount(): Promise<number> {
  return (await currentSession())?.unread ?? 0;
}

/**
 * The Actor, or null when nobody is signed in or the person must first change a temporary password:
 * a route handler then answers as to a stranger, so a direct call does no more than the pages allow.
 */
export async function getActor(): Promise<Actor | null> {
  const user = await currentUser();
  return user && !user.mustChangePassword ? user.actor : null;
}

async function toLogin(loginUrl?: string): Promise<never> {
  if (loginUrl) redirect(loginUrl);
  const [h, c] = await Promise.all([headers(), cookies()]);
  redirect(
    loginUrlFor(
      h.get(RETURN_PATH_HEADER),
      c.getAll().map((x) => x.name),
      // Next marks a server action's POST with this header.
      h.has("next-action"),
    ),
  );
}

/**
 * The Actor for every page and server action: nobody signed in → the login page; a temporary password
 * not yet changed → the password change page, before the action does anything. `loginUrl` replaces the
 * default login address (a form that says why the person is back at the login page).
 */
export async function requireActor(loginUrl?: string): Promise<Actor> {
  const user = await currentUser();
  if (!user) return toLogin(loginUrl);
  if (user.mustChangePassword) redirect(PASSWORD_CHANGE_PATH);
  return user.actor;
}

/**
 * For a lookup a form runs while the person types (the honoree picker's search, the next number's hint):
 * null with no session, so the page is not left for the login page mid-form (the save that follows does
 * that, and the form keeps its text); a temporary password still goes to its change, as requireActor.
 */
export async function actorForLookup(): Promise<Actor | null> {
  const user = await currentUser();
  if (!user) return null;
  if (user.mustChangePassword) redirect(PASSWORD_CHANGE_PATH);
  return user.actor;
}

/**
 * Only for what a person with a temporary password may still do: change it (the page and the action)
 * and sign out everywhere. Everything else calls requireActor.
 */
export async function requireActorForPasswordChange(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) return toLogin();
  return user;
}

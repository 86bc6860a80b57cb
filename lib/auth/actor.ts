import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { auth } from "./index";
import { loadActor } from "./load-actor";
import { loginUrlFor, RETURN_PATH_HEADER } from "./return-path";
import { touchSession } from "./sessions";
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

/**
 * The signed-in Actor, re-read from the DB (role, unit and sessionVersion as of now), or null.
 * Cached per request so a page and its components share one lookup.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  // The database did not answer the session check: an error page (and the same session once it is
  // back), not "signed out" and a trip to the sign-in page.
  if (session?.unverified) throw new ServiceUnavailableError();
  if (!session || session.uid === undefined || session.sessionVersion === undefined || !session.sid) return null;
  const actor = await loadActor(session.uid, session.sessionVersion);
  // A page or an action is real use: it keeps the session from idling out (never past 12 h).
  if (actor) await touchSession(session.sid);
  return actor;
});

export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) {
    const [h, c] = await Promise.all([headers(), cookies()]);
    redirect(
      loginUrlFor(
        h.get(RETURN_PATH_HEADER),
        c.getAll().map((x) => x.name),
      ),
    );
  }
  return actor;
}

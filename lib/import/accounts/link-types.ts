// Client-safe: the job page shows these.

/** One new account of an import, as stored in ImportJob.result.links. */
export type StoredLink = { userId: number; username: string; fullName: string; sealed: string; expiresAt: string };

/** Days a set-password link of an import stays valid (an administrator hands out many at once). */
export const IMPORT_LINK_DAYS = 7;

/** A set-password link as the importer sees it on the job page; `path` only while the link still works. */
export type LinkView = {
  username: string;
  fullName: string;
  state: "open" | "used" | "expired";
  path: string | null;
  expiresAt: string;
};

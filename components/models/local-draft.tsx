"use client";

import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from "react";

/** Text fields a form never keeps locally (ids, locks, React's own fields, one-time keys). */
const SKIP = /^(\$ACTION|id$|version$|requestKey$|returnTo$|modelId$|replicatedFromId$)/;
const PREFIX = "dvk-nhap:";

/** The signed-in person: drafts are kept per person, so a shared commune PC never shows one cadre's text to another. */
const Owner = createContext("");

export function localDraftKey(owner: string, path: string): string {
  return `${PREFIX}${owner}:${path}`;
}

/** Removes this browser's drafts except those whose key starts with `keep` (none kept when omitted). */
function removeDrafts(keep?: string) {
  try {
    const ls = window.localStorage;
    const drop = Object.keys(ls).filter((k) => k.startsWith(PREFIX) && !(keep && k.startsWith(keep)));
    drop.forEach((k) => ls.removeItem(k));
  } catch {}
}

/** Sets the drafts' owner for the portal's pages and drops drafts another person left in this browser. */
export function DraftOwner({ id, children }: { id: string; children: ReactNode }) {
  useEffect(() => removeDrafts(`${PREFIX}${id}:`), [id]);
  return <Owner.Provider value={id}>{children}</Owner.Provider>;
}

/** On signing out: nothing typed stays in this browser for the next person. */
export function forgetAllLocalDrafts() {
  removeDrafts();
}

/**
 * What was typed in a long form, kept in this browser (localStorage) until the save succeeds: a session
 * that expired meanwhile sends the user to the login page, and coming back restores the fields.
 * `restored` is the saved text (or null); `save` is the form's onInput; `forget` drops it.
 */
export function useLocalDraft(path: string, baseVersion = "") {
  const key = localDraftKey(useContext(Owner), path);
  const [restored, setRestored] = useState<Record<string, string> | null>(null);
  const [stale, setStale] = useState<Record<string, string> | null>(null);

  useEffect(() => {
    try {
      const raw = window.localStorage.getItem(key);
      const saved = raw ? (JSON.parse(raw) as { values?: Record<string, string>; base?: string }) : null;
      // Typed over a version that has changed since (saved elsewhere): the newer row fills the form, never
      // silently overwritten, and what was typed is offered to copy from (`stale`) rather than thrown away.
      if (saved && (saved.base ?? "") !== baseVersion) {
        window.localStorage.removeItem(key);
        // eslint-disable-next-line react-hooks/set-state-in-effect -- reading browser storage once
        if (saved.values && typeof saved.values === "object") setStale(saved.values);
        return;
      }
      // After mount on purpose: the server-rendered form shows the saved draft first, then what was typed.
      if (saved?.values && typeof saved.values === "object") setRestored(saved.values);
    } catch {
      // Storage disabled or unreadable: nothing to restore.
    }
  }, [key, baseVersion]);

  /** Keeps the form's text fields; returns what it kept. */
  function save(form: HTMLFormElement): Record<string, string> {
    const values: Record<string, string> = {};
    for (const [name, value] of new FormData(form).entries()) {
      if (typeof value === "string" && !SKIP.test(name)) values[name] = value;
    }
    try {
      window.localStorage.setItem(key, JSON.stringify({ values, base: baseVersion, at: Date.now() }));
    } catch {
      // Quota or privacy mode: the form still works, only without the local copy.
    }
    return values;
  }

  // Stable (the review dialog forgets in an effect after a step is done).
  const forget = useCallback(() => {
    try {
      window.localStorage.removeItem(key);
    } catch {}
    setRestored(null);
  }, [key]);

  const dropStale = useCallback(() => setStale(null), []);

  return { restored, stale, dropStale, save, forget };
}

/** Dropped on the page a successful save lands on: the local copy is no longer needed. */
export function ForgetLocalDraft({ paths }: { paths: string[] }) {
  const owner = useContext(Owner);
  useEffect(() => {
    try {
      for (const p of paths) window.localStorage.removeItem(localDraftKey(owner, p));
    } catch {}
  }, [owner, paths]);
  return null;
}

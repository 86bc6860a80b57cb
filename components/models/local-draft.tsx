"use client";

import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from "react";
import { draftText } from "@/lib/i18n/drafts";

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
 * `restored` is the saved text (or null); `save` is the form's onInput; `forget` drops it. An empty `path`
 * keeps nothing (a form that keeps no draft calls the hook all the same).
 */
export function useLocalDraft(path: string, baseVersion = "") {
  const key = localDraftKey(useContext(Owner), path);
  const [restored, setRestored] = useState<Record<string, string> | null>(null);
  const [stale, setStale] = useState<Record<string, string> | null>(null);

  // The version this form was first shown with; a later one came through this page (its own save or step).
  const shownBase = useRef<string | null>(null);

  useEffect(() => {
    if (!path) return;
    const first = shownBase.current === null;
    shownBase.current = baseVersion;
    try {
      const raw = window.localStorage.getItem(key);
      const saved = raw
        ? (JSON.parse(raw) as { values?: Record<string, string>; base?: string; sent?: boolean; at?: number })
        : null;
      // The page moved to a new version while the form stayed on screen: what is typed is still in it, so
      // there is nothing to offer back; it is kept under the new version unless it was what was saved.
      if (!first) {
        if (saved && (saved.base ?? "") !== baseVersion) {
          if (saved.sent) window.localStorage.removeItem(key);
          else window.localStorage.setItem(key, JSON.stringify({ ...saved, base: baseVersion }));
        }
        return;
      }
      // Typed over a version that has changed since (saved elsewhere): the newer row fills the form, never
      // silently overwritten, and what was typed is offered to copy from (`stale`) rather than thrown away.
      // Unless it was sent as it stands (`save(form, true)`) and the version moved: that was its own save.
      if (saved && (saved.base ?? "") !== baseVersion) {
        window.localStorage.removeItem(key);
        // eslint-disable-next-line react-hooks/set-state-in-effect -- reading browser storage once
        if (saved.values && typeof saved.values === "object" && !saved.sent) setStale(saved.values);
        return;
      }
      // After mount on purpose: the server-rendered form shows the saved draft first, then what was typed.
      if (saved?.values && typeof saved.values === "object") setRestored(saved.values);
    } catch {
      // Storage disabled or unreadable: nothing to restore.
    }
  }, [key, path, baseVersion]);

  /**
   * Keeps the form's text fields; returns what it kept. `sent`: kept as it is being sent, so that once the
   * version has moved on it is known as this save's own text, not text typed over someone else's save.
   */
  function save(form: HTMLFormElement, sent = false): Record<string, string> {
    const values: Record<string, string> = {};
    if (!path) return values;
    for (const [name, value] of new FormData(form).entries()) {
      // Never a password, whatever the form.
      const password = (form.elements.namedItem(name) as HTMLInputElement | null)?.type === "password";
      if (typeof value === "string" && !SKIP.test(name) && !password) values[name] = value;
    }
    try {
      window.localStorage.setItem(key, JSON.stringify({ values, base: baseVersion, at: Date.now(), sent }));
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

/**
 * What this browser had typed over an older version (another tab or person saved since). The form shows
 * the newest version; this keeps the typed text readable and copyable instead of lost. `fields`: the
 * [name, label] pairs worth showing; only those typed and different from the current version are.
 */
export function StaleDraft({
  typed,
  current,
  fields,
  intro = draftText.staleIntro,
  onDrop,
}: {
  typed: Record<string, string>;
  current: Record<string, string | undefined>;
  fields: readonly (readonly [string, string])[];
  intro?: string;
  onDrop: () => void;
}) {
  const differing = fields.filter(([name]) => (typed[name] ?? "").trim() && typed[name] !== (current[name] ?? ""));
  if (!differing.length) return null;
  return (
    <section
      aria-labelledby="noi-dung-ban-cu"
      className="rounded-md border border-amber-300 bg-amber-50 px-3 py-3 text-sm text-amber-950"
    >
      <h2 id="noi-dung-ban-cu" className="font-semibold">
        {draftText.staleTitle}
      </h2>
      <p className="mt-1">{intro}</p>
      <dl className="mt-2 space-y-2">
        {differing.map(([name, label]) => (
          <div key={name}>
            <dt className="font-medium">{label}</dt>
            <dd className="mt-0.5 rounded border border-amber-200 bg-white px-2 py-1 break-words whitespace-pre-line select-all">
              {typed[name]}
            </dd>
          </div>
        ))}
      </dl>
      <button type="button" className="mt-2 link" onClick={onDrop}>
        {draftText.staleDrop}
      </button>
    </section>
  );
}

/** "Restored what you typed" above a form that put a local draft back, with a way to drop it. */
export function RestoredDraftNotice({ text, onForget }: { text: string; onForget: () => void }) {
  // Back from signing in, the form may sit below other things (a phone's /dot-thi-dua lists the campaigns
  // first): the notice and the form it restored come into view, and screen readers hear it.
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.scrollIntoView({ block: "start" });
    ref.current?.focus({ preventScroll: true });
  }, []);
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="status"
      className="flex scroll-mt-4 flex-col gap-2 rounded-md border border-sky-200 bg-sky-50 px-3 py-3 text-sm text-sky-950 focus:outline-none sm:flex-row sm:items-center sm:justify-between"
    >
      <p>{text}</p>
      <button type="button" className="self-start link" onClick={onForget}>
        {draftText.forget}
      </button>
    </div>
  );
}

export const restoredDraftText = draftText.restored;

/**
 * On the login page after a save found the session gone: the drafts sent with it were not saved, so they
 * are marked unsent again. Otherwise, if someone else saved the row before the person signed in again, the
 * draft would be taken for the person's own save (the version moved) and dropped instead of offered back.
 */
export function DraftsNotSaved() {
  useEffect(() => {
    try {
      const ls = window.localStorage;
      for (const k of Object.keys(ls).filter((x) => x.startsWith(PREFIX))) {
        const saved = JSON.parse(ls.getItem(k) ?? "null") as { sent?: boolean } | null;
        if (saved?.sent) ls.setItem(k, JSON.stringify({ ...saved, sent: false }));
      }
    } catch {}
  }, []);
  return null;
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

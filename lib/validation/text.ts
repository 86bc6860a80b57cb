/**
 * Shared input normalisation for every schema (lib/<domain>/schema.ts) and every file name.
 *
 * What reaches the database is NFC-normalised, well-formed UTF-16 (lone surrogates become U+FFFD),
 * free of C0/C1 control characters (NUL made PostgreSQL answer 500; BEL/ESC end up in terminals and
 * exports) except tab and newline, free of bidi overrides/isolates (U+202A–U+202E, U+2066–U+2069, which
 * make "evil.exe.pdf" display as something else), free of invisible fillers (ZWSP, word joiner, BOM,
 * soft hyphen), and trimmed. Text made only of whitespace and zero-width joiners is empty.
 * See docs/decisions/0040-input-normalisation.md.
 */
import { z } from "zod";

/** Largest value of a PostgreSQL int4 (`serial` ids): anything above is "not found", never a query. */
export const INT4_MAX = 2_147_483_647;

// Tab (\u0009) and newline (\u000A) stay; CR is folded into newline before this runs.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
const BIDI = /[\u202A-\u202E\u2066-\u2069\u061C\u200E\u200F]/g;
const INVISIBLE = /[\u200B\u2060\uFEFF\u00AD\u180E]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Joiners are meaningful inside emoji sequences and some scripts, but not on their own. */
const ONLY_JOINERS = /^[\s\u200C\u200D]*$/;

/** Multi-line text (narratives, comments): normalised as above, newlines kept. */
export function normalizeText(input: string): string {
  const s = input
    .replace(LONE_SURROGATE, "\uFFFD")
    .normalize("NFC")
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, "\n")
    .replace(CONTROL, "")
    .replace(BIDI, "")
    .replace(INVISIBLE, "")
    .trim();
  return ONLY_JOINERS.test(s) ? "" : s;
}

/** Single-line text (titles, names, usernames, file names): newlines and tabs become one space. */
export function normalizeLine(input: string): string {
  return normalizeText(input).replace(/[\t\n]+/g, " ");
}

/**
 * zod preprocess step: strings normalised (see above), blank → undefined so `.optional()` and the
 * "required" message apply; non-strings pass through for zod to refuse with the field's message.
 */
export function blankText(v: unknown): unknown {
  if (typeof v !== "string") return v;
  const s = normalizeText(v);
  return s === "" ? undefined : s;
}

/** As blankText, for single-line fields. */
export function blankLine(v: unknown): unknown {
  if (typeof v !== "string") return v;
  const s = normalizeLine(v);
  return s === "" ? undefined : s;
}

/** A database id (int4, ≥ 1) from a form string or a number; anything else fails with `message`. */
export function dbId(message?: string) {
  const error = message === undefined ? undefined : { error: message };
  return z.preprocess(blankLine, z.coerce.number(error).int(error).min(1, error).max(INT4_MAX, error));
}

/** An id from a route parameter or a loosely typed caller: the int4 value, or null ("not found"). */
export function parseDbId(v: unknown): number | null {
  if (typeof v !== "number" && typeof v !== "string") return null;
  const s = typeof v === "string" ? v.trim() : "";
  if (typeof v === "string" && !/^\d{1,10}$/.test(s)) return null;
  const n = typeof v === "number" ? v : Number(s);
  return Number.isInteger(n) && n >= 1 && n <= INT4_MAX ? n : null;
}

/**
 * Names and long texts hold no markup: a tag ("<img …>", "</p>", "<!-- …") is refused, not stored; a lone
 * "<" ("< 5 hộ") is not a tag (ADR 0040).
 */
export const NO_MARKUP_MESSAGE = "Không được chứa thẻ HTML (ví dụ <img>, <script>).";
export const hasNoMarkup = (s: string | undefined) => s === undefined || !/<(?:\/?[a-zA-Z]|[!?])/.test(s);

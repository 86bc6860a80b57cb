/**
 * A text cell that no spreadsheet will take for a formula: a leading = + - @ gets an apostrophe
 * (taken off again on import, see normalizeText).
 */
export function safeCell(value: string | null | undefined): string {
  const s = value ?? "";
  return /^[=+\-@]/.test(s) ? `'${s}` : s;
}

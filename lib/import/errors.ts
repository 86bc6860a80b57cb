/** A problem with the file as a whole (unreadable, too large, wrong columns …): nothing is imported. */
export class ImportFileError extends Error {
  /** `cause`: the reader's own error behind "unreadable", kept for the server log (never shown to users). */
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "ImportFileError";
  }
}

/** One error of one row: row number as Excel shows it, the column header, the reason in Vietnamese. */
export type CellError = { row: number; column: string; message: string };

/** A problem with the file as a whole (unreadable, too large, wrong columns …): nothing is imported. */
export class ImportFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ImportFileError";
  }
}

/** One error of one row: row number as Excel shows it, the column header, the reason in Vietnamese. */
export type CellError = { row: number; column: string; message: string };

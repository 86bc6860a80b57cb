/** Limits every import file is checked against before any row is read. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** Sum of the XLSX parts once inflated (declared in the zip directory, and counted while inflating). */
export const MAX_INFLATED_BYTES = 300 * 1024 * 1024;
/** Inflation ratio beyond which one part is treated as a zip bomb. */
export const MAX_RATIO = 200;
/** Errors kept on the job row (the downloadable error file carries them all). */
export const MAX_STORED_ERRORS = 20_000;
export const MAX_ROWS = 200_000;

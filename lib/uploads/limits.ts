/** What one upload and one model may hold (the messages quote them: lib/i18n/uploads.ts). */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
export const MAX_FILES_PER_MODEL = 10;

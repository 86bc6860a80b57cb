/**
 * Every background queue of the portal, in one list. A queue name is a contract between the process
 * that sends (a server action) and the process that works (any copy of the portal).
 */
export const QUEUES = {
  /** Preview or apply one ImportJob: `{ importJobId, step }`. */
  import: "import",
  /**
   * Dead letters of "import": a job that failed its last retry (an error, or a worker that died and let
   * it expire) lands here, and its ImportJob ends FAILED instead of waiting forever (ADR 0056).
   */
  importFailed: "import-failed",
  /** Scheduled every 15 minutes: old LoginAttempt and AuthSession rows (lib/auth/purge-job.ts). */
  authPurge: "auth-purge",
  /** Scheduled daily: recorded rows of previews nobody applied (lib/import/purge-recordings.ts). */
  importPurge: "import-purge",
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export type ImportJobData = { importJobId: number; step: "preview" | "apply" };

export type QueueData = { import: ImportJobData; importFailed: ImportJobData };

/** Where a queue's jobs go when their retries are used up (created before the queues that point to them). */
export const DEAD_LETTERS: Partial<Record<keyof QueueData, QueueName>> = { import: QUEUES.importFailed };

/**
 * Every background queue of the portal, in one list. A queue name is a contract between the process
 * that sends (a server action) and the process that works (any copy of the portal).
 */
export const QUEUES = {
  /** Preview or apply one ImportJob: `{ importJobId, step }`. */
  import: "import",
  /** Scheduled every 15 minutes: old LoginAttempt and AuthSession rows (lib/auth/purge-job.ts). */
  authPurge: "auth-purge",
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export type ImportJobData = { importJobId: number; step: "preview" | "apply" };

export type QueueData = { import: ImportJobData };

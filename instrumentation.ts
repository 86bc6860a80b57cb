// Next.js calls register() once when a server process starts: every copy of the portal runs workers.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Before anything loads exceljs (see the module's comment).
  (await import("./lib/import/exceljs-utf8-fix")).fixExceljsUtf8();
  // A loaded export worker from the start, in the background (ADR 0054 addendum); a failure here only
  // means the first download starts its own worker, as before.
  const { exportPool } = await import("./lib/exports/render-pool");
  if (exportPool().options.keepWarm)
    void exportPool()
      .warm()
      .catch((err) => console.error("[export] warm:", err));
  if (!process.env.DATABASE_URL || process.env.DVK_JOBS === "off") return;
  const { startJobs } = await import("./lib/jobs/start-jobs");
  const { stopBoss } = await import("./lib/jobs/boss");
  await startJobs();
  process.once("SIGTERM", () => void stopBoss());
}

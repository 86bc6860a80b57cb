// `npm run backup [-- <folder>]`: a consistent logical backup of the database and the uploaded files
// (lib/backup/backup.ts). Safe while the portal runs. Default folder: backups/dvk-<UTC time>.
import path from "node:path";
import { createBackup } from "../lib/backup/backup";
import { dbTarget } from "./db-target";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");

async function main() {
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const outDir = path.resolve(process.argv[2] ?? path.join(root, "backups", `dvk-${stamp}`));
  const target = await dbTarget(root, { create: false });
  try {
    const m = await createBackup({ url: target.url, uploadDir: target.uploadDir, outDir });
    const rows = Object.values(m.tables).reduce((a, b) => a + b, 0);
    console.log(`[dan-van-kheo] Đã sao lưu ${rows.toLocaleString("vi-VN")} dòng, ${m.files.length} tệp vào ${outDir}`);
  } finally {
    await target.done();
  }
}

main().catch((err) => {
  console.error(`[dan-van-kheo] Sao lưu lỗi: ${(err as Error).message}`);
  process.exit(1);
});

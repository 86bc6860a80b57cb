// `npm run restore -- <folder>`: restores a backup made by `npm run backup` into an EMPTY database and
// upload folder (a fresh EMBEDDED_PG_DIR, or an empty external database given by MIGRATION_DATABASE_URL
// / DATABASE_URL). Refuses anything else; all rows in one transaction.
import path from "node:path";
import { restoreBackup } from "../lib/backup/backup";
import { dbTarget } from "./db-target";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");

async function main() {
  const inDir = process.argv[2];
  if (!inDir) throw new Error("Cách dùng: npm run restore -- <thư mục sao lưu>");
  const target = await dbTarget(root, { create: true });
  try {
    const m = await restoreBackup({ url: target.url, uploadDir: target.uploadDir, inDir: path.resolve(inDir) });
    await target.grant();
    const rows = Object.values(m.tables).reduce((a, b) => a + b, 0);
    console.log(`[dan-van-kheo] Đã khôi phục ${rows.toLocaleString("vi-VN")} dòng, ${m.files.length} tệp.`);
  } finally {
    await target.done();
  }
}

main().catch((err) => {
  console.error(`[dan-van-kheo] Khôi phục lỗi: ${(err as Error).message}`);
  process.exit(1);
});

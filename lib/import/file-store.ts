import fs from "node:fs/promises";
import path from "node:path";
import { newStorageKey, storagePath } from "@/lib/uploads/storage";

/** Import files sit in the configured file store (never public/), under random keys like evidence files. */
export async function storeImportFile(bytes: Uint8Array): Promise<string> {
  const key = newStorageKey();
  const file = storagePath(key);
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, bytes, { mode: 0o600 });
  return key;
}

export function importFilePath(key: string): string {
  return storagePath(key);
}

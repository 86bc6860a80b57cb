import "server-only";
import crypto from "node:crypto";
import path from "node:path";

/** Evidence files live outside public/, under random keys: the user's file name never reaches the disk. */
export function uploadDir(): string {
  return path.resolve(process.env.UPLOAD_DIR ?? ".data/uploads");
}

export function newStorageKey(): string {
  return crypto.randomBytes(16).toString("hex");
}

const KEY = /^[0-9a-f]{32}$/;

/** Two-character fan-out keeps directories small. Refuses anything that is not one of our keys. */
export function storagePath(key: string): string {
  if (!KEY.test(key)) throw new Error(`Invalid storage key: ${key}`);
  return path.join(uploadDir(), key.slice(0, 2), key);
}

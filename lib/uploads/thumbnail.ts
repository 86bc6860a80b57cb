import "server-only";
import crypto from "node:crypto";
import fs from "node:fs/promises";
import sharp from "sharp";
import { storagePath } from "./storage";

/** Longest side of a thumbnail: two columns of a phone at 3× density, four on a desktop. */
export const THUMBNAIL_PX = 480;
/** Pixels sharp may decode for one thumbnail (a 100 MP photo); past that the original is served as it is. */
const MAX_INPUT_PIXELS = 100_000_000;

/**
 * The thumbnail sits in the configured file store beside its original (`<key>.thumb.webp`), so every web
 * process shares it, a backup carries it and the original's removal takes it along (removeStoredFile). It
 * is derived data: deleting it only costs one recomputation on the next view.
 */
export function thumbnailPath(key: string): string {
  return `${storagePath(key)}.thumb.webp`;
}

/** Removes an evidence file and its thumbnail, if any. */
export async function removeStoredFile(key: string): Promise<void> {
  await Promise.all([fs.rm(storagePath(key), { force: true }), fs.rm(thumbnailPath(key), { force: true })]);
}

/**
 * A small WebP of an evidence image (upright per its EXIF orientation, at most THUMBNAIL_PX on
 * its longest side), made on first request and kept; null when there is none (not an image, or one sharp
 * cannot read), and the caller serves the original. A file sharp could not read is remembered as an empty
 * thumbnail, so it is not decoded again on every view.
 */
export async function ensureThumbnail(key: string, mimeType: string): Promise<Buffer | null> {
  if (!mimeType.startsWith("image/")) return null;
  const target = thumbnailPath(key);
  const kept = await fs.readFile(target).catch(() => null);
  if (kept) return kept.length > 0 ? kept : null;
  let bytes: Buffer;
  try {
    bytes = await sharp(storagePath(key), { limitInputPixels: MAX_INPUT_PIXELS })
      .autoOrient()
      .resize({ width: THUMBNAIL_PX, height: THUMBNAIL_PX, fit: "inside", withoutEnlargement: true })
      .webp({ quality: 75 })
      .toBuffer();
  } catch {
    bytes = Buffer.alloc(0);
  }
  // Written under a temporary name and renamed: another process viewing the same page at the same moment
  // reads either no thumbnail (and makes its own) or a whole one, never half of one.
  const temp = `${target}.${crypto.randomBytes(6).toString("hex")}.tmp`;
  try {
    await fs.writeFile(temp, bytes, { flag: "wx", mode: 0o600 });
    await fs.rename(temp, target);
  } catch {
    // The original was removed meanwhile, or the store is read-only: nothing kept, the answer stands.
    await fs.rm(temp, { force: true });
  }
  return bytes.length > 0 ? bytes : null;
}

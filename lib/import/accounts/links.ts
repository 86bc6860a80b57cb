import crypto from "node:crypto";

/**
 * The set-password links of an accounts import are kept in ImportJob.result so the importer can come back
 * to them, sealed with a key derived from AUTH_SECRET: like the token table (hashes only), a database dump
 * alone does not give a working link.
 */
function key(): Buffer {
  return crypto
    .createHash("sha256")
    .update(`dvk-import-links:${process.env.AUTH_SECRET ?? ""}`)
    .digest();
}

export function sealToken(token: string): string {
  const iv = crypto.randomBytes(12);
  const c = crypto.createCipheriv("aes-256-gcm", key(), iv);
  const body = Buffer.concat([c.update(token, "utf8"), c.final()]);
  return Buffer.concat([iv, c.getAuthTag(), body]).toString("base64url");
}

/** Null when the seal was made with another secret or altered. */
export function openToken(sealed: string): string | null {
  try {
    const raw = Buffer.from(sealed, "base64url");
    const d = crypto.createDecipheriv("aes-256-gcm", key(), raw.subarray(0, 12));
    d.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([d.update(raw.subarray(28)), d.final()]).toString("utf8");
  } catch {
    return null;
  }
}

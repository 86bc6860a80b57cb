import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/types";
import { createWorld, modelOf, type World } from "@/lib/models/test-world";
import { storeUpload } from "@/lib/uploads/store-upload";
import { PNG, file, phonePhoto } from "@/lib/uploads/test-files";

// The session is next-auth's; here the signed-in actor is whoever the test says.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/actor", () => ({ getActor: async () => session.actor }));

const { GET } = await import("./route");

let w: World;
let dir: string;
let fileId: number;
let photoId: number;
let photo: Buffer;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "dvk-tep-route-"));
  process.env.UPLOAD_DIR = dir;
  w = await createWorld();
  const m = await modelOf(w, "DRAFT");
  const r = await storeUpload(w.cadre, { modelId: m.id, file: file(PNG, "Ảnh họp thôn.png") });
  if (!r.ok) throw new Error(r.message);
  fileId = r.attachment.id;
  photo = await phonePhoto(3000, 2000);
  const p = await storeUpload(w.cadre, { modelId: m.id, file: file(photo, "Ảnh đường thôn.jpg") });
  if (!p.ok) throw new Error(p.message);
  photoId = p.attachment.id;
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function get(id: number | string, query = "") {
  return GET(new Request(`http://localhost/api/tep/${id}${query}`), { params: Promise.resolve({ id: String(id) }) });
}

describe("GET /api/tep/[id]", () => {
  it("serves the owning unit's file, inline when asked, under its Vietnamese name", async () => {
    session.actor = w.cadre;
    const res = await get(fileId, "?inline=1");
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("image/png");
    expect(res.headers.get("Content-Disposition")).toMatch(
      /^inline; .*filename\*=UTF-8''%E1%BA%A2nh%20h%E1%BB%8Dp%20th%C3%B4n\.png$/,
    );
    expect(Buffer.from(await res.arrayBuffer())).toEqual(Buffer.from(PNG));
    const download = await get(fileId);
    expect(download.headers.get("Content-Disposition")).toMatch(/^attachment; /);
  });

  it("the commune reviewer above the unit may read it too", async () => {
    session.actor = w.communeReviewer;
    expect((await get(fileId)).status).toBe(200);
  });

  it("another unit's cadre and another province get 404, with no bytes", async () => {
    for (const actor of [w.otherUnitCadre, w.foreignCadre]) {
      session.actor = actor;
      const res = await get(fileId);
      expect(res.status).toBe(404);
      expect(await res.text()).toBe("Không tìm thấy tệp đính kèm.");
    }
  });

  it("a thumbnail of a 4 MB phone photo is a small upright WebP; the original is still served whole", async () => {
    session.actor = w.cadre;
    expect(photo.length).toBeGreaterThan(3_500_000);
    const res = await get(photoId, "?thumb=1");
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("image/webp");
    // Saved from the browser it is named for what it is.
    expect(res.headers.get("Content-Disposition")).toMatch(/^inline; filename="[^"]*\.webp"/);
    const thumb = Buffer.from(await res.arrayBuffer());
    expect(Number(res.headers.get("Content-Length"))).toBe(thumb.length);
    expect(thumb.length).toBeLessThan(photo.length / 20);
    const meta = await sharp(thumb).metadata();
    expect(meta.format).toBe("webp");
    // Stored 3000×2000 sideways: turned upright as its EXIF orientation says, longest side 480 px.
    expect([meta.width, meta.height]).toEqual([320, 480]);

    const full = await get(photoId, "?inline=1");
    expect(full.headers.get("Content-Type")).toBe("image/jpeg");
    // Buffer.equals: a deep toEqual of 4 MB element by element takes seconds.
    expect(Buffer.from(await full.arrayBuffer()).equals(photo)).toBe(true);
  });

  it("an image sharp cannot read falls back to the original", async () => {
    session.actor = w.cadre;
    const res = await get(fileId, "?thumb=1");
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("image/png");
    expect(Buffer.from(await res.arrayBuffer())).toEqual(Buffer.from(PNG));
    // Remembered as unreadable: the second view does not try again, and answers the same.
    const again = await get(fileId, "?thumb=1");
    expect(Buffer.from(await again.arrayBuffer())).toEqual(Buffer.from(PNG));
  });

  it("another unit's cadre and another province get the same 404 for a thumbnail as for the file", async () => {
    for (const actor of [w.otherUnitCadre, w.foreignCadre]) {
      session.actor = actor;
      const original = await get(photoId, "?inline=1");
      const thumb = await get(photoId, "?thumb=1");
      expect([thumb.status, await thumb.text()]).toEqual([original.status, await original.text()]);
      expect(thumb.status).toBe(404);
    }
  });

  it("signed out gets 401; a malformed id 404", async () => {
    session.actor = null;
    expect((await get(fileId)).status).toBe(401);
    session.actor = w.cadre;
    expect((await get("abc")).status).toBe(404);
  });
});

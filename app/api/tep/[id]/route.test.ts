import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/types";
import { createWorld, modelOf, type World } from "@/lib/models/test-world";
import { storeUpload } from "@/lib/uploads/store-upload";
import { PNG, file } from "@/lib/uploads/test-files";

// The session is next-auth's; here the signed-in actor is whoever the test says.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/actor", () => ({ getActor: async () => session.actor }));

const { GET } = await import("./route");

let w: World;
let dir: string;
let fileId: number;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "dvk-tep-route-"));
  process.env.UPLOAD_DIR = dir;
  w = await createWorld();
  const m = await modelOf(w, "DRAFT");
  const r = await storeUpload(w.cadre, { modelId: m.id, file: file(PNG, "Ảnh họp thôn.png") });
  if (!r.ok) throw new Error(r.message);
  fileId = r.attachment.id;
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

  it("signed out gets 401; a malformed id 404", async () => {
    session.actor = null;
    expect((await get(fileId)).status).toBe(401);
    session.actor = w.cadre;
    expect((await get("abc")).status).toBe(404);
  });
});

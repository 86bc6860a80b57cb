import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { reportProgress } from "@/lib/models/report-progress";
import { createWorld, modelOf, type World } from "@/lib/models/test-world";
import { deleteUpload } from "./delete-upload";
import { readUpload } from "./read-upload";
import { storeUpload } from "./store-upload";
import { storagePath } from "./storage";
import { DOCX, JPEG, PDF, PNG, TEXT, WEBP, file, phonePhoto, zip } from "./test-files";
import { thumbnailPath } from "./thumbnail";

let w: World;
let dir: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "dvk-uploads-"));
  process.env.UPLOAD_DIR = dir;
  w = await createWorld();
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Every stored file under UPLOAD_DIR. */
function storedFiles(): string[] {
  return fs.existsSync(dir)
    ? fs
        .readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => e.name)
    : [];
}

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  for await (const c of stream as unknown as AsyncIterable<Uint8Array>) chunks.push(c);
  return Buffer.concat(chunks);
}

describe("storeUpload", () => {
  it("stores a JPEG with a Vietnamese name under a random key, with sha256, row and audit", async () => {
    const m = await modelOf(w, "DRAFT");
    const res = await storeUpload(w.cadre, { modelId: m.id, file: file(JPEG, "Ảnh họp thôn Nà Lẹng.jpg") });
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    const sha = crypto.createHash("sha256").update(JPEG).digest("hex");
    expect(res.attachment).toMatchObject({
      fileName: "Ảnh họp thôn Nà Lẹng.jpg",
      mimeType: "image/jpeg",
      sizeBytes: JPEG.length,
      sha256: sha,
    });
    const row = await prisma.attachment.findUniqueOrThrow({ where: { id: res.attachment.id } });
    expect(row.storageKey).toMatch(/^[0-9a-f]{32}$/);
    expect(fs.readFileSync(storagePath(row.storageKey))).toEqual(Buffer.from(JPEG));
    // Not world- (or group-) readable on the host.
    expect(fs.statSync(storagePath(row.storageKey)).mode & 0o777).toBe(0o600);
    expect(fs.statSync(path.dirname(storagePath(row.storageKey))).mode & 0o777).toBe(0o700);
    expect(fs.statSync(process.env.UPLOAD_DIR!).mode & 0o777).toBe(0o700);
    expect(storedFiles().some((f) => f.includes("Nà") || f.includes(".jpg"))).toBe(false);
    expect(
      await prisma.auditLog.count({
        where: { entity: "Attachment", entityId: String(row.id), action: "attachment.upload" },
      }),
    ).toBe(1);
  });

  it.each([
    ["png", PNG, "image/png"],
    ["webp", WEBP, "image/webp"],
    ["pdf", PDF, "application/pdf"],
    ["docx", DOCX, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
    ["JPEG", JPEG, "image/jpeg"],
  ] as const)("accepts a .%s file whose bytes agree", async (ext, bytes, mime) => {
    const m = await modelOf(w, "NEEDS_REVISION");
    const res = await storeUpload(w.cadre, { modelId: String(m.id), file: file(bytes, `minh-chung.${ext}`) });
    expect(res.ok && res.attachment.mimeType).toBe(mime);
  });

  it.each([
    [
      "a .jpg that is really text",
      TEXT,
      "anh-gia.jpg",
      "Nội dung tệp “anh-gia.jpg” không phải là ảnh JPEG như phần đuôi tên tệp cho biết. Có thể tệp đã bị đổi tên hoặc bị hỏng.",
    ],
    [
      "a .png that is a PDF",
      PDF,
      "so-lieu.png",
      "Nội dung tệp “so-lieu.png” không phải là ảnh PNG như phần đuôi tên tệp cho biết. Có thể tệp đã bị đổi tên hoặc bị hỏng.",
    ],
    [
      "a .docx that is a plain ZIP",
      zip({ "a.txt": "x" }),
      "bao-cao.docx",
      "Nội dung tệp “bao-cao.docx” không phải là tệp Word (DOCX) như phần đuôi tên tệp cho biết. Có thể tệp đã bị đổi tên hoặc bị hỏng.",
    ],
    [
      "a Word file with macros",
      zip({ "word/document.xml": "<w/>", "word/vbaProject.bin": "x" }),
      "macro.docx",
      "Không nhận tệp Word có chứa macro.",
    ],
    [
      "an SVG",
      Buffer.from("<svg onload=alert(1)>"),
      "logo.svg",
      "Chỉ chấp nhận ảnh (JPG, PNG, WebP), tệp PDF hoặc tệp Word (DOCX).",
    ],
    ["a file without extension", JPEG, "anh", "Chỉ chấp nhận ảnh (JPG, PNG, WebP), tệp PDF hoặc tệp Word (DOCX)."],
    ["an empty file", new Uint8Array(), "rong.pdf", "Tệp “rong.pdf” rỗng."],
  ])("rejects %s with a Vietnamese message and stores nothing", async (_l, bytes, name, message) => {
    const m = await modelOf(w, "DRAFT");
    const before = storedFiles().length;
    const res = await storeUpload(w.cadre, { modelId: m.id, file: file(new Uint8Array(bytes), name) });
    expect(res).toMatchObject({ ok: false, code: "invalid", fieldErrors: { file: [message] } });
    expect(await prisma.attachment.count({ where: { modelId: m.id } })).toBe(0);
    expect(storedFiles().length).toBe(before);
  });

  it("rejects a file over 10 MB (and accepts exactly 10 MB)", async () => {
    const m = await modelOf(w, "DRAFT");
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(JPEG);
    const res = await storeUpload(w.cadre, { modelId: m.id, file: file(big, "ảnh lớn.jpg") });
    expect(res).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: { file: ["Tệp “ảnh lớn.jpg” vượt quá dung lượng cho phép (tối đa 10 MB)."] },
    });
    const exact = await storeUpload(w.cadre, {
      modelId: m.id,
      file: file(big.subarray(0, 10 * 1024 * 1024), "ảnh vừa.jpg"),
    });
    expect(exact.ok).toBe(true);
  });

  it("allows 10 files per model; concurrent uploads cannot pass the limit together", async () => {
    const m = await modelOf(w, "DRAFT");
    for (let i = 0; i < 8; i++)
      expect((await storeUpload(w.cadre, { modelId: m.id, file: file(PNG, `anh-${i}.png`) })).ok).toBe(true);
    const results = await Promise.all(
      [0, 1, 2, 3].map((i) => storeUpload(w.cadre, { modelId: m.id, file: file(PNG, `song-song-${i}.png`) })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(2);
    expect(results.filter((r) => !r.ok)).toEqual(
      Array(2).fill(
        expect.objectContaining({
          code: "invalid",
          fieldErrors: { file: ["Mỗi mô hình chỉ được đính kèm tối đa 10 tệp."] },
        }),
      ),
    );
    expect(await prisma.attachment.count({ where: { modelId: m.id } })).toBe(10);
  });

  it("attaches evidence to a progress report of a recognized model (its own limit)", async () => {
    const m = await modelOf(w, "RECOGNIZED");
    const rep = await reportProgress(w.cadre, {
      modelId: String(m.id),
      reportDate: "2026-05-01",
      note: "Ảnh nghiệm thu",
    });
    if (!rep.ok) throw new Error(rep.message);
    const res = await storeUpload(w.cadre, {
      modelId: m.id,
      progressReportId: rep.id,
      file: file(JPEG, "nghiem-thu.jpg"),
    });
    expect(res.ok).toBe(true);
    expect(await prisma.attachment.count({ where: { progressReportId: rep.id } })).toBe(1);
    // The dossier itself of a recognized model is closed.
    expect(await storeUpload(w.cadre, { modelId: m.id, file: file(JPEG, "ho-so.jpg") })).toMatchObject({
      ok: false,
      code: "illegal_state",
    });
  });

  it("refuses dossier evidence when the model is submitted while the file is being read", async () => {
    const m = await modelOf(w, "DRAFT");
    const before = storedFiles().length;
    // The owner's colleague submits between the state check and the write (the bytes arrive slowly).
    const racing = Object.assign(file(JPEG, "cham.jpg"), {
      async arrayBuffer() {
        await prisma.model.update({ where: { id: m.id }, data: { state: "SUBMITTED", version: { increment: 1 } } });
        return JPEG.slice().buffer;
      },
    });
    const res = await storeUpload(w.cadre, { modelId: m.id, file: racing });
    expect(res).toMatchObject({ ok: false, code: "illegal_state" });
    expect(await prisma.attachment.count({ where: { modelId: m.id } })).toBe(0);
    expect(storedFiles().length).toBe(before);
  });

  it.each(["SUBMITTED", "UNDER_REVIEW", "RECOGNIZED", "WITHDRAWN"] as const)(
    "refuses dossier evidence on a %s model",
    async (state) => {
      const m = await modelOf(w, state);
      const res = await storeUpload(w.cadre, { modelId: m.id, file: file(JPEG, "anh.jpg") });
      expect(res).toEqual({
        ok: false,
        code: "illegal_state",
        message: "Chỉ thêm hoặc xoá tệp minh chứng khi mô hình là bản nháp hoặc đang được yêu cầu bổ sung.",
      });
      expect(await prisma.attachment.count({ where: { modelId: m.id } })).toBe(0);
    },
  );

  it.each([
    ["otherUnitCadre", "not_found"],
    ["foreignCadre", "not_found"],
    ["communeReviewer", "forbidden"],
    ["provinceOfficer", "forbidden"],
    ["admin", "forbidden"],
  ] as const)("%s gets %s and nothing is stored", async (who, code) => {
    const m = await modelOf(w, "DRAFT");
    const before = storedFiles().length;
    expect(await storeUpload(w[who], { modelId: m.id, file: file(JPEG, "anh.jpg") })).toMatchObject({
      ok: false,
      code,
    });
    expect(await prisma.attachment.count({ where: { modelId: m.id } })).toBe(0);
    expect(storedFiles().length).toBe(before);
  });
});

describe("readUpload", () => {
  it("streams the bytes with type, length and a Content-Disposition that keeps the Vietnamese name", async () => {
    const m = await modelOf(w, "DRAFT");
    const up = await storeUpload(w.cadre, { modelId: m.id, file: file(PDF, "Biên bản họp thôn.pdf") });
    if (!up.ok) throw new Error(up.message);
    const res = await readUpload(w.cadre, { id: up.attachment.id });
    if (!res.ok) throw new Error(res.message);
    expect(res.headers).toMatchObject({
      "Content-Type": "application/pdf",
      "Content-Length": String(PDF.length),
      "Content-Disposition": `attachment; filename="Bien ban hop thon.pdf"; filename*=UTF-8''Bi%C3%AAn%20b%E1%BA%A3n%20h%E1%BB%8Dp%20th%C3%B4n.pdf`,
      "X-Content-Type-Options": "nosniff",
    });
    expect(await readAll(res.stream)).toEqual(Buffer.from(PDF));
    // A reviewer whose committee holds the model may read it too.
    const reviewer = await readUpload(w.communeReviewer, { id: up.attachment.id, disposition: "inline" });
    expect(reviewer.ok && reviewer.headers["Content-Disposition"].startsWith("inline;")).toBe(true);
    if (reviewer.ok) await reviewer.stream.cancel();
  });

  it("is not found outside the actor's scope", async () => {
    const m = await modelOf(w, "DRAFT");
    const up = await storeUpload(w.cadre, { modelId: m.id, file: file(PNG, "anh.png") });
    if (!up.ok) throw new Error(up.message);
    for (const who of ["otherUnitCadre", "foreignCadre", "districtReviewer"] as const) {
      expect(await readUpload(w[who], { id: up.attachment.id })).toMatchObject({
        ok: false,
        code: "not_found",
        message: "Không tìm thấy tệp đính kèm.",
      });
    }
  });
});

describe("readUpload thumbnail", () => {
  it("is made once and kept beside the file: the next view reads it, the photo is not decoded again", async () => {
    const m = await modelOf(w, "DRAFT");
    const up = await storeUpload(w.cadre, { modelId: m.id, file: file(await phonePhoto(1200, 800), "Ảnh.jpg") });
    if (!up.ok) throw new Error(up.message);
    const { storageKey } = await prisma.attachment.findUniqueOrThrow({ where: { id: up.attachment.id } });
    const first = await readUpload(w.cadre, { id: up.attachment.id, thumbnail: true });
    if (!first.ok) throw new Error(first.message);
    const kept = fs.readFileSync(thumbnailPath(storageKey));
    expect(await readAll(first.stream)).toEqual(kept);
    expect(fs.statSync(thumbnailPath(storageKey)).mode & 0o777).toBe(0o600);
    // Whatever lies in the kept file is what is served.
    const marker = Buffer.concat([kept.subarray(0, 12), Buffer.from("kept")]);
    fs.writeFileSync(thumbnailPath(storageKey), marker);
    const second = await readUpload(w.communeReviewer, { id: up.attachment.id, thumbnail: true });
    if (!second.ok) throw new Error(second.message);
    expect(await readAll(second.stream)).toEqual(marker);
  });

  it("goes with its file when the file is removed", async () => {
    const m = await modelOf(w, "DRAFT");
    const up = await storeUpload(w.cadre, { modelId: m.id, file: file(await phonePhoto(600, 400), "Ảnh xoá.jpg") });
    if (!up.ok) throw new Error(up.message);
    const { storageKey } = await prisma.attachment.findUniqueOrThrow({ where: { id: up.attachment.id } });
    expect((await readUpload(w.cadre, { id: up.attachment.id, thumbnail: true })).ok).toBe(true);
    expect(fs.existsSync(thumbnailPath(storageKey))).toBe(true);
    expect((await deleteUpload(w.cadre, { id: up.attachment.id })).ok).toBe(true);
    expect(fs.existsSync(thumbnailPath(storageKey))).toBe(false);
  });
});

describe("deleteUpload", () => {
  it("deletes the row and the bytes of an editable model's file, with an audit row", async () => {
    const m = await modelOf(w, "DRAFT");
    const up = await storeUpload(w.cadre, { modelId: m.id, file: file(DOCX, "Báo cáo.docx") });
    if (!up.ok) throw new Error(up.message);
    const { storageKey } = await prisma.attachment.findUniqueOrThrow({ where: { id: up.attachment.id } });
    expect(await deleteUpload(w.cadre, { id: up.attachment.id })).toEqual({ ok: true, id: up.attachment.id });
    expect(await prisma.attachment.findUnique({ where: { id: up.attachment.id } })).toBeNull();
    expect(fs.existsSync(storagePath(storageKey))).toBe(false);
    expect(
      await prisma.auditLog.count({
        where: { entity: "Attachment", entityId: String(up.attachment.id), action: "attachment.delete" },
      }),
    ).toBe(1);
  });

  it("refuses once the model is submitted, and for other actors; the file stays", async () => {
    const m = await modelOf(w, "DRAFT");
    const up = await storeUpload(w.cadre, { modelId: m.id, file: file(JPEG, "anh.jpg") });
    if (!up.ok) throw new Error(up.message);
    for (const [who, code] of [
      ["otherUnitCadre", "not_found"],
      ["communeReviewer", "forbidden"],
      ["admin", "forbidden"],
    ] as const) {
      expect(await deleteUpload(w[who], { id: up.attachment.id })).toMatchObject({ ok: false, code });
    }
    await prisma.model.update({ where: { id: m.id }, data: { state: "SUBMITTED" } });
    expect(await deleteUpload(w.cadre, { id: up.attachment.id })).toMatchObject({ ok: false, code: "illegal_state" });
    const row = await prisma.attachment.findUniqueOrThrow({ where: { id: up.attachment.id } });
    expect(fs.existsSync(storagePath(row.storageKey))).toBe(true);
  });
});

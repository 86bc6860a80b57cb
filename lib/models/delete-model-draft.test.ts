import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { deleteModelDraft } from "./delete-model-draft";
import { createWorld, modelOf, modelSnapshot, type World } from "./test-world";

let w: World;
beforeAll(async () => {
  w = await createWorld();
});

const step = (m: { id: number; version: number }) => ({ id: String(m.id), version: String(m.version) });

describe("deleteModelDraft", () => {
  it("a cadre of the owning unit deletes a draft: row and its events gone, audit row with the title", async () => {
    const m = await modelOf(w, "DRAFT");
    expect(await deleteModelDraft(w.cadre2, step(m))).toEqual({ ok: true, id: m.id });
    expect(await prisma.model.findUnique({ where: { id: m.id } })).toBeNull();
    expect(await prisma.reviewEvent.count({ where: { modelId: m.id } })).toBe(0);
    const log = await prisma.auditLog.findFirstOrThrow({
      where: { entity: "Model", entityId: String(m.id), action: "model.delete-draft" },
    });
    expect(log.data).toMatchObject({ title: m.title, code: m.code });
  });

  it.each(["SUBMITTED", "UNDER_REVIEW", "NEEDS_REVISION", "RECOGNIZED", "WITHDRAWN"] as const)(
    "refuses a %s model",
    async (state) => {
      const m = await modelOf(w, state);
      const before = await modelSnapshot(m.id);
      expect(await deleteModelDraft(w.cadre, step(m))).toMatchObject({ ok: false, code: "illegal_state" });
      expect(await modelSnapshot(m.id)).toEqual(before);
    },
  );

  it.each([
    ["otherUnitCadre", "not_found"],
    ["foreignCadre", "not_found"],
    ["communeReviewer", "forbidden"],
    ["provinceOfficer", "forbidden"],
    ["admin", "forbidden"],
  ] as const)("%s gets %s and the draft stays", async (who, code) => {
    const m = await modelOf(w, "DRAFT");
    const before = await modelSnapshot(m.id);
    expect(await deleteModelDraft(w[who], step(m))).toMatchObject({ ok: false, code });
    expect(await modelSnapshot(m.id)).toEqual(before);
  });

  it("a stale version is a conflict and nothing is deleted; a junk id is invalid input", async () => {
    const m = await modelOf(w, "DRAFT");
    await prisma.model.update({ where: { id: m.id }, data: { version: { increment: 1 } } });
    const before = await modelSnapshot(m.id);
    expect(await deleteModelDraft(w.cadre, step(m))).toMatchObject({ ok: false, code: "conflict" });
    expect(await modelSnapshot(m.id)).toEqual(before);
    expect(await deleteModelDraft(w.cadre, { id: "abc", version: "1" })).toMatchObject({ ok: false, code: "invalid" });
  });
});

// The one registration-number path every new model takes (drafts, entries on behalf, historic entries).
import { beforeAll, describe, expect, it } from "vitest";
import { prisma, type Tx } from "@/lib/db/client";
import { createCampaign } from "@/tests/fixtures";
import { createModelDraft } from "./create-model-draft";
import { createModelWithCode, newModelData } from "./create-model-with-code";
import { recordHistoricModel } from "./record-historic-model";
import { registerOnBehalf } from "./register-on-behalf";
import { COMPLETE_NARRATIVE, createWorld, draftForm, type World } from "./test-world";

let w: World;
let closed: { id: number };
beforeAll(async () => {
  w = await createWorld();
  closed = await createCampaign(prisma, {
    ownerUnitId: w.tree.province.id,
    status: "CLOSED",
    startDate: new Date("2024-01-01T00:00:00Z"),
    endDate: new Date("2024-12-31T00:00:00Z"),
  });
});

/** A bare draft with the given code, written the way the use cases write theirs. */
function insert(tx: Tx, code: string) {
  const dossier = { kind: "COLLECTIVE" as const, title: "Mô hình thử số đăng ký", fieldId: w.fields[0].id };
  const owner = { id: w.tree.grassrootsDirect.id, ownerUnitName: "Chi bộ thôn Nà Lẹng", ownerAddress: "xã Tân Lập" };
  return tx.model.create({
    data: {
      ...newModelData(code, dossier, owner, w.tree.communeDirect, w.cadre.userId),
      campaignId: w.campaign.id,
      state: "DRAFT",
    },
    select: { id: true, code: true },
  });
}

describe("createModelWithCode", () => {
  it("numbers drafts, entries on behalf and historic entries made at the same time one after another", async () => {
    const entryFields = {
      ownerUnitId: String(w.tree.grassrootsDirect.id),
      kind: "COLLECTIVE",
      fieldId: String(w.fields[0].id),
    };
    const results = await Promise.all([
      createModelDraft(w.cadre, draftForm(w, { title: "Mô hình dân vận khéo đăng ký cùng lúc 1" })),
      createModelDraft(w.cadre2, draftForm(w, { title: "Mô hình dân vận khéo đăng ký cùng lúc 2" })),
      registerOnBehalf(w.communeReviewer, {
        ...entryFields,
        title: "Mô hình dân vận khéo đăng ký thay cùng lúc",
        campaignId: String(w.campaign.id),
        ...COMPLETE_NARRATIVE,
      }),
      recordHistoricModel(w.communeReviewer, {
        ...entryFields,
        title: "Mô hình dân vận khéo ghi nhận bổ sung cùng lúc",
        campaignId: String(closed.id),
        outcome: "RECOGNIZED",
        outcomeDate: "20/12/2024",
      }),
    ]);
    const codes = results.map((r) => (r.ok ? r.code : `fail: ${JSON.stringify(r)}`));
    expect(new Set(codes).size).toBe(4);
    const numbers = codes.map((c) => Number(c.slice(-6))).sort((a, b) => a - b);
    expect(numbers[3] - numbers[0]).toBe(3);
  });

  it("retries with a fresh number when the number it was given is taken, and writes one model", async () => {
    const taken = (await prisma.model.findFirstOrThrow({ select: { code: true } })).code;
    const before = await prisma.model.count();
    const given: string[] = [];
    const created = await createModelWithCode((tx, code) => {
      given.push(code);
      return insert(tx, given.length === 1 ? taken : code);
    });
    expect(given).toHaveLength(2);
    expect(created.code).toBe(given[1]);
    expect(await prisma.model.count()).toBe(before + 1);
  });

  it("gives up after three clashes with the unique-violation error and writes nothing", async () => {
    const taken = (await prisma.model.findFirstOrThrow({ select: { code: true } })).code;
    const before = await prisma.model.count();
    let attempts = 0;
    await expect(
      createModelWithCode((tx) => {
        attempts++;
        return insert(tx, taken);
      }),
    ).rejects.toMatchObject({ code: "P2002" });
    expect(attempts).toBe(3);
    expect(await prisma.model.count()).toBe(before);
  });
});

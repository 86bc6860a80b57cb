import { beforeAll, describe, expect, it } from "vitest";
import { NO_MARKUP_MESSAGE } from "@/lib/validation/text";
import { prisma } from "@/lib/db/client";
import { addYearsIso, dateFromIso, isoFromDate, vnTodayIso } from "@/lib/models/dates";
import { createDecision } from "./create-decision";
import { deleteDecision } from "./delete-decision";
import { downloadDecision } from "./download-decision";
import { getDecision } from "./get-decision";
import { issueDecision } from "./issue-decision";
import { listDecisions } from "./list-decisions";
import { formatNumberText, registerFor } from "./numbering";
import { reopenDecision } from "./reopen-decision";
import { searchHonoreeCandidates } from "./search-honoree-candidates";
import { suggestNextNumber } from "./suggest-next-number";
import { updateDecision } from "./update-decision";
import {
  createDecisionWorld,
  decisionInput,
  decisionSnapshot,
  foreignModel,
  recognizedModel,
  type DecisionWorld,
} from "./test-world";

let w: DecisionWorld;
let collectiveA: Awaited<ReturnType<typeof recognizedModel>>;
let collectiveB: Awaited<ReturnType<typeof recognizedModel>>;
let person: Awaited<ReturnType<typeof recognizedModel>>;
let typicalOne: Awaited<ReturnType<typeof recognizedModel>>;
let submitted: Awaited<ReturnType<typeof recognizedModel>>;

beforeAll(async () => {
  w = await createDecisionWorld();
  collectiveA = await recognizedModel(w);
  collectiveB = await recognizedModel(w);
  person = await recognizedModel(w, "INDIVIDUAL");
  typicalOne = await recognizedModel(w, "COLLECTIVE", "RECOGNIZED", true);
  submitted = await recognizedModel(w, "COLLECTIVE", "SUBMITTED");
});

describe("numbering", () => {
  it("builds Party and State numbers and registers", () => {
    expect(formatNumberText({ style: "PARTY", numberSuffix: "QĐ/TU" }, 1234)).toBe("1234-QĐ/TU");
    expect(formatNumberText({ style: "STATE", numberSuffix: "QĐ-UBND" }, 56)).toBe("56/QĐ-UBND");
    const party = { style: "PARTY" as const, numberSuffix: "QĐ/TU", termStartYear: 2025 };
    expect(registerFor(party, new Date("2025-12-16T00:00:00Z"))).toBe("2025-2030");
    expect(registerFor(party, new Date("2030-01-02T00:00:00Z"))).toBe("2030-2035");
    expect(registerFor(party, new Date("2024-05-01T00:00:00Z"))).toBe("2020-2025");
    expect(registerFor({ ...party, style: "STATE", termStartYear: null }, new Date("2026-03-01T00:00:00Z"))).toBe(
      "2026",
    );
    expect(registerFor({ ...party, termStartYear: null }, new Date("2026-03-01T00:00:00Z"))).toBeNull();
    // The body of a province merged on 1/7/2025 numbers in its 2020-2025 term to its last day.
    const absorbed = { ...party, termStartYear: 2020, validTo: new Date("2025-06-30T00:00:00Z") };
    expect(registerFor(absorbed, new Date("2025-06-05T00:00:00Z"))).toBe("2020-2025");
    expect(registerFor({ ...absorbed, validTo: null }, new Date("2025-06-05T00:00:00Z"))).toBe("2025-2030");
  });
});

describe("createDecision", () => {
  it("creates a draft with collectives then individuals copied from the models, and audits it", async () => {
    const r = await createDecision(w.provinceOfficer, decisionInput(w, [person.id, collectiveA.id, collectiveB.id]));
    expect(r).toMatchObject({ ok: true, plannedNumber: 112, register: "2025-2030" });
    if (!r.ok) return;
    // A draft takes no number from the register.
    expect(await prisma.decision.findUnique({ where: { id: r.id } })).toMatchObject({
      number: null,
      numberText: null,
      plannedNumber: 112,
    });
    const got = await getDecision(w.provinceOfficer, r.id);
    if (!got.ok) throw new Error("not found");
    const h = got.decision.honorees;
    expect(h.map((x) => [x.kind, x.sortOrder, x.modelId])).toEqual([
      ["COLLECTIVE", 1, collectiveA.id],
      ["COLLECTIVE", 2, collectiveB.id],
      ["INDIVIDUAL", 1, person.id],
    ]);
    expect(h[0]).toMatchObject({
      name: collectiveA.ownerUnitName,
      address: collectiveA.ownerAddress,
      modelTitle: collectiveA.title,
      honorific: null,
    });
    expect(h[2]).toMatchObject({
      name: person.personName,
      honorific: person.personHonorific,
      position: person.personPosition,
      address: person.ownerAddress,
    });
    expect(
      await prisma.auditLog.count({ where: { entity: "Decision", entityId: String(r.id), action: "decision.create" } }),
    ).toBe(1);
    // Issued, it takes its planned number: 112 is used from now on.
    expect(await issueDecision(w.provinceOfficer, { id: r.id, version: r.version })).toMatchObject({
      ok: true,
      numberText: "112-QĐ/TU",
    });
  });

  it("numbers State decisions per calendar year: same number, other year is fine", async () => {
    const a = await createDecision(
      w.provinceOfficer,
      decisionInput(w, [collectiveA.id], { issuerId: w.stateIssuer.id, number: 56, decisionDate: "2025-03-01" }),
    );
    const b = await createDecision(
      w.provinceOfficer,
      decisionInput(w, [collectiveA.id], { issuerId: w.stateIssuer.id, number: 56, decisionDate: "2026-01-05" }),
    );
    expect(a).toMatchObject({ ok: true, plannedNumber: 56, register: "2025" });
    expect(b).toMatchObject({ ok: true, plannedNumber: 56, register: "2026" });
    if (!a.ok || !b.ok) return;
    expect(await issueDecision(w.provinceOfficer, { id: a.id, version: a.version })).toMatchObject({
      ok: true,
      numberText: "56/QĐ-UBND",
    });
    expect(await issueDecision(w.provinceOfficer, { id: b.id, version: b.version })).toMatchObject({
      ok: true,
      numberText: "56/QĐ-UBND",
    });
  });

  it("refuses a number already issued in the register, naming the register; nothing saved", async () => {
    const before = await decisionSnapshot();
    const r = await createDecision(
      w.provinceOfficer,
      decisionInput(w, [collectiveA.id], { decisionDate: "2026-02-01" }),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe("invalid");
    expect(r.fieldErrors?.number?.[0]).toMatch(
      /^Số quyết định đã được dùng trong sổ 2025-2030 của BAN THƯỜNG VỤ TỈNH ỦY\. Số tiếp theo chưa dùng: 113\.$/,
    );
    expect(await decisionSnapshot()).toEqual(before);
  });

  it.each([
    [
      "a date more than a year ahead",
      { decisionDate: isoFromDate(new Date(dateFromIso(addYearsIso(vnTodayIso(), 1)).getTime() + 86_400_000)) },
      "decisionDate",
      "Ngày quyết định không được muộn hơn một năm kể từ hôm nay.",
    ],
    ["a zero number", { number: "0" }, "number", "Số quyết định phải là số nguyên dương."],
    ["a fractional number", { number: "12.5" }, "number", "Số quyết định phải là số nguyên dương."],
    ["no honorees", { modelIds: [] }, "modelIds", "Vui lòng chọn ít nhất một tập thể hoặc cá nhân được khen thưởng."],
    ["a blank signer", { signerName: "  " }, "signerName", "Vui lòng nhập họ tên người ký."],
    // Printed on the decision: a tag is refused as in every other name (ADR 0040).
    ["a title with markup", { title: "Khen thưởng <script>alert(1)</script>" }, "title", NO_MARKUP_MESSAGE],
    // Nothing chosen is asked for, not reported as an issuer out of scope.
    ["no issuer", { issuerId: "" }, "issuerId", "Vui lòng chọn cơ quan ban hành."],
    ["a blank issuer", { issuerId: "  " }, "issuerId", "Vui lòng chọn cơ quan ban hành."],
    [
      "an issuer id that is not one",
      { issuerId: "abc" },
      "issuerId",
      "Cơ quan ban hành không hợp lệ hoặc không thuộc phạm vi bạn quản lý.",
    ],
    [
      "an issuer of another province",
      { issuerId: "__foreign__" },
      "issuerId",
      "Cơ quan ban hành không hợp lệ hoặc không thuộc phạm vi bạn quản lý.",
    ],
  ])("refuses %s with a Vietnamese field error; nothing saved", async (_, overrides, field, message) => {
    const o = { ...overrides } as Record<string, unknown>;
    if (o.issuerId === "__foreign__") o.issuerId = w.foreignIssuer.id;
    const before = await decisionSnapshot();
    const r = await createDecision(w.provinceOfficer, decisionInput(w, [collectiveA.id], { number: 900, ...o }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.fieldErrors?.[field]).toEqual([message]);
    expect(await decisionSnapshot()).toEqual(before);
  });

  it("accepts a date exactly one year ahead", async () => {
    const r = await createDecision(
      w.provinceOfficer,
      decisionInput(w, [collectiveA.id], { number: 901, decisionDate: addYearsIso(vnTodayIso(), 1) }),
    );
    expect(r.ok).toBe(true);
  });

  it("refuses a model that is not recognized, naming it; nothing saved", async () => {
    const before = await decisionSnapshot();
    const r = await createDecision(
      w.provinceOfficer,
      decisionInput(w, [collectiveA.id, submitted.id], { number: 902 }),
    );
    expect(r).toMatchObject({ ok: false, code: "invalid" });
    if (r.ok) return;
    expect(r.message).toBe(
      `Mô hình ${submitted.code} “${submitted.title}” chưa được công nhận nên không thể đưa vào danh sách khen thưởng.`,
    );
    expect(await decisionSnapshot()).toEqual(before);
  });

  it("refuses a model out of scope without revealing it; nothing saved", async () => {
    const foreign = await foreignModel(w);
    const before = await decisionSnapshot();
    const r = await createDecision(w.provinceOfficer, decisionInput(w, [foreign.id], { number: 903 }));
    expect(r).toMatchObject({
      ok: false,
      code: "invalid",
      message: `Không tìm thấy mô hình số ${foreign.id} trong phạm vi bạn quản lý.`,
    });
    expect(JSON.stringify(r)).not.toContain(foreign.title);
    expect(await decisionSnapshot()).toEqual(before);
  });

  it.each(["cadre", "communeReviewer", "districtReviewer", "admin"] as const)(
    "is forbidden to %s; nothing saved",
    async (who) => {
      const before = await decisionSnapshot();
      const r = await createDecision(w[who], decisionInput(w, [collectiveA.id], { number: 904 }));
      expect(r).toMatchObject({ ok: false, code: "forbidden" });
      expect(await decisionSnapshot()).toEqual(before);
    },
  );
});

describe("suggestNextNumber", () => {
  it("is max + 1 in the register", async () => {
    expect(
      await suggestNextNumber(w.provinceOfficer, {
        issuerId: w.partyIssuer.id,
        decisionDate: new Date("2026-06-01T00:00:00Z"),
      }),
    ).toMatchObject({
      ok: true,
      // Only 112 is issued in the 2025-2030 term; the drafts planning 900–904 reserve nothing.
      number: 113,
      numberText: "113-QĐ/TU",
      register: "2025-2030",
    });
    expect(
      await suggestNextNumber(w.provinceOfficer, {
        issuerId: w.stateIssuer.id,
        decisionDate: new Date("2027-01-01T00:00:00Z"),
      }),
    ).toMatchObject({ ok: true, number: 1 });
    expect(await suggestNextNumber(w.otherProvinceOfficer, { issuerId: w.partyIssuer.id })).toMatchObject({
      ok: false,
      code: "not_found",
    });
  });
});

describe("updating, issuing and reopening", () => {
  async function draft(
    number: number | undefined,
    modelIds = [collectiveA.id, collectiveB.id, person.id],
    date = "2026-01-05",
  ) {
    const r = await createDecision(
      w.provinceOfficer,
      decisionInput(w, modelIds, { number: number ?? "", decisionDate: date }),
    );
    if (!r.ok) throw new Error(r.message);
    return r;
  }

  it("corrects honoree lines without touching the models, reorders, adds and removes", async () => {
    const d = await draft(200);
    const before = await getDecision(w.provinceOfficer, d.id);
    if (!before.ok) throw new Error();
    const [a, b, p] = before.decision.honorees;
    const modelBefore = await prisma.model.findUnique({ where: { id: person.id } });
    const r = await updateDecision(w.provinceOfficer, {
      id: d.id,
      version: d.version,
      honorees: [
        {
          id: p.id,
          name: "Hoàng Thị Mai",
          address: "thôn Khuổi Lừa, xã Tân Lập, huyện Minh Sơn",
          honorific: "FEMALE",
          position: "Chi hội trưởng Chi hội Phụ nữ",
        },
        { id: a.id, sortOrder: 2 },
        { id: b.id, sortOrder: 1 },
      ],
      addModelIds: [typicalOne.id],
    });
    expect(r).toMatchObject({ ok: true, version: d.version + 1 });
    const after = await getDecision(w.provinceOfficer, d.id);
    if (!after.ok) throw new Error();
    expect(after.decision.honorees.map((h) => h.modelId)).toEqual([
      collectiveB.id,
      collectiveA.id,
      typicalOne.id,
      person.id,
    ]);
    expect(after.decision.honorees[3]).toMatchObject({
      name: "Hoàng Thị Mai",
      honorific: "FEMALE",
      position: "Chi hội trưởng Chi hội Phụ nữ",
    });
    expect(await prisma.model.findUnique({ where: { id: person.id } })).toEqual(modelBefore);

    const removed = await updateDecision(w.provinceOfficer, {
      id: d.id,
      version: d.version + 1,
      removeHonoreeIds: [a.id],
    });
    expect(removed.ok).toBe(true);
    const again = await getDecision(w.provinceOfficer, d.id);
    if (!again.ok) throw new Error();
    expect(again.decision.honorees.map((h) => h.modelId)).toEqual([collectiveB.id, typicalOne.id, person.id]);
  });

  it("refuses to remove every honoree, to add a model twice or a line with markup", async () => {
    const d = await draft(201, [collectiveA.id]);
    const got = await getDecision(w.provinceOfficer, d.id);
    if (!got.ok) throw new Error();
    const before = await decisionSnapshot();
    expect(
      await updateDecision(w.provinceOfficer, {
        id: d.id,
        version: d.version,
        removeHonoreeIds: [got.decision.honorees[0].id],
      }),
    ).toMatchObject({
      ok: false,
      message: "Vui lòng chọn ít nhất một tập thể hoặc cá nhân được khen thưởng.",
    });
    expect(
      await updateDecision(w.provinceOfficer, { id: d.id, version: d.version, addModelIds: [collectiveA.id] }),
    ).toMatchObject({
      ok: false,
      message: `Mô hình ${collectiveA.code} đã có trong danh sách.`,
    });
    const marked = await updateDecision(w.provinceOfficer, {
      id: d.id,
      version: d.version,
      honorees: [{ id: got.decision.honorees[0].id, name: "Chi hội <img src=x onerror=alert(1)>" }],
    });
    expect(marked.ok).toBe(false);
    expect(JSON.stringify(marked)).toContain(NO_MARKUP_MESSAGE);
    expect(await decisionSnapshot()).toEqual(before);
  });

  it("changes the planned number only to one not issued yet", async () => {
    const d = await draft(202, [collectiveA.id]);
    const { modelIds, ...onlyFields } = { ...decisionInput(w, []), number: 112, decisionDate: "2026-01-05" };
    expect(modelIds).toEqual([]);
    const before = await decisionSnapshot();
    const r = await updateDecision(w.provinceOfficer, { id: d.id, version: d.version, fields: onlyFields });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.fieldErrors?.number?.[0]).toContain("Số quyết định đã được dùng trong sổ 2025-2030");
    expect(await decisionSnapshot()).toEqual(before);
    const ok = await updateDecision(w.provinceOfficer, {
      id: d.id,
      version: d.version,
      fields: { ...onlyFields, number: 250 },
    });
    expect(ok.ok).toBe(true);
    expect(await prisma.decision.findUnique({ where: { id: d.id } })).toMatchObject({
      plannedNumber: 250,
      number: null,
      numberText: null,
    });
    // Another draft may plan the same number: nothing is reserved until issue.
    expect((await draft(250, [collectiveB.id])).plannedNumber).toBe(250);
  });

  it("lets only one of two concurrent edits win (version)", async () => {
    const d = await draft(203);
    const got = await getDecision(w.provinceOfficer, d.id);
    if (!got.ok) throw new Error();
    const id = got.decision.honorees[0].id;
    const [x, y] = await Promise.all([
      updateDecision(w.provinceOfficer, { id: d.id, version: d.version, honorees: [{ id, name: "Tên thứ nhất" }] }),
      updateDecision(w.provinceOfficer, { id: d.id, version: d.version, honorees: [{ id, name: "Tên thứ hai" }] }),
    ]);
    const results = [x, y];
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({
      code: "conflict",
      message: "Quyết định đã được thay đổi ở nơi khác. Hãy tải lại để xem bản mới nhất.",
    });
    const winner = x.ok ? "Tên thứ nhất" : "Tên thứ hai";
    expect((await prisma.honoree.findUnique({ where: { id } }))?.name).toBe(winner);
    expect(await prisma.decision.findUnique({ where: { id: d.id } })).toMatchObject({ version: d.version + 1 });
  });

  it("issues: locks the list, writes COMMEND on each model's timeline and an audit; reopen needs a reason and undoes them", async () => {
    const d = await draft(204);
    const commends = () =>
      prisma.reviewEvent.count({
        where: { action: "COMMEND", modelId: { in: [collectiveA.id, collectiveB.id, person.id] }, undoneById: null },
      });
    const base = await commends();
    const issued = await issueDecision(w.provinceOfficer, { id: d.id, version: d.version });
    expect(issued).toMatchObject({ ok: true, version: d.version + 1 });
    expect(await commends()).toBe(base + 3);
    const event = await prisma.reviewEvent.findFirst({
      where: { action: "COMMEND", modelId: person.id },
      orderBy: { id: "desc" },
    });
    expect(event).toMatchObject({
      comment: "Khen thưởng tại Quyết định số 204-QĐ/TU ngày 05/01/2026",
      level: "PROVINCE",
      actorId: w.provinceOfficer.userId,
    });
    expect(await prisma.decision.findUnique({ where: { id: d.id } })).toMatchObject({ status: "ISSUED" });
    expect(
      await prisma.auditLog.count({ where: { entity: "Decision", entityId: String(d.id), action: "decision.issue" } }),
    ).toBe(1);

    // Locked: no edit, no second issue.
    const before = await decisionSnapshot();
    expect(
      await updateDecision(w.provinceOfficer, { id: d.id, version: d.version + 1, addModelIds: [typicalOne.id] }),
    ).toMatchObject({
      ok: false,
      code: "illegal_state",
      message: "Chỉ sửa được quyết định đang ở dạng dự thảo.",
    });
    expect(await issueDecision(w.provinceOfficer, { id: d.id, version: d.version + 1 })).toMatchObject({
      ok: false,
      code: "illegal_state",
    });
    // Reopen: reason required.
    expect(await reopenDecision(w.provinceOfficer, { id: d.id, version: d.version + 1, reason: "  " })).toMatchObject({
      ok: false,
      fieldErrors: { reason: ["Vui lòng nhập lý do mở lại quyết định (ít nhất 10 ký tự)."] },
    });
    expect(
      await reopenDecision(w.otherProvinceOfficer, {
        id: d.id,
        version: d.version + 1,
        reason: "Sửa tên tập thể theo tờ trình",
      }),
    ).toMatchObject({ ok: false, code: "not_found" });
    expect(await decisionSnapshot()).toEqual(before);

    const reopened = await reopenDecision(w.provinceOfficer, {
      id: d.id,
      version: d.version + 1,
      reason: "Sửa tên tập thể theo tờ trình số 15",
    });
    expect(reopened).toMatchObject({ ok: true, version: d.version + 2 });
    expect(await prisma.decision.findUnique({ where: { id: d.id } })).toMatchObject({
      status: "DRAFT",
      issuedAt: null,
    });
    expect(await commends()).toBe(base);
    const audit = await prisma.auditLog.findFirst({
      where: { entity: "Decision", entityId: String(d.id), action: "decision.reopen" },
    });
    expect(audit?.data).toMatchObject({ reason: "Sửa tên tập thể theo tờ trình số 15" });
    expect(
      await reopenDecision(w.provinceOfficer, { id: d.id, version: d.version + 2, reason: "Mở lại lần nữa cho chắc" }),
    ).toMatchObject({ ok: false, code: "illegal_state" });
  });

  it("links its commendations by a foreign key: a request key written by a cadre cannot block the issue; reopen's UNDO steps record the model's state now", async () => {
    const m = await recognizedModel(w);
    const d = await draft(206, [m.id]);
    // Before: decisions wrote "decision-<id>-v<version>-model-<id>" into the globally unique request key, so a
    // cadre who wrote that key first made the issue fail.
    // (the row a cadre's "create draft" form writes with its request key)
    await prisma.reviewEvent.create({
      data: {
        modelId: m.id,
        action: "CREATE",
        actorId: w.cadre.userId,
        requestKey: `decision-${d.id}-v${d.version + 1}-model-${m.id}`,
      },
    });
    expect(await issueDecision(w.provinceOfficer, { id: d.id, version: d.version })).toMatchObject({ ok: true });
    const commend = await prisma.reviewEvent.findFirstOrThrow({ where: { action: "COMMEND", modelId: m.id } });
    expect(commend).toMatchObject({ decisionId: d.id, requestKey: null, fromState: "RECOGNIZED" });

    // The model moves on after the issue; undoing the commendation does not change its state.
    await prisma.model.update({ where: { id: m.id }, data: { state: "PROPOSED" } });
    const reopened = await reopenDecision(w.provinceOfficer, {
      id: d.id,
      version: d.version + 1,
      reason: "Bổ sung danh sách theo tờ trình số 16",
    });
    expect(reopened).toMatchObject({ ok: true });
    const undo = await prisma.reviewEvent.findFirstOrThrow({ where: { action: "UNDO", modelId: m.id } });
    expect(undo).toMatchObject({ fromState: "PROPOSED", toState: "PROPOSED", decisionId: d.id });
    expect(await prisma.reviewEvent.findUniqueOrThrow({ where: { id: commend.id } })).toMatchObject({
      undoneById: undo.id,
    });
  });

  it("takes the number on issue: planned if still free, else refused naming the next free one; none planned = next free", async () => {
    // Two drafts plan 300; the first issued takes it, the second is refused and stays as it was.
    const a = await draft(300, [collectiveA.id], "2026-03-02");
    const b = await draft(300, [collectiveB.id], "2026-03-02");
    expect(await issueDecision(w.provinceOfficer, { id: a.id, version: a.version })).toMatchObject({
      ok: true,
      numberText: "300-QĐ/TU",
    });
    const before = await decisionSnapshot();
    const refused = await issueDecision(w.provinceOfficer, { id: b.id, version: b.version });
    expect(refused).toMatchObject({ ok: false, code: "invalid" });
    if (!refused.ok)
      expect(refused.fieldErrors?.number).toEqual([
        "Số quyết định đã được dùng trong sổ 2025-2030 của BAN THƯỜNG VỤ TỈNH ỦY. Số tiếp theo chưa dùng: 301.",
      ]);
    expect(await decisionSnapshot()).toEqual(before);
    // Without a planned number the register's next free number is taken.
    const c = await draft(undefined, [collectiveB.id], "2026-03-03");
    expect(c.plannedNumber).toBeNull();
    expect(await issueDecision(w.provinceOfficer, { id: c.id, version: c.version })).toMatchObject({
      ok: true,
      numberText: "301-QĐ/TU",
    });
  });

  it("never gives the same number to concurrent issues of one register", async () => {
    const drafts = [];
    for (let i = 0; i < 6; i++) drafts.push(await draft(undefined, [collectiveA.id], "2026-04-01"));
    const results = await Promise.all(
      drafts.map((d) => issueDecision(w.provinceOfficer, { id: d.id, version: d.version })),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    const numbers = (
      await prisma.decision.findMany({ where: { id: { in: drafts.map((d) => d.id) } }, select: { number: true } })
    ).map((d) => d.number!);
    expect(new Set(numbers).size).toBe(6);
    const max = Math.max(...numbers);
    expect(numbers.sort((x, y) => x - y)).toEqual(Array.from({ length: 6 }, (_, i) => max - 5 + i));
  });

  it("keeps the issued number when a reopened decision is issued again", async () => {
    const d = await draft(undefined, [collectiveA.id], "2026-04-02");
    const first = await issueDecision(w.provinceOfficer, { id: d.id, version: d.version });
    if (!first.ok) throw new Error(first.message);
    const reopened = await reopenDecision(w.provinceOfficer, {
      id: d.id,
      version: first.version,
      reason: "Sửa chức vụ theo tờ trình",
    });
    if (!reopened.ok) throw new Error(reopened.message);
    expect(await prisma.decision.findUnique({ where: { id: d.id } })).toMatchObject({
      status: "DRAFT",
      numberText: first.numberText,
    });
    const again = await issueDecision(w.provinceOfficer, { id: d.id, version: reopened.version });
    expect(again).toMatchObject({ ok: true, numberText: first.numberText });
  });

  it("deletes a draft never issued (honorees with it, models untouched) and audits it", async () => {
    const d = await draft(undefined, [collectiveA.id, person.id]);
    const modelBefore = await prisma.model.findUnique({ where: { id: person.id } });
    const before = await decisionSnapshot();
    for (const who of [w.otherProvinceOfficer, w.cadre, w.communeReviewer, w.districtReviewer]) {
      expect(await deleteDecision(who, { id: d.id, version: d.version })).toMatchObject({
        ok: false,
        code: "not_found",
      });
    }
    expect(await deleteDecision(w.admin, { id: d.id, version: d.version })).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    expect(await deleteDecision(w.provinceOfficer, { id: d.id, version: d.version + 1 })).toMatchObject({
      ok: false,
      code: "conflict",
    });
    expect(await deleteDecision(w.provinceOfficer, { id: "x", version: d.version })).toMatchObject({
      ok: false,
      code: "invalid",
    });
    expect(await decisionSnapshot()).toEqual(before);

    expect(await deleteDecision(w.provinceOfficer, { id: d.id, version: d.version })).toEqual({ ok: true, id: d.id });
    expect(await prisma.decision.findUnique({ where: { id: d.id } })).toBeNull();
    expect(await prisma.honoree.count({ where: { decisionId: d.id } })).toBe(0);
    expect(await prisma.model.findUnique({ where: { id: person.id } })).toEqual(modelBefore);
    const audit = await prisma.auditLog.findFirst({
      where: { entity: "Decision", entityId: String(d.id), action: "decision.delete" },
    });
    expect(audit?.data).toMatchObject({ honorees: 2, register: "2025-2030" });
  });

  it("refuses to delete an issued or a reopened decision; nothing changes", async () => {
    const d = await draft(undefined, [collectiveA.id], "2026-04-03");
    const issued = await issueDecision(w.provinceOfficer, { id: d.id, version: d.version });
    if (!issued.ok) throw new Error(issued.message);
    const before = await decisionSnapshot();
    const message = "Chỉ xóa được dự thảo chưa từng ban hành. Quyết định đã ban hành chỉ có thể mở lại để sửa.";
    expect(await deleteDecision(w.provinceOfficer, { id: d.id, version: issued.version })).toMatchObject({
      ok: false,
      code: "illegal_state",
      message,
    });
    expect(await decisionSnapshot()).toEqual(before);
    const reopened = await reopenDecision(w.provinceOfficer, {
      id: d.id,
      version: issued.version,
      reason: "Sửa tên tập thể theo tờ trình",
    });
    if (!reopened.ok) throw new Error(reopened.message);
    const after = await decisionSnapshot();
    expect(await deleteDecision(w.provinceOfficer, { id: d.id, version: reopened.version })).toMatchObject({
      ok: false,
      code: "illegal_state",
      message,
    });
    expect(await decisionSnapshot()).toEqual(after);
  });

  it("a decision dated before the merger is issued by the absorbed province's body of that date, not today's", async () => {
    const before = await decisionSnapshot();
    // The absorbed province's body ended on 30/6/2025: it issues nothing dated after.
    const late = await createDecision(
      w.provinceOfficer,
      decisionInput(w, [collectiveA.id], { issuerId: w.absorbedIssuer.id, number: "", decisionDate: "2025-07-05" }),
    );
    expect(late).toMatchObject({ ok: false, code: "invalid" });
    if (!late.ok) {
      expect(late.fieldErrors?.issuerId).toEqual([
        "BAN THƯỜNG VỤ TỈNH ỦY không còn (hoặc chưa) là cơ quan ban hành vào ngày 05/07/2025. Hãy chọn cơ quan ban hành của thời điểm đó.",
      ]);
    }
    expect(await decisionSnapshot()).toEqual(before);
    const r = await createDecision(
      w.provinceOfficer,
      decisionInput(w, [collectiveA.id], { issuerId: w.absorbedIssuer.id, number: "", decisionDate: "2025-06-05" }),
    );
    if (!r.ok) throw new Error(r.message);
    expect(r.register).toBe("2020-2025");
    // Moving the date past the merger under the same body is refused too.
    const { modelIds, ...fields } = decisionInput(w, [], {
      issuerId: w.absorbedIssuer.id,
      number: "",
      decisionDate: "2025-07-01",
    });
    expect(modelIds).toEqual([]);
    expect(await updateDecision(w.provinceOfficer, { id: r.id, version: r.version, fields })).toMatchObject({
      ok: false,
      code: "invalid",
    });
    const got = await getDecision(w.provinceOfficer, r.id);
    if (!got.ok) throw new Error();
    expect(got.decision.issuer).toMatchObject({
      parentName: "TỈNH ỦY BẮC SƠN",
      place: "Bắc Sơn",
      unitId: w.absorbedProvince.id,
    });
    // The absorbed province's body is the merged province's history only (successor rule), nobody else's.
    const snap = await decisionSnapshot();
    const foreign = await createDecision(
      w.otherProvinceOfficer,
      decisionInput(w, [collectiveA.id], { issuerId: w.absorbedIssuer.id, number: "", decisionDate: "2025-06-05" }),
    );
    expect(foreign).toMatchObject({
      ok: false,
      fieldErrors: { issuerId: ["Cơ quan ban hành không hợp lệ hoặc không thuộc phạm vi bạn quản lý."] },
    });
    expect(await decisionSnapshot()).toEqual(snap);
  });

  it("hides a decision from other subtrees and refuses other roles, writing nothing", async () => {
    const d = await draft(205);
    const before = await decisionSnapshot();
    for (const who of [w.otherProvinceOfficer, w.cadre, w.communeReviewer]) {
      // The province's issuer is outside each of these subtrees: the decision does not exist for them.
      expect(await updateDecision(who, { id: d.id, version: d.version, honorees: [] })).toMatchObject({
        ok: false,
        code: "not_found",
      });
      expect(await issueDecision(who, { id: d.id, version: d.version })).toMatchObject({
        ok: false,
        code: "not_found",
      });
      expect(await getDecision(who, d.id)).toMatchObject({ ok: false, code: "not_found" });
    }
    // In scope but without the permission (the administrator sees every unit): forbidden.
    expect(await issueDecision(w.admin, { id: d.id, version: d.version })).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    expect(await decisionSnapshot()).toEqual(before);
    expect(await issueDecision(w.provinceOfficer, { id: d.id, version: d.version + 5 })).toMatchObject({
      ok: false,
      code: "conflict",
    });
  });
});

describe("listDecisions and searchHonoreeCandidates", () => {
  it("lists decisions in scope, searching number and title without diacritics", async () => {
    const all = await listDecisions(w.provinceOfficer);
    if (!all.ok) throw new Error();
    expect(all.total).toBeGreaterThan(3);
    expect(all.items.every((d) => [w.partyIssuer.id, w.stateIssuer.id].includes(d.issuer.id))).toBe(true);
    const byNumber = await listDecisions(w.provinceOfficer, { q: "112-QĐ" });
    expect(byNumber.ok && byNumber.items.map((d) => d.numberText)).toEqual(["112-QĐ/TU"]);
    const byFolded = await listDecisions(w.provinceOfficer, { q: "dan van kheo", status: "DRAFT" });
    expect(byFolded.ok && byFolded.total).toBeGreaterThan(0);
    const none = await listDecisions(w.otherProvinceOfficer);
    expect(none.ok && none.total).toBe(0);
    expect(await listDecisions(w.cadre)).toMatchObject({ ok: false, code: "forbidden" });
  });

  it("finds a collective by its unit name or address, by words in any order without diacritics", async () => {
    const redCross = await recognizedModel(w);
    await prisma.model.update({
      where: { id: redCross.id },
      data: {
        ownerUnitName: "Hội Chữ thập đỏ tỉnh",
        ownerAddress: "phường Đức Xuân, tỉnh Minh Sơn",
        title: "Ngân hàng máu sống",
      },
    });
    const find = async (q: string) => {
      const r = await searchHonoreeCandidates(w.provinceOfficer, { q, typicalOnly: false });
      if (!r.ok) throw new Error(r.message);
      return r.items.map((m) => m.id);
    };
    expect(await find("chu thap do")).toEqual([redCross.id]);
    expect(await find("  tỉnh,  hội   ĐỎ ")).toContain(redCross.id);
    expect(await find("duc xuan")).toEqual([redCross.id]);
    expect(await find("mau song chu thap")).toEqual([redCross.id]);
    expect(await find("chu thap xanh")).toEqual([]);
    expect(await find(redCross.code.toLowerCase())).toEqual([redCross.id]);
    // Filters combine with the words; another province's officer never finds it.
    const byField = await searchHonoreeCandidates(w.provinceOfficer, {
      q: "chu thap do",
      fieldId: redCross.fieldId,
      campaignId: redCross.campaignId,
      kind: "COLLECTIVE",
      level: redCross.recognizedLevel,
      typicalOnly: false,
    });
    expect(byField.ok && byField.items.map((m) => m.id)).toEqual([redCross.id]);
    const otherField = w.fields.find((f) => f.id !== redCross.fieldId)!;
    const none = await searchHonoreeCandidates(w.provinceOfficer, {
      q: "chu thap do",
      fieldId: otherField.id,
      typicalOnly: false,
    });
    expect(none.ok && none.total).toBe(0);
    const individuals = await searchHonoreeCandidates(w.provinceOfficer, {
      q: "chu thap do",
      kind: "INDIVIDUAL",
      typicalOnly: false,
    });
    expect(individuals.ok && individuals.total).toBe(0);
    const foreign = await searchHonoreeCandidates(w.otherProvinceOfficer, { q: "chu thap do", typicalOnly: false });
    expect(foreign.ok && foreign.total).toBe(0);
  });

  it("leaves out the models already on the draft being edited", async () => {
    const on = await recognizedModel(w);
    const d = await createDecision(
      w.provinceOfficer,
      decisionInput(w, [on.id], { number: "", decisionDate: "2026-05-04" }),
    );
    if (!d.ok) throw new Error(d.message);
    const ids = async (actor: typeof w.provinceOfficer, excludeDecisionId: number) => {
      const r = await searchHonoreeCandidates(actor, { q: on.code, excludeDecisionId, typicalOnly: false });
      return r.ok ? r.items.map((m) => m.id) : null;
    };
    expect(await ids(w.provinceOfficer, d.id)).toEqual([]);
    // Another province's decision hides nothing here.
    const foreignModelRow = await foreignModel(w);
    const fd = await createDecision(
      w.otherProvinceOfficer,
      decisionInput(w, [foreignModelRow.id], { issuerId: w.foreignIssuer.id, number: "", decisionDate: "2026-05-04" }),
    );
    if (!fd.ok) throw new Error(fd.message);
    expect(await ids(w.provinceOfficer, fd.id)).toEqual([on.id]);
  });

  it("finds recognized models in scope only, with filters", async () => {
    const r = await searchHonoreeCandidates(w.provinceOfficer, { typicalOnly: false });
    if (!r.ok) throw new Error();
    const ids = r.items.map((m) => m.id);
    expect(ids).toEqual(expect.arrayContaining([collectiveA.id, collectiveB.id, person.id, typicalOne.id]));
    expect(ids).not.toContain(submitted.id);
    const typical = await searchHonoreeCandidates(w.provinceOfficer, { typicalOnly: "1" });
    expect(typical.ok && typical.items.map((m) => m.id)).toEqual([typicalOne.id]);
    const individuals = await searchHonoreeCandidates(w.provinceOfficer, { kind: "INDIVIDUAL", typicalOnly: false });
    expect(individuals.ok && individuals.items.map((m) => m.id)).toEqual([person.id]);
    const folded = person.title
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/đ/g, "d")
      .replace(/Đ/g, "D")
      .slice(0, 20);
    const q = await searchHonoreeCandidates(w.provinceOfficer, { q: folded, typicalOnly: false });
    expect(q.ok && q.items.map((m) => m.id)).toContain(person.id);
    const foreign = await searchHonoreeCandidates(w.otherProvinceOfficer, { typicalOnly: false });
    expect(foreign.ok && foreign.items.map((m) => m.id)).not.toContain(collectiveA.id);
    expect(await searchHonoreeCandidates(w.districtReviewer, { typicalOnly: false })).toMatchObject({
      ok: false,
      code: "forbidden",
    });
  });
});

describe("the administrator reads decisions", () => {
  it("lists, opens and downloads the issued decisions of every province, drafts of none, and changes nothing", async () => {
    const issue = async (officer: typeof w.provinceOfficer, input: Record<string, unknown>) => {
      const c = await createDecision(officer, input as Parameters<typeof createDecision>[1]);
      if (!c.ok) throw new Error(c.message);
      const i = await issueDecision(officer, { id: c.id, version: c.version });
      if (!i.ok) throw new Error(i.message);
      return c.id;
    };
    const own = await issue(w.provinceOfficer, decisionInput(w, [collectiveA.id], { number: 801 }));
    const foreign = await issue(
      w.otherProvinceOfficer,
      decisionInput(w, [(await foreignModel(w)).id], { issuerId: w.foreignIssuer.id, number: 802 }),
    );
    const draft = await createDecision(w.provinceOfficer, decisionInput(w, [collectiveB.id], { number: 803 }));
    if (!draft.ok) throw new Error(draft.message);
    // A past decision brought in from a file is stored issued and imported (ADR 0045).
    await prisma.decision.update({ where: { id: foreign }, data: { imported: true } });

    const list = await listDecisions(w.admin);
    if (!list.ok) throw new Error(list.message);
    const ids = list.items.map((d) => d.id);
    expect(ids).toEqual(expect.arrayContaining([own, foreign]));
    expect(ids).not.toContain(draft.id);
    expect(list.items.every((d) => d.status === "ISSUED")).toBe(true);
    expect(await listDecisions(w.admin, { status: "DRAFT" })).toMatchObject({ ok: true, total: 0 });

    expect(await getDecision(w.admin, foreign)).toMatchObject({ ok: true, decision: { id: foreign, imported: true } });
    expect(await getDecision(w.admin, draft.id)).toMatchObject({ ok: false, code: "not_found" });
    const pdf = await downloadDecision(w.admin, own, "pdf");
    expect([pdf.status, pdf.headers.get("Content-Type")]).toEqual([200, "application/pdf"]);
    expect((await downloadDecision(w.admin, draft.id, "xlsx")).status).toBe(404);

    // Reading grants no write: every decision use case still refuses it, and nothing is written.
    const before = await decisionSnapshot();
    const d = await prisma.decision.findUniqueOrThrow({ where: { id: own } });
    expect(
      await reopenDecision(w.admin, { id: own, version: d.version, reason: "Sai tên tập thể cần sửa." }),
    ).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    expect(await deleteDecision(w.admin, { id: draft.id, version: draft.version })).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    expect(await createDecision(w.admin, decisionInput(w, [collectiveA.id], { number: 804 }))).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    expect(await decisionSnapshot()).toEqual(before);
    // The other roles below the province still have no decisions section at all.
    expect(await listDecisions(w.districtReviewer)).toMatchObject({ ok: false, code: "forbidden" });
    expect(await getDecision(w.cadre, own)).toMatchObject({ ok: false, code: "not_found" });
  });
});

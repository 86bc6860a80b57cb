import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { createModelDraft } from "@/lib/models/create-model-draft";
import { getModelDetail } from "@/lib/models/get-model-detail";
import { createWorld, draftForm, type World } from "@/lib/models/test-world";
import { ModelDraftInput } from "@/lib/models/schema";
import { ReviewStepInput } from "@/lib/review/schema";
import { CreateDecisionInput } from "@/lib/decisions/schema";
import { LoginInput } from "@/lib/auth/schema";
import { readUpload } from "@/lib/uploads/read-upload";
import { deleteUpload } from "@/lib/uploads/delete-upload";
import { cleanFileName } from "@/lib/uploads/store-upload";
import { getDecision } from "@/lib/decisions/get-decision";
import { markNotificationsRead } from "@/lib/notifications/mark-read";
import { blankText, dbId, INT4_MAX, normalizeLine, normalizeText, parseDbId } from "./text";

describe("normalizeText / normalizeLine", () => {
  it("NFC-normalises (a decomposed 'ệ' becomes one code point)", () => {
    expect(normalizeText("Vie\u0323\u0302t")).toBe("Việt");
    expect(normalizeText("Vie\u0323\u0302t").length).toBe(4);
  });

  it("strips NUL, BEL, ESC, DEL and C1 controls but keeps tab and newline in multi-line text", () => {
    expect(normalizeText("a\u0000b\u0007c\u001b[31md\u007fe\u0085f\u009bg")).toBe("abc[31mde\nfg");
    expect(normalizeText("dòng 1\r\ndòng 2\rdòng 3\tcột")).toBe("dòng 1\ndòng 2\ndòng 3\tcột");
  });

  it("strips bidi overrides, embeddings, isolates and marks", () => {
    expect(normalizeLine("hoso\u202Efdp.exe")).toBe("hosofdp.exe");
    expect(normalizeLine("\u2066a\u2067b\u2068c\u2069\u202Ad\u202Be\u202Cf\u202Dg\u200Eh\u200Fi\u061C")).toBe(
      "abcdefghi",
    );
  });

  it("counts zero-width-only and whitespace-only text as empty", () => {
    expect(normalizeText("\u200B\u200B\u200B\u200B\u200B\u200B\u200B\u200B\u200B\u200B\u200B")).toBe("");
    expect(normalizeText(" \u200C\u200D\u2060\uFEFF\u00A0\u3000 ")).toBe("");
    expect(blankText("\u200B\u200B\u200B")).toBeUndefined();
  });

  it("keeps emoji sequences (ZWJ inside) and Vietnamese text intact", () => {
    expect(normalizeText("Gia đình 👨‍👩‍👧 vui")).toBe("Gia đình 👨‍👩‍👧 vui");
  });

  it("replaces lone surrogates and folds newlines into spaces on single-line fields", () => {
    expect(normalizeLine("a\uD800b")).toBe("a\uFFFDb");
    expect(normalizeLine("  tên\n\nmô hình\t mới  ")).toBe("tên mô hình  mới");
  });
});

describe("ids are int4", () => {
  it("parseDbId accepts 1..2147483647 and refuses everything else", () => {
    expect(parseDbId("1")).toBe(1);
    expect(parseDbId(INT4_MAX)).toBe(INT4_MAX);
    for (const bad of [
      "2147483648",
      2147483648,
      "0",
      "-1",
      "1e3",
      "1.5",
      " ",
      "",
      "12abc",
      "99999999999999999999",
      NaN,
      null,
      [1],
      {},
    ]) {
      expect(parseDbId(bad)).toBeNull();
    }
  });

  it("dbId refuses values past int4 with the field's message", () => {
    const r = dbId("Không tìm thấy mô hình.").safeParse("2147483648");
    expect(r.success).toBe(false);
    expect(r.error?.issues[0].message).toBe("Không tìm thấy mô hình.");
    expect(dbId("x").safeParse(" 42 ").data).toBe(42);
  });
});

describe("every schema uses the shared normalisation", () => {
  it("LoginInput strips controls from the username", () => {
    expect(LoginInput.parse({ username: " can\u0000bo\u202E ", password: "x" }).username).toBe("canbo");
  });

  it("ReviewStepInput: comment normalised, modelId past int4 is refused with the not-found message", () => {
    const ok = ReviewStepInput.parse({ modelId: "5", version: "1", action: "RECOGNIZE", comment: " tốt\u0007 " });
    expect(ok.comment).toBe("tốt");
    const big = ReviewStepInput.safeParse({ modelId: "2147483648", version: "1", action: "RECOGNIZE" });
    expect(big.success).toBe(false);
  });

  it("CreateDecisionInput: signer name on one line, controls gone; zero-width title is missing", () => {
    const r = CreateDecisionInput.safeParse({
      issuerId: "1",
      number: "12",
      decisionDate: "01/02/2026",
      signerName: "Nguyễn\u0000 Văn\u001b A",
      signerTitle: "Phó Trưởng ban",
      awardForm: "GIAY_KHEN",
      title: "\u200B\u200B\u200B",
      modelIds: "1,2",
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path[0])).toContain("title");
  });

  it("file names: no path, no controls, no bidi override (an .exe cannot pose as a .pdf)", () => {
    expect(cleanFileName("C:\\tmp\\bao\u0000cao\u202Efdp.exe")).toBe("baocaofdp.exe");
    expect(cleanFileName("\u200B\u0007")).toBe("tep-dinh-kem");
  });
});

describe("hostile text through a real use case (PostgreSQL)", () => {
  let w: World;
  beforeAll(async () => {
    w = await createWorld();
  });

  it("a title with NUL, BEL, ESC and an RTL override is stored cleaned, not a 500", async () => {
    const res = await createModelDraft(
      w.cadre,
      draftForm(w, { title: "Mô hình\u0000 dân vận\u0007 khéo\u001b \u202Ethôn bản", goals: "a\u0000b" }),
    );
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    const m = await prisma.model.findUniqueOrThrow({ where: { id: res.id } });
    expect(m.title).toBe("Mô hình dân vận khéo thôn bản");
    expect(m.goals).toBe("ab");
  });

  it("a title made only of zero-width spaces is refused with the Vietnamese 'required' message", async () => {
    const before = await prisma.model.count();
    const res = await createModelDraft(w.cadre, draftForm(w, { title: "\u200B".repeat(20) }));
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(JSON.stringify(res)).toContain("Vui lòng nhập tên mô hình.");
    expect(await prisma.model.count()).toBe(before);
  });

  it("ModelDraftInput refuses a field id past int4", () => {
    const r = ModelDraftInput.safeParse(draftForm(w, { fieldId: "2147483648" }));
    expect(r.success).toBe(false);
  });

  it("ids past int4 are 'not found' in detail, file download/delete and decision use cases, an invalid list for notifications", async () => {
    for (const id of ["2147483648", "9223372036854775808", "99999999999999999999999"]) {
      expect(await getModelDetail(w.cadre, { id })).toMatchObject({ ok: false, code: "not_found" });
      const file = await readUpload(w.cadre, { id });
      expect(file.ok ? "ok" : file.code).toBe("not_found");
      const del = await deleteUpload(w.cadre, { id });
      expect(del.ok ? "ok" : del.code).toBe("not_found");
      expect(await getDecision(w.cadre, Number(id))).toMatchObject({ ok: false, code: "not_found" });
      expect(await markNotificationsRead(w.cadre, { ids: [id] })).toMatchObject({ ok: false, code: "invalid" });
    }
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { ModelKind, Role, UnitKind, UnitLevel } from "@/lib/generated/prisma/enums";
import { foldVietnamese, foldedContains, titleMatches } from "./search";

const TONES = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"]; // ngang, huyền, sắc, hỏi, ngã, nặng
// a ă â e ê i o ô ơ u ư y, written decomposed so the test does not depend on how this file is encoded.
const VOWELS = ["a", "a\u0306", "a\u0302", "e", "e\u0302", "i", "o", "o\u0302", "o\u031b", "u", "u\u031b", "y"];

/** Every precomposed Vietnamese letter: each vowel with each tone, upper and lower case, plus đ/Đ and a–z. */
function vietnameseLetters(): string[] {
  const letters = new Set<string>(["đ", "Đ"]);
  for (const v of VOWELS) {
    for (const t of TONES) {
      const lower = (v + t).normalize("NFC");
      letters.add(lower);
      letters.add(lower.toUpperCase());
    }
  }
  for (let c = 97; c <= 122; c++) {
    letters.add(String.fromCharCode(c));
    letters.add(String.fromCharCode(c - 32));
  }
  return [...letters];
}

async function sqlFold(values: string[]): Promise<string[]> {
  const rows = await prisma.$queryRaw<{ folded: string }[]>`
    SELECT vn_fold(v) AS folded FROM unnest(${values}::text[]) WITH ORDINALITY AS t(v, i) ORDER BY i`;
  return rows.map((r) => r.folded);
}

describe("foldVietnamese and vn_fold", () => {
  it("folds names and phrases to unaccented lower case", async () => {
    const cases: [string, string][] = [
      ["Dân vận khéo", "dan van kheo"],
      ["ĐƯỜNG", "duong"],
      ["Nguyễn Thị Ánh", "nguyen thi anh"],
      ["Ủy ban Mặt trận Tổ quốc", "uy ban mat tran to quoc"],
      // Decomposed input ("Unicode tổ hợp", still produced by some keyboards and old documents).
      ["Nguyễn Thị Ánh".normalize("NFD"), "nguyen thi anh"],
    ];
    expect(cases.map(([s]) => foldVietnamese(s))).toEqual(cases.map(([, f]) => f));
    expect(await sqlFold(cases.map(([s]) => s))).toEqual(cases.map(([, f]) => f));
  });

  it("agrees with the SQL function on every Vietnamese letter, each folding to its ASCII base", async () => {
    const letters = vietnameseLetters();
    // 12 vowels × 6 tones × 2 cases, đ/Đ, and the 52 ASCII letters (the toneless a e i o u y are among both).
    expect(letters.length).toBe(12 * 6 * 2 + 2 + 52 - 12);
    for (const l of letters) expect([...l]).toHaveLength(1); // each is one precomposed code point

    const js = letters.map(foldVietnamese);
    const expectedBase = letters.map((l) => (/[đĐ]/.test(l) ? "d" : l.normalize("NFD")[0].toLowerCase()));
    expect(js).toEqual(expectedBase);
    expect(js.every((f) => /^[a-z]$/.test(f))).toBe(true);
    expect(await sqlFold(letters)).toEqual(js);
  });
});

describe("accent-insensitive title search", () => {
  const FOLD_WORDS = ["Dân vận khéo", "xây dựng nông thôn mới", "Đường giao thông", "Nguyễn Thị Ánh", "an sinh xã hội"];

  beforeAll(async () => {
    const unit = await prisma.unit.create({
      data: {
        code: "T-01",
        name: "Tỉnh Thử",
        kind: UnitKind.PROVINCE,
        level: UnitLevel.PROVINCE,
        validFrom: new Date("2020-01-01T00:00:00Z"),
        path: "/1/",
      },
    });
    const user = await prisma.user.create({
      data: { username: "cb", fullName: "Cán bộ", passwordHash: "x", role: Role.UNIT_CADRE, unitId: unit.id },
    });
    const field = await prisma.field.create({ data: { code: "F", name: "Lĩnh vực" } });
    const campaign = await prisma.campaign.create({
      data: {
        code: "C",
        name: "Phong trào",
        startDate: new Date("2024-01-01T00:00:00Z"),
        endDate: new Date("2024-12-31T00:00:00Z"),
        ownerUnitId: unit.id,
      },
    });
    const n = 4000;
    await prisma.model.createMany({
      data: Array.from({ length: n }, (_, i) => ({
        code: `MH-${i}`,
        kind: ModelKind.COLLECTIVE,
        // Only every 400th title mentions "Dân vận khéo", so the search is selective.
        title: i % 400 === 0 ? `Mô hình ${FOLD_WORDS[0]} số ${i}` : `Mô hình ${FOLD_WORDS[1 + (i % 4)]} số ${i}`,
        fieldId: field.id,
        campaignId: campaign.id,
        ownerUnitId: unit.id,
        ownerUnitName: unit.name,
        ownerAddress: "Thái Nguyên",
        registeredWithUnitId: unit.id,
        registeredLevel: UnitLevel.PROVINCE,
        reviewUnitId: unit.id,
        reviewLevel: UnitLevel.PROVINCE,
        createdById: user.id,
      })),
    });
    await prisma.model.create({
      data: {
        code: "MH-PCT",
        kind: ModelKind.COLLECTIVE,
        title: "Giảm 50% hộ nghèo",
        fieldId: field.id,
        campaignId: campaign.id,
        ownerUnitId: unit.id,
        ownerUnitName: unit.name,
        ownerAddress: "Thái Nguyên",
        registeredWithUnitId: unit.id,
        registeredLevel: UnitLevel.PROVINCE,
        reviewUnitId: unit.id,
        reviewLevel: UnitLevel.PROVINCE,
        createdById: user.id,
      },
    });
    await prisma.$executeRawUnsafe(`ANALYZE "Model"`);
  });

  async function matchingTitles(q: string) {
    const rows = await prisma.$queryRaw<
      { title: string }[]
    >`SELECT title FROM "Model" WHERE ${titleMatches(q)} ORDER BY id`;
    return rows.map((r) => r.title);
  }

  it("finds titles whatever the accents and case of the query", async () => {
    for (const q of ["dan van kheo", "DÂN VẬN KHÉO", "Dan vận", "vẬn khEo"]) {
      const titles = await matchingTitles(q);
      expect(titles).toHaveLength(10);
      expect(titles.every((t) => t.includes("Dân vận khéo"))).toBe(true);
    }
    expect(await matchingTitles("duong giao")).toHaveLength(1000);
    expect(await matchingTitles("khéo léo")).toEqual([]);
  });

  it("treats LIKE wildcards in the query as text", async () => {
    expect(await matchingTitles("50%")).toEqual(["Giảm 50% hộ nghèo"]);
    expect(await matchingTitles("5_%")).toEqual([]);
    expect(await matchingTitles("%")).toEqual(["Giảm 50% hộ nghèo"]);
  });

  it("is answered from the trigram indexes on vn_fold(...)", async () => {
    const plans = await prisma.$transaction(async (tx) => {
      const explain = (table: string, where: Prisma.Sql) =>
        tx.$queryRaw<{ "QUERY PLAN": string }[]>`EXPLAIN SELECT id FROM ${Prisma.raw(table)} WHERE ${where}`.then(
          (rows) => rows.map((r) => r["QUERY PLAN"]).join("\n"),
        );
      // On a few thousand narrow rows the planner may rightly prefer a seq scan; discouraging it shows
      // whether the index can answer the query at all, which is the property under test.
      await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
      return {
        title: await explain(`"Model"`, titleMatches("dân vận")),
        unitName: await explain(`"Unit"`, foldedContains('"Unit"."name"', "Thái Nguyên")),
        // Control: a column without a trigram index cannot use one, whatever the planner settings.
        unindexed: await explain(`"Model"`, Prisma.sql`vn_fold("ownerAddress") LIKE '%' || vn_fold(${"thai"}) || '%'`),
      };
    });
    expect(plans.title).toMatch(/Bitmap Index Scan on "?Model_title_fold_trgm_idx"?/);
    expect(plans.unitName).toMatch(/Bitmap Index Scan on "?Unit_name_fold_trgm_idx"?/);
    expect(plans.unindexed).not.toMatch(/Index/);
  });
});

describe("Vietnamese collation", () => {
  const VIETNAMESE_ORDER = [
    "An",
    "Ăn",
    "Ân",
    "Bắc",
    "Dung",
    "Đà",
    "Đông",
    "Em",
    "Ê",
    "Ong",
    "Ôn",
    "Ơn",
    "Uyên",
    "Ưng",
    "Yên",
  ];
  // UTF-8 byte order puts every letter with a diacritic after all plain ASCII letters.
  const BYTE_ORDER = [
    "An",
    "Bắc",
    "Dung",
    "Em",
    "Ong",
    "Uyên",
    "Yên",
    "Ân",
    "Ê",
    "Ôn",
    "Ăn",
    "Đà",
    "Đông",
    "Ơn",
    "Ưng",
  ];

  beforeAll(async () => {
    const shuffled = [...VIETNAMESE_ORDER].reverse();
    await prisma.unit.createMany({
      data: shuffled.map((name, i) => ({
        code: `COL-${i}`,
        name,
        kind: UnitKind.COMMUNE,
        level: UnitLevel.COMMUNE,
        validFrom: new Date("2020-01-01T00:00:00Z"),
        path: `/c${i}/`,
      })),
    });
  });

  async function names(collation: "vi-x-icu" | "C") {
    const rows = await prisma.$queryRawUnsafe<{ name: string }[]>(
      `SELECT name FROM "Unit" WHERE code LIKE 'COL-%' ORDER BY name COLLATE "${collation}"`,
    );
    return rows.map((r) => r.name);
  }

  it('sorts by the Vietnamese alphabet with COLLATE "vi-x-icu"', async () => {
    expect(await names("vi-x-icu")).toEqual(VIETNAMESE_ORDER);
  });

  it("differs from byte order, which is what a plain C sort gives", async () => {
    expect(await names("C")).toEqual(BYTE_ORDER);
    expect(BYTE_ORDER).not.toEqual(VIETNAMESE_ORDER);
  });
});

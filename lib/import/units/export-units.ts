import { prisma } from "@/lib/db/client";
import { unitKindLabels } from "@/lib/i18n/vi";
import { formatDmy } from "../values";
import { UNIT_LEVEL_LABELS, type UnitColumnKey } from "./columns";

/**
 * Every unit of the tree (administrator only) as rows of the import template, in pages of 2,000, ordered
 * by id: importing the export again changes nothing. "Tên dùng từ ngày" is the start of the current name.
 */
export async function* exportUnitRows(): AsyncGenerator<Record<UnitColumnKey, string>> {
  let cursor = 0;
  for (;;) {
    const page = await prisma.unit.findMany({
      where: { id: { gt: cursor } },
      orderBy: { id: "asc" },
      take: 2000,
      select: {
        id: true,
        code: true,
        name: true,
        kind: true,
        level: true,
        validFrom: true,
        validTo: true,
        parent: { select: { code: true } },
        successor: { select: { code: true } },
        names: { orderBy: { validFrom: "desc" }, take: 1, select: { validFrom: true } },
      },
    });
    if (!page.length) return;
    for (const u of page) {
      yield {
        code: u.code,
        name: u.name,
        kind: unitKindLabels[u.kind],
        level: UNIT_LEVEL_LABELS[u.level],
        parentCode: u.parent?.code ?? "",
        validFrom: formatDmy(u.validFrom),
        validTo: u.validTo ? formatDmy(u.validTo) : "",
        successorCode: u.successor?.code ?? "",
        nameFrom: formatDmy(u.names[0]?.validFrom ?? u.validFrom),
      };
    }
    cursor = page[page.length - 1].id;
  }
}

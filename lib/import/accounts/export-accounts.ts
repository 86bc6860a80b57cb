import { prisma } from "@/lib/db/client";
import { roleLabels } from "@/lib/i18n/vi";
import type { AccountColumnKey } from "./columns";

/** Active accounts as rows of the import template (no password, no link): importing them again changes nothing. */
export async function* exportAccountRows(): AsyncGenerator<Record<AccountColumnKey, string>> {
  let cursor = 0;
  for (;;) {
    const page = await prisma.user.findMany({
      where: { id: { gt: cursor }, disabled: false },
      orderBy: { id: "asc" },
      take: 2000,
      select: { id: true, username: true, fullName: true, role: true, unit: { select: { code: true } } },
    });
    if (!page.length) return;
    for (const u of page)
      yield { username: u.username, fullName: u.fullName, role: roleLabels[u.role], unitCode: u.unit.code };
    cursor = page[page.length - 1].id;
  }
}

import "server-only";
import { prisma } from "@/lib/db/client";
import type { Unit } from "@/lib/generated/prisma/client";

/**
 * The unit a code typed in a form names: the exact code, or else the one unit whose code differs only in
 * case ("x-01942" for "X-01942"). Two units whose codes differ only in case are not guessed between.
 */
export async function unitByCode(code: string): Promise<Unit | null> {
  const exact = await prisma.unit.findUnique({ where: { code } });
  if (exact) return exact;
  const near = await prisma.unit.findMany({ where: { code: { equals: code, mode: "insensitive" } }, take: 2 });
  return near.length === 1 ? near[0] : null;
}

import "server-only";
import { prisma } from "@/lib/db/client";
import { PAGE_SIZE, pageCount } from "./scope";

export async function listUsers(page: number) {
  const total = await prisma.user.count();
  const totalPages = pageCount(total);
  const current = Math.min(page, totalPages);
  const rows = await prisma.user.findMany({
    select: {
      id: true,
      username: true,
      fullName: true,
      role: true,
      disabled: true,
      lastLoginAt: true,
      unit: { select: { name: true } },
    },
    orderBy: [{ username: "asc" }],
    skip: (current - 1) * PAGE_SIZE,
    take: PAGE_SIZE,
  });
  return { rows, total, page: current, totalPages };
}

import "server-only";
import { prisma } from "@/lib/db/client";

/** Choices for the queue and progress filters (campaigns newest first, fields in their configured order). */
export async function reviewFilterOptions() {
  const [campaigns, fields] = await Promise.all([
    prisma.campaign.findMany({ select: { id: true, name: true }, orderBy: [{ startDate: "desc" }, { id: "desc" }] }),
    prisma.field.findMany({ where: { active: true }, select: { id: true, name: true }, orderBy: [{ sortOrder: "asc" }, { id: "asc" }] }),
  ]);
  return { campaigns, fields };
}

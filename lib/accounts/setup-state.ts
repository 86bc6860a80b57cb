import "server-only";
import { prisma } from "@/lib/db/client";
import { peekToken } from "./one-time-token";
import { needsSetup } from "./setup";

/** What the first-run page shows for a token: the form (and whether to ask for the province) or nothing. */
export async function setupPageState(token: string): Promise<{ open: boolean; askProvince: boolean }> {
  const open = (await needsSetup()) && (await peekToken(prisma, "SETUP", token)) !== null;
  return { open, askProvince: open && (await prisma.unit.count()) === 0 };
}

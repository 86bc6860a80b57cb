// A campaign's registration deadline (and a closed campaign) ends new registrations from units: no new
// draft, no submission, and the form no longer offers it.
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { createCampaign } from "@/tests/fixtures";
import { createModelDraft } from "@/lib/models/create-model-draft";
import { submitModel } from "@/lib/models/submit-model";
import { updateModelDraft } from "@/lib/models/update-model-draft";
import { campaignOptions } from "@/lib/models/form-options";
import { dateFromIso, isoFromDate, vnTodayIso } from "@/lib/models/dates";
import { COMPLETE_NARRATIVE, createWorld, draftForm, modelSnapshot, type World } from "@/lib/models/test-world";
import { withinRegistrationDeadline } from "./eligible-campaigns";

let w: World;
beforeAll(async () => {
  w = await createWorld();
});

/** A calendar day relative to today in Vietnam. */
function day(offset: number): Date {
  const d = dateFromIso(vnTodayIso());
  d.setUTCDate(d.getUTCDate() + offset);
  return d;
}
const shown = (d: Date) => isoFromDate(d).split("-").reverse().join("/");

const campaign = (registrationDeadline: Date | null, status: "OPEN" | "PLANNED" | "CLOSED" = "OPEN") =>
  createCampaign(prisma, {
    ownerUnitId: w.tree.province.id,
    status,
    registrationDeadline,
    startDate: day(-200),
    endDate: day(200),
  });

describe("withinRegistrationDeadline", () => {
  it("counts the deadline day itself in, and the day on the Vietnamese calendar", () => {
    const deadline = new Date("2026-06-30T00:00:00Z");
    expect(withinRegistrationDeadline(deadline, new Date("2026-06-30T16:59:00Z"))).toBe(true);
    // 17:30 UTC on the 30th is already 1 July in Việt Nam: too late.
    expect(withinRegistrationDeadline(deadline, new Date("2026-06-30T17:30:00Z"))).toBe(false);
    expect(withinRegistrationDeadline(null, new Date("2030-01-01T00:00:00Z"))).toBe(true);
  });
});

describe("a campaign past its registration deadline", () => {
  it("refuses a new draft with the deadline in the message, and writes nothing", async () => {
    const past = await campaign(day(-1));
    const before = await prisma.model.count();
    const res = await createModelDraft(w.cadre, draftForm(w, { campaignId: String(past.id) }));
    expect(res).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: {
        campaignId: [
          `Đã hết hạn đăng ký của đợt thi đua này (hạn cuối ngày ${shown(day(-1))}). Vui lòng chọn đợt thi đua khác.`,
        ],
      },
    });
    expect(await prisma.model.count()).toBe(before);
  });

  it("accepts registrations up to and including the deadline day", async () => {
    const today = await campaign(day(0));
    const res = await createModelDraft(w.cadre, draftForm(w, { ...COMPLETE_NARRATIVE, campaignId: String(today.id) }));
    expect(res).toMatchObject({ ok: true });
    if (!res.ok) return;
    expect(await submitModel(w.cadre, { id: String(res.id), version: String(res.version) })).toMatchObject({
      ok: true,
    });
  });

  it("refuses to submit a draft begun before the deadline, and the draft is unchanged", async () => {
    const c = await campaign(day(3));
    const created = await createModelDraft(w.cadre, draftForm(w, { ...COMPLETE_NARRATIVE, campaignId: String(c.id) }));
    if (!created.ok) throw new Error(created.message);
    await prisma.campaign.update({ where: { id: c.id }, data: { registrationDeadline: day(-1) } });
    const before = await modelSnapshot(created.id);
    const res = await submitModel(w.cadre, { id: String(created.id), version: String(created.version) });
    expect(res).toMatchObject({ ok: false, code: "invalid" });
    if (res.ok) return;
    expect(res.fieldErrors?.campaignId?.[0]).toMatch(/^Đã hết hạn đăng ký của đợt thi đua này/);
    expect(await modelSnapshot(created.id)).toEqual(before);

    // The draft can still be moved to a campaign that is open, and sent there.
    const open = await campaign(null);
    const moved = await updateModelDraft(w.cadre, {
      ...draftForm(w, { ...COMPLETE_NARRATIVE, campaignId: String(open.id) }),
      id: String(created.id),
      version: String(created.version),
    });
    expect(moved).toMatchObject({ ok: true });
  });

  it("refuses to submit into a campaign closed since the draft was begun", async () => {
    const c = await campaign(null);
    const created = await createModelDraft(w.cadre, draftForm(w, { ...COMPLETE_NARRATIVE, campaignId: String(c.id) }));
    if (!created.ok) throw new Error(created.message);
    await prisma.campaign.update({ where: { id: c.id }, data: { status: "CLOSED" } });
    const before = await modelSnapshot(created.id);
    expect(await submitModel(w.cadre, { id: String(created.id), version: String(created.version) })).toMatchObject({
      ok: false,
      fieldErrors: { campaignId: ["Đợt thi đua đã kết thúc, không thể đăng ký thêm."] },
    });
    expect(await modelSnapshot(created.id)).toEqual(before);
  });

  it("is not offered on the registration form; a closed one neither; the model's own stays when editing", async () => {
    const past = await campaign(day(-1));
    const closed = await campaign(null, "CLOSED");
    const today = await campaign(day(0));
    const planned = await campaign(day(30), "PLANNED");
    const offered = (await campaignOptions(w.cadre, { openOnly: true })).map((o) => Number(o.value));
    expect(offered).toEqual(expect.arrayContaining([today.id, planned.id]));
    expect(offered).not.toContain(past.id);
    expect(offered).not.toContain(closed.id);
    const editing = (await campaignOptions(w.cadre, { openOnly: true, include: past.id })).map((o) => Number(o.value));
    expect(editing).toContain(past.id);
  });
});

import { eq } from "drizzle-orm";
import { organisations } from "../db/schema";
import { buildEnterpriseInput, usccFor } from "./factories";
import type { TestClient, TestContext } from "./test-app";

export const SCF = "/api/v1/supply-chain-finance";

/** Registers an enterprise in 重庆 and, when `orgKey` is given, makes that organisation speak for it. */
async function registerCq(
  ctx: TestContext,
  bureau: TestClient,
  districtCode: string,
  sequence: number,
  orgKey?: string,
) {
  const created = await bureau.post("/api/v1/enterprises", buildEnterpriseInput({ districtCode }, sequence));
  if (created.statusCode !== 201) throw new Error(created.body);
  const { id, uscc } = created.json() as { id: string; uscc: string };
  if (orgKey)
    await ctx.database.db
      .update(organisations)
      .set({ enterpriseId: id })
      .where(eq(organisations.id, ctx.orgs[orgKey] ?? ""));
  return { id, uscc };
}

/**
 * A core enterprise (the seeded 十堰 enterprise organisation, registered here in 重庆's 九龙坡区) and its
 * suppliers: one with an organisation (cqenterprise), one registered without, one not registered at all.
 */
export async function scfParties(ctx: TestContext, sequence: number) {
  const bureau = await ctx.signIn("cqjxw.operator");
  const core = await registerCq(ctx, bureau, "500107", sequence, "enterprise");
  const supplier = await registerCq(ctx, bureau, "500106", sequence + 1, "cqenterprise");
  const other = await registerCq(ctx, bureau, "500112", sequence + 2);
  return { core, supplier, other, unregisteredUscc: usccFor("500113", sequence + 3) };
}

/** The core records its collection account at `bank`; the bank's reviewer confirms it. */
export async function confirmedArrangement(ctx: TestContext, coreClient: TestClient, bank: string) {
  const recorded = await coreClient.post(`${SCF}/arrangements`, {
    bankOrgId: ctx.orgs[bank],
    accountBank: "中国建设银行重庆九龙坡支行",
    accountName: "回款监管账户",
    accountNo: "50001083600052512345",
    effectiveFrom: "2026-11-01",
    effectiveTo: "2027-10-31",
  });
  if (recorded.statusCode !== 201) throw new Error(recorded.body);
  const reviewer = await ctx.signIn(`${bank}.reviewer`);
  const { id, version } = recorded.json();
  const confirmed = await reviewer.post(`${SCF}/arrangements/${id}/decision`, { action: "CONFIRM", version });
  if (confirmed.statusCode !== 200) throw new Error(confirmed.body);
  return confirmed.json() as { id: string };
}

export const payable = (supplierUscc: string, documentNo: string, amount: string, dueOn: string) => ({
  kind: "INVOICE",
  supplierUscc,
  documentNo,
  amount,
  issuedOn: "2026-11-20",
  dueOn,
});

import { eq } from "drizzle-orm";
import { organisations } from "../db/schema";
import { buildEnterpriseInput } from "./factories";
import type { TestClient, TestContext } from "./test-app";

/** The 推荐表 fields beyond amount, term and use, as an enterprise fills them. */
export const FORM = {
  address: "十堰市张湾区车城路 66 号",
  legalRepresentative: "王建国",
  phone: "0719-8888888",
  contactName: "李春燕",
  contactPhone: "13907190000",
  mainBusiness: "商用车车桥总成及零部件",
  productsAndPartners: "主要产品为驱动桥、转向节;下游为东风商用车等整车企业;2025 年营业收入 3,000 万元。",
};

/** Registers an enterprise and makes it the one the demo enterprise organisation speaks for. */
export async function registerDemoEnterprise(
  ctx: TestContext,
  input: ReturnType<typeof buildEnterpriseInput>,
) {
  const created = await (await ctx.signIn("jxj.operator")).post("/api/v1/enterprises", input);
  if (created.statusCode !== 201) throw new Error(created.body);
  const enterpriseId = created.json().id as string;
  await ctx.database.db
    .update(organisations)
    .set({ enterpriseId })
    .where(eq(organisations.id, ctx.orgs.enterprise ?? ""));
  return enterpriseId;
}

/**
 * The demo enterprise as one every rule of 十堰's programme takes: in 张湾区, ten years old, 3,000万元 of
 * revenue in 2025, on the key-supported list. `sequence` makes its identity unique.
 */
export async function registerEligibleEnterprise(ctx: TestContext, sequence: number) {
  const enterpriseId = await registerDemoEnterprise(
    ctx,
    buildEnterpriseInput(
      {
        districtCode: "420303",
        establishedOn: "2015-04-01",
        revenues: [{ year: 2025, amount: "30000000.00" }],
      },
      sequence,
    ),
  );
  await (await ctx.signIn("jxj.operator")).post("/api/v1/key-supported-list", {
    enterpriseId,
    note: "重点支持",
  });
  return enterpriseId;
}

/** A complete 推荐表 of the demo enterprise to the seeded 工商银行 and 担保集团, with `overrides`. */
export const applicationBody = (ctx: TestContext, overrides: Record<string, unknown> = {}) => ({
  programmeCode: "SHIYAN-CHANLIAN",
  bankOrgId: ctx.orgs.icbc,
  guarantorOrgId: ctx.orgs.danbao,
  amount: "5000000.00",
  termMonths: 12,
  loanUse: "BULK_MATERIALS",
  supplyChainCategory: "ASSEMBLY_SUPPLIER",
  form: FORM,
  ...overrides,
});

/**
 * The bureau's recommendation as its page makes it: the eligibility rules that fail today (none hard)
 * are acknowledged with a reason.
 */
export async function recommendation(bureau: TestClient, id: string, opinion = "同意推荐") {
  const { checks } = (await bureau.get(`/api/v1/applications/${id}/eligibility`)).json();
  const failed = (checks as { rule: string; passed: boolean }[]).filter((c) => !c.passed).map((c) => c.rule);
  return {
    action: "recommend",
    opinion,
    ...(failed.length > 0 && { acknowledgement: { rules: failed, reason: "经研究,同意推荐" } }),
  };
}

/** Takes one workflow step at the application's current version; throws unless it succeeds. */
export async function takeStep(client: TestClient, id: string, body: Record<string, unknown>) {
  const { version } = (await client.get(`/api/v1/applications/${id}`)).json();
  const response = await client.post(`/api/v1/applications/${id}/actions`, { version, ...body });
  if (response.statusCode !== 200) throw new Error(response.body);
  return response.json();
}

/** The four contracts of a guaranteed loan to the demo enterprise, signed 2026-11-20. */
export const CONTRACTS = [
  {
    kind: "LOAN",
    number: "GH-2026-001",
    date: "2026-11-20",
    amount: "5000000.00",
    parties: ["十堰精工", "工商银行十堰分行"],
  },
  {
    kind: "ENTRUSTED_GUARANTEE",
    number: "DB-WT-001",
    date: "2026-11-20",
    amount: "5000000.00",
    parties: ["十堰担保集团", "十堰精工"],
  },
  {
    kind: "COUNTER_GUARANTEE",
    number: "DB-FD-001",
    date: "2026-11-20",
    amount: "5000000.00",
    parties: ["十堰担保集团", "十堰精工"],
  },
  {
    kind: "SURETY",
    number: "BZ-001",
    date: "2026-11-20",
    amount: "5000000.00",
    parties: ["工商银行十堰分行", "十堰担保集团"],
  },
];

import type { Database } from "../db/client";
import { createEnterprise, listAllEnterprises } from "../modules/enterprises/enterprises.service";
import { createOrganisation, createUser } from "../modules/identity/identity.service";
import {
  createFinancing,
  decideFinancing,
  repayFinancing,
} from "../modules/supply-chain-finance/scf-financing.service";
import {
  createPayable,
  decideArrangement,
  recordArrangement,
} from "../modules/supply-chain-finance/supply-chain-finance.service";
import { actorOfUser } from "../platform/actor";
import { asOf } from "../platform/clock";
import { buildEnterpriseInput } from "../testing/factories";
import { DEMO_PASSWORD } from "./organisations";

/** The core enterprise of 重庆's data-verified supply-chain financing and its users (`cqcore.*`). */
export const DEMO_CORE = { name: "重庆渝安汽车制造有限公司", key: "cqcore" } as const;

/** Each supplier's invoices and receivables: [kind, document no., yuan, issued, due]. */
const LINES: ["INVOICE" | "RECEIVABLE" | "ORDER", string, string, string, string][][] = [
  [
    ["INVOICE", "YA-FP-2611-001", "1200000.00", "2026-11-03", "2027-03-03"],
    ["RECEIVABLE", "YA-YS-2611-002", "860000.00", "2026-11-10", "2027-02-10"],
    ["ORDER", "YA-DD-2611-003", "450000.00", "2026-11-18", "2027-04-18"],
  ],
  [
    ["INVOICE", "YA-FP-2611-011", "2300000.00", "2026-11-04", "2027-02-28"],
    ["INVOICE", "YA-FP-2611-012", "640000.00", "2026-11-12", "2027-01-12"],
  ],
  [
    ["RECEIVABLE", "YA-YS-2611-021", "980000.00", "2026-11-06", "2027-03-06"],
    ["INVOICE", "YA-FP-2611-022", "320000.00", "2026-11-20", "2027-02-20"],
  ],
  [["INVOICE", "YA-FP-2611-031", "1500000.00", "2026-11-08", "2027-05-08"]],
  [
    ["ORDER", "YA-DD-2611-041", "760000.00", "2026-11-15", "2027-03-15"],
    ["INVOICE", "YA-FP-2611-042", "410000.00", "2026-11-22", "2027-01-22"],
  ],
];

/**
 * 重庆's programme as its users find it, built through the services: a core enterprise (its own
 * organisation and users) with five suppliers among the 重庆 demo enterprises — 重庆渝江精密机械
 * (cqenterprise) first — its collection account locked at 建设银行 (confirmed), its payables uploaded,
 * and financings repaid, outstanding and asked for.
 */
export async function seedSupplyChainFinanceDemo(db: Database): Promise<void> {
  const bureau = await actorOfUser(db, "cqjxw.operator");
  const platform = await actorOfUser(db, "platform.admin");
  const registry = await listAllEnterprises(db, bureau, {});
  const yujiang = (await actorOfUser(db, "cqenterprise.operator")).enterpriseId;
  const suppliers = [
    ...registry.filter((enterprise) => enterprise.id === yujiang),
    ...registry.filter((enterprise) => enterprise.id !== yujiang).slice(0, 4),
  ];
  if (suppliers.length < LINES.length) return;

  const core = await createEnterprise(
    db,
    bureau,
    buildEnterpriseInput(
      {
        districtCode: "500107",
        name: DEMO_CORE.name,
        mainBusiness: "乘用车及新能源汽车整车制造",
        employees: 6800,
        revenues: [{ year: 2025, amount: "18600000000.00" }],
      },
      9001,
    ),
    null,
  );
  const org = await createOrganisation(
    db,
    platform,
    { name: DEMO_CORE.name, type: "ENTERPRISE", regionCode: "500107", enterpriseId: core.id },
    null,
  );
  for (const role of ["operator", "admin"] as const)
    await createUser(
      db,
      platform,
      org.id,
      {
        username: `${DEMO_CORE.key}.${role}`,
        displayName: `${DEMO_CORE.name} · ${role === "admin" ? "管理员" : "经办人"}`,
        password: DEMO_PASSWORD,
        roles: [role],
      },
      null,
    );

  const [coreActor, bankReviewer, bankOperator] = await Promise.all([
    actorOfUser(db, `${DEMO_CORE.key}.operator`),
    actorOfUser(db, "cqbank.reviewer"),
    actorOfUser(db, "cqbank.operator"),
  ]);
  const arrangement = await asOf("2026-11-02", () =>
    recordArrangement(
      db,
      coreActor,
      {
        bankOrgId: bankOperator.orgId,
        accountBank: "中国建设银行重庆九龙坡支行",
        accountName: `${DEMO_CORE.name}供应商回款监管户`,
        accountNo: "50050110360009001234",
        effectiveFrom: "2026-11-01",
        effectiveTo: "2027-10-31",
      },
      null,
    ),
  );
  await asOf("2026-11-03", () =>
    decideArrangement(
      db,
      bankReviewer,
      arrangement.id,
      { action: "CONFIRM", version: arrangement.version },
      null,
    ),
  );

  const ids = new Map<string, string>();
  for (const [index, lines] of LINES.entries()) {
    const supplier = suppliers[index];
    if (!supplier) continue;
    for (const [kind, documentNo, amount, issuedOn, dueOn] of lines) {
      const payable = await asOf("2026-11-25", () =>
        createPayable(
          db,
          coreActor,
          { kind, documentNo, amount, issuedOn, dueOn, supplierUscc: supplier.uscc },
          null,
        ),
      );
      ids.set(documentNo, payable.id);
    }
  }
  const finance = (documentNos: string[], amount: string, day: string) =>
    asOf(day, () =>
      createFinancing(
        db,
        bankOperator,
        { payableIds: documentNos.map((no) => ids.get(no) ?? ""), amount },
        null,
      ),
    );
  // Repaid: the core paid the invoice into the locked account.
  const repaid = await finance(["YA-FP-2611-012"], "500000.00", "2026-11-26");
  await asOf("2026-12-01", () =>
    repayFinancing(
      db,
      bankOperator,
      repaid.id,
      { source: "CORE_PAYMENT", repaidOn: "2026-12-01", version: repaid.version },
      null,
    ),
  );
  // Outstanding: 重庆渝江's first invoice and another supplier's receivable.
  await finance(["YA-FP-2611-001"], "960000.00", "2026-11-27");
  await finance(["YA-YS-2611-021"], "780000.00", "2026-11-28");
  // Asked for and waiting at the bank's desk; one the bank declined.
  const yujiangActor = await actorOfUser(db, "cqenterprise.operator");
  await asOf("2026-11-30", () =>
    createFinancing(
      db,
      yujiangActor,
      { payableIds: [ids.get("YA-YS-2611-002") ?? ""], amount: "600000.00", bankOrgId: bankOperator.orgId },
      null,
    ),
  );
  const declined = await asOf("2026-11-29", () =>
    createFinancing(
      db,
      yujiangActor,
      { payableIds: [ids.get("YA-DD-2611-003") ?? ""], amount: "300000.00", bankOrgId: bankOperator.orgId },
      null,
    ),
  );
  await asOf("2026-11-30", () =>
    decideFinancing(
      db,
      bankReviewer,
      declined.id,
      { action: "DECLINE", reason: "订单尚未交货,待开具发票后再申请", version: declined.version },
      null,
    ),
  );
}

import { CHONGQING_TECH_LOAN } from "@chanrong/domain";
import type { Database } from "../db/client";
import { createApplication } from "../modules/applications/applications.service";
import { uploadAttachment } from "../modules/applications/attachments.service";
import { act } from "../modules/applications/workflow.service";
import { appropriate, fundOfProgramme } from "../modules/ledger/funds.service";
import { actorOfUser } from "../platform/actor";
import type { FileStorage } from "../platform/files/storage";
import { insertProgrammeLoan } from "../testing/loan-factory";
import * as demoRepo from "./demo.repository";
import { demoDocumentPdf } from "./demo-documents";
import { loanHistory } from "./loan-histories";

/**
 * 重庆's 技改专项贷 as its users find it: the fund with the year's appropriation, a loan settled in 2025
 * and one running, and 重庆渝江精密机械's applications waiting at each step of the review chain — a
 * draft, one at the 经济信息委, one with the bank and the guarantor. The running applications go
 * through the workflow's own services, so their history and clocks are what a user would leave.
 */
export async function seedChongqingDemo(db: Database, storage: FileStorage): Promise<void> {
  const orgs = await demoRepo.listOrganisations(db);
  const orgId = (name: string) => orgs.find((org) => org.name === name)?.id ?? "";
  const bank = orgId("中国建设银行重庆市分行");
  const guarantor = orgId("重庆市融资担保有限公司");
  const yujiang = orgs.find((org) => org.name === "重庆渝江精密机械有限公司")?.enterpriseId;
  const [client] = await demoRepo.listBankClients(db, bank, yujiang ?? "");
  if (!bank || !guarantor || !yujiang || !client) return;

  const fund = await fundOfProgramme(db, CHONGQING_TECH_LOAN.code);
  await appropriate(
    db,
    await actorOfUser(db, "cqczj.operator"),
    fund.id,
    {
      amount: "20000000.00",
      date: "2026-02-10",
      memo: "2026年度技改专项贷贴息资金预算",
      idempotencyKey: "demo-chongqing-appropriation-2026",
    },
    null,
  );

  const loan = { bankOrgId: bank, guarantorOrgId: guarantor, programmeCode: CHONGQING_TECH_LOAN.code };
  // Repaid in 2025 at 3.80%: its subsidy is applied for from 2026-04-01.
  await insertProgrammeLoan(db, {
    ...loan,
    enterpriseId: client,
    amountFen: 400_000_000n,
    loanAnnualRate: "0.0380",
    status: "SETTLED",
    events: loanHistory("2024-09-20", 400_000_000n, [
      ["2025-03-20", 0n, 7_642_222n],
      ["2025-09-20", 400_000_000n, 7_768_889n],
    ]),
  });
  // Running: disbursed in March, interest paid quarterly since.
  await insertProgrammeLoan(db, {
    ...loan,
    enterpriseId: yujiang,
    amountFen: 600_000_000n,
    loanAnnualRate: "0.0365",
    termMonths: 24,
    events: loanHistory("2026-03-18", 600_000_000n, [
      ["2026-06-18", 0n, 5_596_667n],
      ["2026-09-18", 0n, 5_596_667n],
    ]),
  });

  await applicationsInReview(db, storage, bank, guarantor);
}

const FORM = {
  address: "重庆市沙坪坝区西永大道 28 号",
  legalRepresentative: "周明远",
  phone: "023-65001234",
  contactName: "刘思琪",
  contactPhone: "13983001234",
  mainBusiness: "汽车变速器壳体、发动机缸体精密加工",
  productsAndPartners:
    "主要产品为变速器壳体、缸体;下游为长安汽车、赛力斯等整车企业;2025 年营业收入 1.8 亿元。",
};

/** A draft, one waiting for the bureau's recommendation, one with the bank and the guarantor. */
async function applicationsInReview(
  db: Database,
  storage: FileStorage,
  bankOrgId: string,
  guarantorOrgId: string,
) {
  const enterprise = await actorOfUser(db, "cqenterprise.operator");
  const bureau = await actorOfUser(db, "cqjxw.reviewer");
  const draft = (amount: string, loanUse: string, termMonths: number) =>
    createApplication(
      db,
      enterprise,
      {
        programmeCode: CHONGQING_TECH_LOAN.code,
        bankOrgId,
        guarantorOrgId,
        amount,
        termMonths,
        loanUse,
        supplyChainCategory: null,
        form: FORM,
      },
      null,
    );
  // The programme asks for the project's filing before an application leaves the enterprise.
  const submit = async (application: { id: string; version: number }, project: string) => {
    const content = await demoDocumentPdf("技术改造项目备案证明", [
      ["项目名称", project],
      ["项目单位", "重庆渝江精密机械有限公司"],
      ["备案机关", "重庆市沙坪坝区经济和信息化委员会"],
    ]);
    const file = { filename: "技术改造项目备案证明.pdf", content, kind: "TECH_PROJECT_FILING" } as const;
    await uploadAttachment(db, storage, enterprise, application.id, file, null);
    return act(db, enterprise, application.id, { action: "submit", version: application.version }, null);
  };
  await draft("2000000.00", "EQUIPMENT_UPGRADE", 12);
  await submit(await draft("5000000.00", "TECH_RENOVATION", 36), "变速器壳体智能化产线技术改造项目");
  const recommended = await draft("3000000.00", "TECH_RENOVATION", 24);
  const inReview = await submit(recommended, "缸体精密加工数控化改造项目");
  await act(
    db,
    bureau,
    recommended.id,
    {
      action: "recommend",
      version: inReview.version,
      opinion: "技改项目已备案,符合技改专项贷支持方向,同意推荐",
    },
    null,
  );
}

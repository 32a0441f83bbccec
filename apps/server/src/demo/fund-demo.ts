import {
  feeSubsidyOfGuarantee,
  type InterestSubsidyVoucherKind,
  parseRate,
  SHIYAN_CHANLIAN_LOAN,
} from "@chanrong/domain";
import type { Database } from "../db/client";
import { uploadAttachment } from "../modules/applications/attachments.service";
import { positionsOf } from "../modules/applications/loan-positions.service";
import { claim } from "../modules/default-cases/default-cases.service";
import { recordFeeReceipt } from "../modules/fee-subsidy/fee-subsidy.service";
import { startClaimPayment } from "../modules/interest-subsidy/claims.service";
import { appropriate, fundOfProgramme } from "../modules/ledger/funds.service";
import { actOnPayment } from "../modules/payments/payments.service";
import { actorOfUser } from "../platform/actor";
import { asOf, today } from "../platform/clock";
import type { FileStorage } from "../platform/files/storage";
import { insertProgrammeLoan, type LoanEventSpec } from "../testing/loan-factory";
import * as demoRepo from "./demo.repository";
import { demoDocumentPdf } from "./demo-documents";
import { loanHistory } from "./loan-histories";

/**
 * The special fund's story for a newcomer clicking through on 2026-11-22, through the real services
 * wherever they allow it: the year's appropriation, loans settled in 2025 (window Q2 2026, one claim
 * in review) and in 2026 (window from 2027-04-01). Each step is one small function below.
 */
export async function seedFundDemo(db: Database, storage: FileStorage): Promise<void> {
  const cast = await demoCast(db);
  await appropriation2026(db, cast);
  const claimed = await loanSettledIn2025(db, cast);
  await loansSettledIn2026(db, cast);
  const lowFeeLoan = await overdueLoans(db, cast);
  await guaranteeFeesCharged(db, cast, lowFeeLoan);
  await claimInReview(db, storage, claimed);
}

interface Cast {
  fundId: string;
  icbc: string;
  hbbank: string;
  danbao: string;
  /** 十堰精工汽车零部件有限公司, whose users are `enterprise.*`. */
  jinggong: string;
  /** Other Shiyan enterprises banking with each demo bank. */
  icbcClients: string[];
  hbbankClients: string[];
}

async function demoCast(db: Database): Promise<Cast> {
  const fund = await fundOfProgramme(db, SHIYAN_CHANLIAN_LOAN.code);
  const orgs = await demoRepo.listOrganisations(db);
  const orgId = (name: string) => orgs.find((org) => org.name === name)?.id ?? "";
  const jinggong = orgs.find((org) => org.type === "ENTERPRISE" && org.enterpriseId)?.enterpriseId ?? "";
  const clientsOf = (bankOrgId: string) => demoRepo.listBankClients(db, bankOrgId, jinggong);
  const icbc = orgId("中国工商银行十堰分行");
  const hbbank = orgId("湖北银行十堰分行");
  return {
    fundId: fund.id,
    icbc,
    hbbank,
    danbao: orgId("十堰融资担保集团有限公司"),
    jinggong,
    icbcClients: await clientsOf(icbc),
    hbbankClients: await clientsOf(hbbank),
  };
}

/** Seed 002 art. 12: the finance bureau's 2026 appropriation, once whatever happens (a fixed key). */
async function appropriation2026(db: Database, cast: Cast): Promise<void> {
  await appropriate(
    db,
    await actorOfUser(db, "czj.operator"),
    cast.fundId,
    {
      amount: "10000000.00",
      date: "2026-01-15",
      memo: "2026年度强链补链专项资金预算",
      idempotencyKey: "demo-appropriation-2026",
    },
    null,
  );
}

async function insertSettled(
  db: Database,
  cast: Cast,
  enterpriseId: string | undefined,
  bankOrgId: string,
  events: LoanEventSpec[],
): Promise<string | null> {
  const [disbursement] = events;
  if (!enterpriseId || !disbursement) return null;
  return insertProgrammeLoan(db, {
    enterpriseId,
    bankOrgId,
    guarantorOrgId: cast.danbao,
    amountFen: disbursement.amountFen,
    events,
    status: "SETTLED",
  });
}

/** 3,000,000.00 from 2024-06-18 to 2025-06-18: 60,833.33 of subsidy, applied for in Q2 2026. */
async function loanSettledIn2025(db: Database, cast: Cast): Promise<string | null> {
  const events = loanHistory("2024-06-18", 300_000_000n, [
    ["2024-12-18", 0n, 5_261_250n],
    ["2025-06-18", 300_000_000n, 5_232_500n],
  ]);
  return insertSettled(db, cast, cast.jinggong, cast.icbc, events);
}

/** Window 2027-04-01..06-30: the seed's own loan (81,277.78), two more, and one that was overdue. */
async function loansSettledIn2026(db: Database, cast: Cast): Promise<void> {
  const seedLoan = loanHistory("2025-03-10", 500_000_000n, [
    ["2025-09-10", 200_000_000n, 8_816_667n],
    ["2026-03-10", 300_000_000n, 5_203_750n],
  ]);
  await insertSettled(db, cast, cast.jinggong, cast.icbc, seedLoan);
  const twoInstalments = loanHistory("2025-08-01", 800_000_000n, [
    ["2026-02-01", 400_000_000n, 14_106_667n],
    ["2026-08-01", 400_000_000n, 6_938_333n],
  ]);
  await insertSettled(db, cast, cast.hbbankClients[0], cast.hbbank, twoInstalments);
  const oneYear = loanHistory("2025-10-15", 150_000_000n, [
    ["2026-04-15", 0n, 2_616_250n],
    ["2026-10-15", 150_000_000n, 2_630_625n],
  ]);
  await insertSettled(db, cast, cast.hbbankClients[1], cast.hbbank, oneYear);
  // Repaid two weeks late: 按期结息 failed, so the list shows it with no subsidy (seed 002 art. 14).
  const late = loanHistory("2025-05-20", 200_000_000n, [
    ["2025-11-20", 0n, 3_526_667n],
    ["2026-06-05", 200_000_000n, 3_775_833n],
  ]);
  late.splice(2, 0, { type: "OVERDUE", date: "2026-05-21", amountFen: 200_000_000n });
  late.push({ type: "OVERDUE_CLEARED", date: "2026-06-05", amountFen: 200_000_000n });
  await insertSettled(db, cast, cast.icbcClients[0], cast.icbc, late);
}

/**
 * 十堰精工 applied on 2026-05-12 with its 贴息表 and vouchers; the guarantor computed it and sent it to
 * the bureaus, where it waits. The claim is written as filed that day (the service files only today).
 */
async function claimInReview(
  db: Database,
  storage: FileStorage,
  applicationId: string | null,
): Promise<void> {
  if (!applicationId) return;
  const enterprise = await actorOfUser(db, "enterprise.operator");
  const account = "中国工商银行十堰分行 4203000000000001";
  const vouchers: [InterestSubsidyVoucherKind, string, [string, string][]][] = [
    [
      "LOAN_VOUCHER",
      "借款凭证",
      [
        ["借款金额", "3,000,000.00 元"],
        ["放款日期", "2024-06-18"],
        ["收款账户", account],
      ],
    ],
    [
      "INTEREST_VOUCHER",
      "结息凭证",
      [
        ["结息日期", "2024-12-18；2025-06-18"],
        ["利息合计", "104,937.50 元"],
      ],
    ],
    [
      "REPAYMENT_VOUCHER",
      "还款凭证",
      [
        ["还款金额", "3,000,000.00 元"],
        ["还款日期", "2025-06-18"],
      ],
    ],
  ];
  for (const [kind, title, rows] of vouchers) {
    const content = await demoDocumentPdf(title, rows);
    await uploadAttachment(
      db,
      storage,
      enterprise,
      applicationId,
      { filename: `${title}.pdf`, content, kind },
      null,
    );
  }
  const claimId = await demoRepo.insertInterestSubsidyClaim(db, {
    applicationId,
    enterpriseId: enterprise.enterpriseId ?? "",
    form: {
      address: "湖北省十堰市张湾区车城西路 18 号",
      legalRepresentative: "陈志强",
      phone: "0719-8123456",
      contactName: "李红",
      contactPhone: "13907191234",
      bankAccount: account,
      businessDevelopment: "2025 年营业收入 2.3 亿元，同比增长 9%；新增东风商用车转向节、轮毂配套两项。",
      enterpriseOpinion: "我公司“产供强链贷”已按期结息、到期结清，特申请贷款贴息。",
    },
    appliedOn: "2026-05-12",
    claimedFen: 6_083_333n,
    status: "SUBMITTED",
    createdBy: enterprise.userId,
  });
  if (!claimId) return;
  const guarantor = await actorOfUser(db, "danbao.reviewer");
  // The guarantor accounted for it and sent it on a week after it was filed, whatever day the demo starts.
  await asOf("2026-05-20", async () => {
    const { paymentId } = await startClaimPayment(db, guarantor, [claimId], null);
    await actOnPayment(
      db,
      guarantor,
      paymentId,
      { action: "submit", version: 1, opinion: "经核算，应贴息60,833.33元，与申请一致，同意报送。" },
      null,
    );
  });
}

/**
 * Seed 002 art. 11(8): two loans whose last instalment was not repaid. 工商银行 has claimed compensation
 * on its one (the seed's loss of 1,000,000.00 under 4321), which waits for the guarantee group;
 * 湖北银行's is still to be claimed on its 代偿申请 page. Returns the 湖北银行 loan.
 */
async function overdueLoans(db: Database, cast: Cast): Promise<string | null> {
  const icbcClient = cast.icbcClients[1];
  const hbbankClient = cast.hbbankClients[2];
  if (!icbcClient || !hbbankClient) return null;
  const unpaid = (events: LoanEventSpec[], overdueOn: string, amountFen: bigint) => [
    ...events,
    { type: "OVERDUE" as const, date: overdueOn, amountFen },
  ];
  const icbcLoan = await insertProgrammeLoan(db, {
    enterpriseId: icbcClient,
    bankOrgId: cast.icbc,
    guarantorOrgId: cast.danbao,
    amountFen: 300_000_000n,
    events: unpaid(
      loanHistory("2025-07-15", 300_000_000n, [
        ["2026-01-15", 200_000_000n, 5_290_000n],
        ["2026-07-15", 0n, 1_734_583n],
      ]),
      "2026-07-16",
      100_000_000n,
    ),
  });
  const bank = await actorOfUser(db, "icbc.operator");
  // Its history says it was claimed on the day it was.
  await asOf("2026-08-20", () =>
    claim(
      db,
      bank,
      {
        applicationId: icbcLoan,
        loss: "1000000.00",
        claimedOn: "2026-08-20",
        reason: "借款人2026-07-15到期未偿还本金1,000,000.00元,经催收无果,申请市担保集团代偿",
      },
      null,
    ),
  );
  return insertProgrammeLoan(db, {
    enterpriseId: hbbankClient,
    bankOrgId: cast.hbbank,
    guarantorOrgId: cast.danbao,
    amountFen: 200_000_000n,
    events: unpaid(
      loanHistory("2025-06-20", 200_000_000n, [
        ["2025-12-20", 120_000_000n, 3_507_500n],
        ["2026-06-20", 0n, 1_395_333n],
      ]),
      "2026-06-21",
      80_000_000n,
    ),
  });
}

/**
 * Seed 002 art. 9: the guarantee group charged its fee once a year on every guarantee — a stepped 1.5%
 * a year of the guaranteed outstanding, above the 1% subsidy — except 0.8% on 湖北银行's overdue loan,
 * whose subsidy the fee then caps. Recorded through the guarantor's own service, dated the first day
 * the guarantee ran in the year, up to today.
 */
async function guaranteeFeesCharged(db: Database, cast: Cast, lowFeeLoan: string | null): Promise<void> {
  const guarantor = await actorOfUser(db, "danbao.operator");
  const loans = await demoRepo.listLoansGuaranteedBy(db, cast.danbao);
  const positions = await positionsOf(db, loans);
  for (const id of loans) {
    const position = positions.get(id);
    const [rate, percent] = id === lowFeeLoan ? ["0.008", "0.8%"] : ["0.015", "1.5%"];
    for (const year of [2024, 2025, 2026]) {
      // The fee at the guarantor's rate is what the subsidy formula gives at that rate, uncapped.
      const fee =
        position &&
        feeSubsidyOfGuarantee({ rate: parseRate(rate), dayCount: "ACT/360" }, year, position, 10n ** 15n);
      const first = fee?.working.periods[0];
      if (!fee || !first || first.from > today()) continue;
      await recordFeeReceipt(
        db,
        guarantor,
        id,
        {
          receivedOn: first.from,
          amount: fee.working.amount,
          feeRate: rate,
          note: `${year}年度担保费(年费率${percent})`,
        },
        null,
      );
    }
  }
}

import {
  addDays,
  bridgeRulesToWire,
  DEFAULT_BRIDGE_LOAN_RULES,
  type OfficialCalendar,
} from "@chanrong/domain";
import type { Database } from "../db/client";
import { configureBridgeFund } from "../modules/bridge-loans/bridge-funds.service";
import {
  decideBridgeLoan,
  requestBridgeLoan,
  uploadLetter,
} from "../modules/bridge-loans/bridge-loans.service";
import { payBridgeLoan, returnBridgeLoan } from "../modules/bridge-loans/bridge-money.service";
import { flagOverdueBridges } from "../modules/bridge-loans/bridge-overdue.service";
import { officialCalendar } from "../modules/calendar/calendar.service";
import { appropriate } from "../modules/ledger/funds.service";
import { type Actor, actorOfUser } from "../platform/actor";
import { asOf, today } from "../platform/clock";
import type { FileStorage } from "../platform/files/storage";
import * as demoRepo from "./demo.repository";
import { demoDocumentPdf } from "./demo-documents";

export const CHONGQING_BRIDGE_FUND_CODE = "CHONGQING-YJZD";

/**
 * 重庆's bridge fund (应急转贷资金, seed 004 §四(二)) as its users find it: 2亿元 appropriated, the
 * default rules, and 重庆渝江精密机械's bridges in each state — one returned with its fee, one overdue
 * (flagged and escalated), one approved awaiting payment and one awaiting the bank's commitment. Dated
 * back from the day seeded, through the services, so histories, postings and the bell are real.
 */
/**
 * The day the bridges are dated back from: today while the official calendar covers its year (a payment
 * counts its days of use on it); else the last day of the latest year covered — a pinned date beyond the
 * calendar still gets its returned and overdue bridges, which are then older.
 */
function storyDay(calendar: OfficialCalendar): string {
  const day = today();
  if (calendar.coveredYears.includes(Number(day.slice(0, 4)))) return day;
  return `${Math.max(...calendar.coveredYears)}-12-31`;
}

export async function seedBridgeLoansDemo(db: Database, storage: FileStorage): Promise<void> {
  const orgs = await demoRepo.listOrganisations(db);
  const orgId = (name: string) => orgs.find((org) => org.name === name)?.id;
  const manager = orgId("重庆市融资担保有限公司");
  const bankOrgId = orgId("中国建设银行重庆市分行");
  if (!manager || !bankOrgId) return;
  const [finance, financeOperator, enterprise, bank, fundManager] = await Promise.all(
    ["cqczj.admin", "cqczj.operator", "cqenterprise.operator", "cqbank.operator", "cqdanbao.reviewer"].map(
      (username) => actorOfUser(db, username),
    ),
  );
  if (!finance || !financeOperator || !enterprise || !bank || !fundManager) return;
  const day = storyDay(await officialCalendar(db));
  const fundId = await demoRepo.insertFund(db, {
    code: CHONGQING_BRIDGE_FUND_CODE,
    name: "重庆市应急转贷资金",
    regionCode: "500000",
    managerOrgId: manager,
    programmeCodes: [],
  });
  await configureBridgeFund(
    db,
    finance,
    fundId,
    { rules: bridgeRulesToWire(DEFAULT_BRIDGE_LOAN_RULES), note: "应急转贷资金管理办法(预置规则)" },
    null,
  );
  await appropriate(
    db,
    financeOperator,
    fundId,
    {
      amount: "200000000.00",
      date: addDays(day, -60),
      memo: "市级应急转贷资金池",
      idempotencyKey: "demo-bridge-appropriation",
    },
    null,
  );

  const letter = await demoDocumentPdf("续贷承诺函", [
    ["贷款银行", "中国建设银行重庆市分行"],
    ["借款企业", "重庆渝江精密机械有限公司"],
    ["承诺事项", "企业以应急转贷资金归还到期贷款后,我行按原条件续贷(演示)"],
  ]);
  const story = new BridgeStory(
    db,
    storage,
    { enterprise, bank, fundManager },
    { fundId, bankOrgId, letter },
  );

  const returned = await story.approved(addDays(day, -40), "JH-2025-0811", "30000000.00");
  await asOf(addDays(day, -36), () =>
    payBridgeLoan(db, fundManager, returned, { idempotencyKey: "demo-bridge-pay-1" }, null),
  );
  await asOf(addDays(day, -29), () =>
    returnBridgeLoan(
      db,
      bank,
      returned,
      {
        renewalDisbursedOn: addDays(day, -30),
        returnedOn: addDays(day, -29),
        idempotencyKey: "demo-bridge-return-1",
      },
      null,
    ),
  );

  const overdue = await story.approved(addDays(day, -35), "JH-2025-0923", "12000000.00");
  await asOf(addDays(day, -32), () =>
    payBridgeLoan(db, fundManager, overdue, { idempotencyKey: "demo-bridge-pay-2" }, null),
  );

  await story.approved(addDays(day, -2), "JH-2025-1105", "8000000.00");
  await story.requested(day, "JH-2025-1201", "5000000.00");
  await flagOverdueBridges(db);
}

/** One request taken as far as its story goes, each step on its day. */
class BridgeStory {
  constructor(
    private readonly db: Database,
    private readonly storage: FileStorage,
    private readonly actors: { enterprise: Actor; bank: Actor; fundManager: Actor },
    private readonly fund: { fundId: string; bankOrgId: string; letter: Buffer },
  ) {}

  requested(day: string, contractNo: string, amount: string) {
    return asOf(day, async () => {
      const loan = await requestBridgeLoan(
        this.db,
        this.actors.enterprise,
        {
          fundId: this.fund.fundId,
          bankOrgId: this.fund.bankOrgId,
          contractNo,
          maturityDate: addDays(day, 5),
          maturingAmount: amount,
          amount,
        },
        null,
      );
      return loan.id;
    });
  }

  async approved(day: string, contractNo: string, amount: string) {
    const id = await this.requested(day, contractNo, amount);
    await asOf(day, async () => {
      const file = { filename: `续贷承诺函-${contractNo}.pdf`, content: this.fund.letter };
      const letter = await uploadLetter(this.db, this.storage, this.actors.bank, file, null);
      await decideBridgeLoan(
        this.db,
        this.actors.bank,
        id,
        {
          action: "commit",
          letterId: letter.id,
          renewalAmount: amount,
          expectedDisbursementOn: addDays(day, 6),
          version: 1,
        },
        null,
      );
      await decideBridgeLoan(
        this.db,
        this.actors.fundManager,
        id,
        { action: "approve", opinion: "续贷承诺齐备,资金池余额充足,同意", version: 2 },
        null,
      );
    });
    return id;
  }
}

import { type ApplicationStatus, holderOf, type LoanEventType, SHIYAN_CHANLIAN_LOAN } from "@chanrong/domain";
import { and, eq } from "drizzle-orm";
import type { Executor } from "../db/client";
import {
  applicationContracts,
  applicationEvents,
  enterprises,
  loanApplications,
  loanEvents,
  programmes,
  users,
} from "../db/schema";
import { buildRecommendationForm } from "./factories";

export interface LoanEventSpec {
  type: LoanEventType;
  date: string;
  amountFen: bigint;
}

export interface ProgrammeLoanSpec {
  enterpriseId: string;
  bankOrgId: string;
  guarantorOrgId: string;
  amountFen: bigint;
  /** The servicing history; the loan's position is derived from it as always. */
  events: readonly LoanEventSpec[];
  status?: ApplicationStatus;
  programmeCode?: string;
  termMonths?: number;
  /** The loan's actual annual rate, recorded with its 借款合同 as the bank would (e.g. "0.0345"). */
  loanAnnualRate?: string;
}

/**
 * A programme loan that has already been through the workflow, written straight into the tables:
 * the demo seed, the fund tests and the benchmark need many settled or overdue loans, and the
 * workflow itself is proven step by step by the application tests. Its history says so; its 推荐表
 * is filled in from the enterprise's registry entry as the applicant would have.
 */
export async function insertProgrammeLoan(db: Executor, spec: ProgrammeLoanSpec): Promise<string> {
  const code = spec.programmeCode ?? SHIYAN_CHANLIAN_LOAN.code;
  const [programme] = await db.select().from(programmes).where(eq(programmes.code, code));
  if (!programme) throw new Error(`programme ${code} is not seeded`);
  const [bankUser] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.orgId, spec.bankOrgId)))
    .limit(1);
  if (!bankUser) throw new Error("the bank has no user to record the loan events");
  const [enterprise] = await db.select().from(enterprises).where(eq(enterprises.id, spec.enterpriseId));
  if (!enterprise) throw new Error(`enterprise ${spec.enterpriseId} does not exist`);
  const status = spec.status ?? "DISBURSED";
  // The ledger and the status tell one story: a loan past 放款 has its disbursement among its events.
  if (
    ["DISBURSED", "SETTLED"].includes(status) &&
    !spec.events.some((event) => event.type === "DISBURSEMENT")
  ) {
    throw new Error(`a ${status} loan needs its DISBURSEMENT event`);
  }
  const state = { status, bankReview: "APPROVED", guarantorReview: "APPROVED" } as const;
  const [application] = await db
    .insert(loanApplications)
    .values({
      programmeId: programme.id,
      programmeVersion: programme.currentVersion,
      enterpriseId: spec.enterpriseId,
      bankOrgId: spec.bankOrgId,
      guarantorOrgId: spec.guarantorOrgId,
      amountFen: spec.amountFen,
      termMonths: spec.termMonths ?? 12,
      loanUse: "WORKING_CAPITAL",
      supplyChainCategory: "VEHICLE_MAKER_SUPPLIER",
      form: buildRecommendationForm(enterprise),
      ...state,
      holders: holderOf(state),
      submittedOn: spec.events[0]?.date ?? null,
    })
    .returning({ id: loanApplications.id });
  if (!application) throw new Error("loan insert returned nothing");
  await db.insert(applicationEvents).values({
    applicationId: application.id,
    action: "imported",
    fromStatus: "DRAFT",
    toStatus: status,
    opinion: "历史贷款导入 (loan imported with its servicing history)",
    actorUserId: bankUser.id,
    actorOrgId: spec.bankOrgId,
    // Seeded history keeps its own dates: the loan came in when it started, not on the day of seeding.
    businessDate: spec.events[0]?.date ?? "2025-01-01",
  });
  if (spec.events.length > 0) {
    await db.insert(loanEvents).values(
      spec.events.map((event) => ({
        applicationId: application.id,
        type: event.type,
        occurredOn: event.date,
        amountFen: event.amountFen,
        recordedBy: bankUser.id,
        recordedByOrg: spec.bankOrgId,
      })),
    );
  }
  // Every contracted loan has its 借款合同 and 委托担保协议: the bank's events and the guarantor's fees
  // are bounded by them.
  const signedOn = spec.events[0]?.date ?? "2025-01-01";
  await db.insert(applicationContracts).values([
    {
      applicationId: application.id,
      kind: "LOAN",
      number: `JK-${application.id.slice(0, 8)}`,
      signedOn,
      amountFen: spec.amountFen,
      parties: ["借款人", "贷款银行"],
      annualRate: spec.loanAnnualRate ?? null,
    },
    {
      applicationId: application.id,
      kind: "ENTRUSTED_GUARANTEE",
      number: `WT-${application.id.slice(0, 8)}`,
      signedOn,
      amountFen: spec.amountFen,
      parties: ["借款人", "担保机构"],
    },
  ]);
  return application.id;
}

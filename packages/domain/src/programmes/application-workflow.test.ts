import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DomainValidationError } from "../errors";
import { issueOf } from "../test-support";
import { stepAfterLoanEvent } from "./application-servicing";
import {
  type ActionPayload,
  type ActionResult,
  APPLICATION_ACTIONS,
  APPLICATION_STATUSES,
  APPLICATION_TRANSITIONS,
  type ApplicationAction,
  type ApplicationState,
  type ApplicationStatus,
  applyAction,
  availableActions,
  DRAFT_CREATED,
  type HistoryEntry,
  holderOf,
  INITIAL_APPLICATION_STATE,
  type ReviewParty,
  runningClocks,
  TERMINAL_STATUSES,
} from "./application-workflow";
import { type LoanEvent, loanPosition } from "./loan-servicing";
import { ORG_TYPES, type OrgType, ROLES, type WorkflowActor } from "./organisations";
import {
  actor,
  bankOperator,
  bankReviewer,
  bureauReviewer,
  enterpriseAdmin,
  enterpriseOperator,
  finalRepayment,
  guarantorReviewer,
  repaidLoan,
  review,
  seedContracts,
  seedDisbursement,
  seedLoan,
  state,
} from "./workflow-test-support";

describe("applyAction — allowed transitions", () => {
  it.each<
    [string, ApplicationState, ApplicationAction, WorkflowActor, ActionPayload, ApplicationState, object]
  >([
    ["submit", state("DRAFT"), "submit", enterpriseOperator, {}, state("SUBMITTED"), { start: [], stop: [] }],
    ["submit by admin", state("DRAFT"), "submit", enterpriseAdmin, {}, state("SUBMITTED"), {}],
    [
      "withdraw a draft",
      state("DRAFT"),
      "withdraw",
      enterpriseOperator,
      {},
      state("WITHDRAWN"),
      { stop: [] },
    ],
    ["withdraw submitted", state("SUBMITTED"), "withdraw", enterpriseAdmin, {}, state("WITHDRAWN"), {}],
    [
      "withdraw under review closes both reviews and stops their clocks",
      review("PENDING", "PENDING"),
      "withdraw",
      enterpriseOperator,
      { reason: "资金需求已解决" },
      state("WITHDRAWN", "CLOSED", "CLOSED"),
      { start: [], stop: ["bank-review", "guarantor-review"] },
    ],
    [
      "withdraw while materials are requested closes both reviews, stops only the running clock",
      review("MATERIALS_REQUESTED", "PENDING"),
      "withdraw",
      enterpriseOperator,
      {},
      state("WITHDRAWN", "CLOSED", "CLOSED"),
      { stop: ["guarantor-review"] },
    ],
    [
      "withdraw after approval, before contracts",
      state("APPROVED", "APPROVED", "APPROVED"),
      "withdraw",
      enterpriseOperator,
      {},
      state("WITHDRAWN", "APPROVED", "APPROVED"),
      { stop: [] },
    ],
    [
      "recommend starts both review clocks",
      state("SUBMITTED"),
      "recommend",
      bureauReviewer,
      { opinion: "符合条件,同意推荐" },
      review("PENDING", "PENDING"),
      { start: ["bank-review", "guarantor-review"], stop: [] },
    ],
    [
      "reject-recommendation",
      state("SUBMITTED"),
      "reject-recommendation",
      bureauReviewer,
      { reason: "不在全市汽车产业重点支持企业名单内" },
      state("REJECTED"),
      { start: [], stop: [] },
    ],
    [
      "bank-approve first",
      review("PENDING", "PENDING"),
      "bank-approve",
      bankReviewer,
      { opinion: "同意贷款500万元" },
      review("APPROVED", "PENDING"),
      { start: [], stop: ["bank-review"] },
    ],
    [
      "bank-approve while the guarantor waits for materials",
      review("PENDING", "MATERIALS_REQUESTED"),
      "bank-approve",
      bankReviewer,
      { opinion: "同意" },
      review("APPROVED", "MATERIALS_REQUESTED"),
      { stop: ["bank-review"] },
    ],
    [
      "bank-approve second → APPROVED",
      review("PENDING", "APPROVED"),
      "bank-approve",
      bankReviewer,
      { opinion: "同意" },
      state("APPROVED", "APPROVED", "APPROVED"),
      { stop: ["bank-review"] },
    ],
    [
      "bank-reject closes the guarantor's pending review and stops its clock too",
      review("PENDING", "PENDING"),
      "bank-reject",
      bankReviewer,
      { reason: "偿债能力不足" },
      state("REJECTED", "REJECTED", "CLOSED"),
      { stop: ["bank-review", "guarantor-review"] },
    ],
    [
      "bank-reject while waiting for materials keeps the guarantor's approval",
      review("MATERIALS_REQUESTED", "APPROVED"),
      "bank-reject",
      bankReviewer,
      { reason: "逾期未补充材料" },
      state("REJECTED", "REJECTED", "APPROVED"),
      { stop: [] },
    ],
    [
      "bank-request-materials stops the bank's clock",
      review("PENDING", "PENDING"),
      "bank-request-materials",
      bankReviewer,
      { opinion: "请补充2024年审计报告" },
      review("MATERIALS_REQUESTED", "PENDING"),
      { start: [], stop: ["bank-review"] },
    ],
    [
      "guarantor-approve second → APPROVED",
      review("APPROVED", "PENDING"),
      "guarantor-approve",
      guarantorReviewer,
      { opinion: "同意担保" },
      state("APPROVED", "APPROVED", "APPROVED"),
      { stop: ["guarantor-review"] },
    ],
    [
      "guarantor-approve first",
      review("MATERIALS_REQUESTED", "PENDING"),
      "guarantor-approve",
      guarantorReviewer,
      { opinion: "同意担保" },
      review("MATERIALS_REQUESTED", "APPROVED"),
      { stop: ["guarantor-review"] },
    ],
    [
      "guarantor-reject while waiting for materials closes the bank's pending review and stops its clock",
      review("PENDING", "MATERIALS_REQUESTED"),
      "guarantor-reject",
      guarantorReviewer,
      { reason: "反担保措施不足" },
      state("REJECTED", "CLOSED", "REJECTED"),
      { stop: ["bank-review"] },
    ],
    [
      "guarantor-reject closes the bank's review waiting for materials (no clock runs there)",
      review("MATERIALS_REQUESTED", "PENDING"),
      "guarantor-reject",
      guarantorReviewer,
      { reason: "企业在负面清单内" },
      state("REJECTED", "CLOSED", "REJECTED"),
      { stop: ["guarantor-review"] },
    ],
    [
      "guarantor-request-materials",
      review("APPROVED", "PENDING"),
      "guarantor-request-materials",
      guarantorReviewer,
      { opinion: "请补充不动产权证" },
      review("APPROVED", "MATERIALS_REQUESTED"),
      { stop: ["guarantor-review"] },
    ],
    [
      "provide-materials to the bank restarts its clock",
      review("MATERIALS_REQUESTED", "PENDING"),
      "provide-materials",
      enterpriseOperator,
      { target: "bank" },
      review("PENDING", "PENDING"),
      { start: ["bank-review"], stop: [] },
    ],
    [
      "provide-materials to the guarantor restarts its clock",
      review("MATERIALS_REQUESTED", "MATERIALS_REQUESTED"),
      "provide-materials",
      enterpriseAdmin,
      { target: "guarantor" },
      review("MATERIALS_REQUESTED", "PENDING"),
      { start: ["guarantor-review"] },
    ],
    [
      "record-contracts starts the disbursement clock",
      state("APPROVED", "APPROVED", "APPROVED"),
      "record-contracts",
      bankOperator,
      { contracts: seedContracts },
      state("CONTRACTED", "APPROVED", "APPROVED"),
      { start: ["disbursement"], stop: [] },
    ],
    [
      "record-contracts by a bank reviewer",
      state("APPROVED", "APPROVED", "APPROVED"),
      "record-contracts",
      bankReviewer,
      { contracts: seedContracts },
      state("CONTRACTED", "APPROVED", "APPROVED"),
      {},
    ],
    [
      "disburse stops the disbursement clock",
      state("CONTRACTED", "APPROVED", "APPROVED"),
      "disburse",
      bankOperator,
      { disbursement: seedDisbursement },
      state("DISBURSED", "APPROVED", "APPROVED"),
      { start: [], stop: ["disbursement"] },
    ],
  ])("%s", (_name, from, action, who, payload, expected, clocks) => {
    const result = applyAction(from, action, who, payload);
    expect(result.state).toEqual(expected);
    expect(result.clocks).toMatchObject(clocks);
    expect(result.historyEntry).toMatchObject({ action, fromStatus: from.status, toStatus: expected.status });
  });
});

describe("applyAction — refused", () => {
  it.each<[string, ApplicationState, ApplicationAction, WorkflowActor, ActionPayload, string, string[]]>([
    [
      "submit twice",
      state("SUBMITTED"),
      "submit",
      enterpriseOperator,
      {},
      "action-not-allowed-in-state",
      ["SUBMITTED"],
    ],
    [
      "submit by a bank",
      state("DRAFT"),
      "submit",
      bankOperator,
      {},
      "role-not-allowed",
      ["ENTERPRISE", "企业"],
    ],
    [
      "submit by an enterprise reviewer",
      state("DRAFT"),
      "submit",
      actor("ENTERPRISE", "reviewer"),
      {},
      "role-not-allowed",
      ["operator/admin"],
    ],
    [
      "withdraw after contracts",
      state("CONTRACTED", "APPROVED", "APPROVED"),
      "withdraw",
      enterpriseOperator,
      {},
      "action-not-allowed-in-state",
      ["CONTRACTED", "已签订合同"],
    ],
    [
      "withdraw by the bureau",
      state("SUBMITTED"),
      "withdraw",
      bureauReviewer,
      {},
      "role-not-allowed",
      ["ENTERPRISE"],
    ],
    [
      "recommend by a bureau operator",
      state("SUBMITTED"),
      "recommend",
      actor("INDUSTRY_BUREAU", "operator", "admin"),
      { opinion: "同意" },
      "role-not-allowed",
      ["INDUSTRY_BUREAU reviewer", "经信部门的审批人"],
    ],
    [
      "recommend without opinion",
      state("SUBMITTED"),
      "recommend",
      bureauReviewer,
      {},
      "opinion-required",
      [],
    ],
    [
      "recommend with a blank opinion",
      state("SUBMITTED"),
      "recommend",
      bureauReviewer,
      { opinion: "  " },
      "opinion-required",
      [],
    ],
    [
      "recommend a draft",
      state("DRAFT"),
      "recommend",
      bureauReviewer,
      { opinion: "同意" },
      "action-not-allowed-in-state",
      ["DRAFT"],
    ],
    [
      "reject-recommendation without reason",
      state("SUBMITTED"),
      "reject-recommendation",
      bureauReviewer,
      { opinion: "不同意" },
      "reason-required",
      ["理由"],
    ],
    [
      "bank-approve by the guarantor",
      review("PENDING", "PENDING"),
      "bank-approve",
      guarantorReviewer,
      { opinion: "同意" },
      "role-not-allowed",
      ["BANK reviewer"],
    ],
    [
      "bank-approve by a bank operator",
      review("PENDING", "PENDING"),
      "bank-approve",
      bankOperator,
      { opinion: "同意" },
      "role-not-allowed",
      ["BANK reviewer"],
    ],
    [
      "bank-approve twice",
      review("APPROVED", "PENDING"),
      "bank-approve",
      bankReviewer,
      { opinion: "同意" },
      "action-not-allowed-in-state",
      ["bank review is APPROVED"],
    ],
    [
      "bank-approve while waiting for materials",
      review("MATERIALS_REQUESTED", "PENDING"),
      "bank-approve",
      bankReviewer,
      { opinion: "同意" },
      "action-not-allowed-in-state",
      ["MATERIALS_REQUESTED", "待企业补充材料"],
    ],
    [
      "bank-approve without opinion",
      review("PENDING", "PENDING"),
      "bank-approve",
      bankReviewer,
      {},
      "opinion-required",
      [],
    ],
    [
      "bank-approve before the recommendation",
      state("SUBMITTED"),
      "bank-approve",
      bankReviewer,
      { opinion: "同意" },
      "action-not-allowed-in-state",
      ["SUBMITTED"],
    ],
    [
      "bank-reject without reason",
      review("PENDING", "PENDING"),
      "bank-reject",
      bankReviewer,
      { opinion: "不同意" },
      "reason-required",
      [],
    ],
    [
      "bank-reject after approving",
      review("APPROVED", "PENDING"),
      "bank-reject",
      bankReviewer,
      { reason: "改变主意" },
      "action-not-allowed-in-state",
      ["APPROVED"],
    ],
    [
      "bank-request-materials twice",
      review("MATERIALS_REQUESTED", "PENDING"),
      "bank-request-materials",
      bankReviewer,
      { opinion: "再补充" },
      "action-not-allowed-in-state",
      ["MATERIALS_REQUESTED"],
    ],
    [
      "bank-request-materials without saying which",
      review("PENDING", "PENDING"),
      "bank-request-materials",
      bankReviewer,
      {},
      "opinion-required",
      [],
    ],
    [
      "guarantor-approve by a bank",
      review("APPROVED", "PENDING"),
      "guarantor-approve",
      bankReviewer,
      { opinion: "同意" },
      "role-not-allowed",
      ["GUARANTOR reviewer", "担保机构的审批人"],
    ],
    [
      "guarantor-reject without reason",
      review("APPROVED", "PENDING"),
      "guarantor-reject",
      guarantorReviewer,
      { reason: "" },
      "reason-required",
      [],
    ],
    [
      "guarantor-request-materials after rejecting",
      state("REJECTED", "CLOSED", "REJECTED"),
      "guarantor-request-materials",
      guarantorReviewer,
      { opinion: "补充" },
      "action-not-allowed-in-state",
      ["REJECTED"],
    ],
    [
      "provide-materials without target",
      review("MATERIALS_REQUESTED", "PENDING"),
      "provide-materials",
      enterpriseOperator,
      {},
      "target-required",
      [],
    ],
    [
      "provide-materials to a reviewer who asked for none",
      review("MATERIALS_REQUESTED", "PENDING"),
      "provide-materials",
      enterpriseOperator,
      { target: "guarantor" },
      "action-not-allowed-in-state",
      ["guarantor review is PENDING"],
    ],
    [
      "provide-materials by the bank",
      review("MATERIALS_REQUESTED", "PENDING"),
      "provide-materials",
      bankOperator,
      { target: "bank" },
      "role-not-allowed",
      ["ENTERPRISE"],
    ],
    [
      "record-contracts with two of the four",
      state("APPROVED", "APPROVED", "APPROVED"),
      "record-contracts",
      bankOperator,
      { contracts: seedContracts.filter((c) => c.kind === "LOAN" || c.kind === "COUNTER_GUARANTEE") },
      "contracts-incomplete",
      ["委托担保协议", "保证合同", "ENTRUSTED_GUARANTEE", "SURETY"],
    ],
    [
      "record-contracts with none",
      state("APPROVED", "APPROVED", "APPROVED"),
      "record-contracts",
      bankOperator,
      {},
      "contracts-incomplete",
      ["借款合同", "委托担保协议", "反担保合同", "保证合同"],
    ],
    [
      "record-contracts under review",
      review("APPROVED", "PENDING"),
      "record-contracts",
      bankOperator,
      { contracts: seedContracts },
      "action-not-allowed-in-state",
      ["UNDER_REVIEW"],
    ],
    [
      "record-contracts by the guarantor",
      state("APPROVED", "APPROVED", "APPROVED"),
      "record-contracts",
      actor("GUARANTOR", "operator"),
      { contracts: seedContracts },
      "role-not-allowed",
      ["BANK operator/reviewer"],
    ],
    [
      "disburse before contracts",
      state("APPROVED", "APPROVED", "APPROVED"),
      "disburse",
      bankOperator,
      {},
      "action-not-allowed-in-state",
      ["APPROVED"],
    ],
    [
      "disburse by a bank reviewer",
      state("CONTRACTED", "APPROVED", "APPROVED"),
      "disburse",
      bankReviewer,
      { disbursement: seedDisbursement },
      "role-not-allowed",
      ["BANK operator"],
    ],
    [
      "disburse without saying what was disbursed",
      state("CONTRACTED", "APPROVED", "APPROVED"),
      "disburse",
      bankOperator,
      {},
      "disbursement-required",
      ["放款日期和金额"],
    ],
    [
      "guarantor-approve after the bank rejected",
      state("REJECTED", "REJECTED", "CLOSED"),
      "guarantor-approve",
      guarantorReviewer,
      { opinion: "同意" },
      "action-not-allowed-in-state",
      ["REJECTED", "未通过"],
    ],
  ])("%s", (_name, from, action, who, payload, rule, mentions) => {
    const issue = issueOf(() => applyAction(from, action, who, payload));
    expect(issue.rule).toBe(rule);
    for (const mention of mentions) expect(`${issue.message.zh} ${issue.message.en}`).toContain(mention);
  });

  it.each(TERMINAL_STATUSES)("allows nothing after %s, to anyone", (status) => {
    const terminal = state(status, "APPROVED", "REJECTED");
    for (const action of APPLICATION_ACTIONS) {
      expect(issueOf(() => applyAction(terminal, action, enterpriseOperator)).rule).toBe(
        "action-not-allowed-in-state",
      );
    }
    for (const orgType of ORG_TYPES) {
      expect(availableActions(terminal, { orgType, roles: ROLES })).toEqual([]);
    }
    expect(holderOf(terminal)).toEqual([]);
  });
});

describe("the transition table", () => {
  it("has a row for every action and only reachable review conditions", () => {
    expect(new Set(APPLICATION_TRANSITIONS.map((t) => t.action))).toEqual(new Set(APPLICATION_ACTIONS));
  });

  it("requires a reason for every rejection and an opinion for every approval and recommendation", () => {
    for (const t of APPLICATION_TRANSITIONS) {
      if (t.to.status === "REJECTED") expect(t.requires).toContain("reason");
      if (/approve|recommend$/.test(t.action)) expect(t.requires).toContain("opinion");
    }
  });

  it("never starts a clock it stops", () => {
    for (const t of APPLICATION_TRANSITIONS) {
      expect(t.clocks.start.filter((clock) => t.clocks.stop.includes(clock))).toEqual([]);
    }
  });
});

describe("the seed's paths (seed 002 art. 11)", () => {
  it("happy path: apply, recommend, parallel reviews with a materials request, contracts, disbursement, repayment", () => {
    let current = INITIAL_APPLICATION_STATE;
    const history: HistoryEntry[] = [DRAFT_CREATED];
    const holders: OrgType[][] = [];
    const clocks: string[] = [];
    const record = (result: ActionResult) => {
      current = result.state;
      history.push(result.historyEntry);
      holders.push(holderOf(current));
      clocks.push(
        [...result.clocks.start.map((c) => `+${c}`), ...result.clocks.stop.map((c) => `-${c}`)].join(" "),
      );
    };
    const step = (action: ApplicationAction, who: WorkflowActor, payload: ActionPayload = {}) =>
      record(applyAction(current, action, who, payload));
    expect(holderOf(current)).toEqual(["ENTERPRISE"]);
    step("submit", enterpriseOperator);
    step("recommend", bureauReviewer, { opinion: "该企业为东风商用车一级配套企业,同意推荐" });
    step("bank-request-materials", bankReviewer, { opinion: "请补充2024年度审计报告" });
    step("guarantor-approve", guarantorReviewer, { opinion: "同意提供担保,反担保方式为应收账款质押" });
    step("provide-materials", enterpriseOperator, { target: "bank" });
    step("bank-approve", bankReviewer, { opinion: "同意授信500万元,期限3年" });
    step("record-contracts", bankOperator, { contracts: seedContracts });
    step("disburse", bankOperator, { disbursement: seedDisbursement });
    // Nobody settles: the last repayment does.
    expect(stepAfterLoanEvent(current, loanPosition(seedLoan), seedLoan[1] as LoanEvent)).toBeNull();
    record(stepAfterLoanEvent(current, repaidLoan, finalRepayment) as ActionResult);

    expect(current).toEqual(state("SETTLED", "APPROVED", "APPROVED"));
    expect(history.map((h) => `${h.fromStatus} -${h.action}-> ${h.toStatus}`)).toEqual([
      "DRAFT -create-> DRAFT",
      "DRAFT -submit-> SUBMITTED",
      "SUBMITTED -recommend-> UNDER_REVIEW",
      "UNDER_REVIEW -bank-request-materials-> UNDER_REVIEW",
      "UNDER_REVIEW -guarantor-approve-> UNDER_REVIEW",
      "UNDER_REVIEW -provide-materials-> UNDER_REVIEW",
      "UNDER_REVIEW -bank-approve-> APPROVED",
      "APPROVED -record-contracts-> CONTRACTED",
      "CONTRACTED -disburse-> DISBURSED",
      "DISBURSED -loan-repaid-> SETTLED",
    ]);
    expect(history[2]).toEqual({
      action: "recommend",
      fromStatus: "SUBMITTED",
      toStatus: "UNDER_REVIEW",
      opinion: "该企业为东风商用车一级配套企业,同意推荐",
    });
    expect(holders).toEqual([
      ["INDUSTRY_BUREAU"],
      ["BANK", "GUARANTOR"],
      ["ENTERPRISE", "GUARANTOR"],
      ["ENTERPRISE"],
      ["BANK"],
      ["BANK"],
      ["BANK"],
      ["BANK"],
      [],
    ]);
    expect(clocks).toEqual([
      "",
      "+bank-review +guarantor-review",
      "-bank-review",
      "-guarantor-review",
      "+bank-review",
      "-bank-review",
      "+disbursement",
      "-disbursement",
      "",
    ]);
  });

  it("rejection path: the guarantor rejects after the bank approved; the reason is recorded", () => {
    let current = applyAction(INITIAL_APPLICATION_STATE, "submit", enterpriseOperator).state;
    current = applyAction(current, "recommend", bureauReviewer, { opinion: "同意推荐" }).state;
    current = applyAction(current, "bank-approve", bankReviewer, { opinion: "同意" }).state;
    const result = applyAction(current, "guarantor-reject", guarantorReviewer, {
      reason: "  企业在省再担保集团负面清单内  ",
      opinion: "不予担保",
    });
    expect(result.state).toEqual(state("REJECTED", "APPROVED", "REJECTED"));
    expect(result.clocks).toEqual({ start: [], stop: ["guarantor-review"] });
    expect(result.historyEntry).toEqual({
      action: "guarantor-reject",
      fromStatus: "UNDER_REVIEW",
      toStatus: "REJECTED",
      opinion: "不予担保",
      reason: "企业在省再担保集团负面清单内",
    });
    expect(holderOf(result.state)).toEqual([]);
    expect(availableActions(result.state, enterpriseOperator)).toEqual([]);
  });

  it("rejection path: the bank rejects while the guarantor still reviews; that review is closed, not left pending", () => {
    const result = applyAction(review("PENDING", "PENDING"), "bank-reject", bankReviewer, {
      reason: "偿债能力不足",
    });
    expect(result.state).toEqual(state("REJECTED", "REJECTED", "CLOSED"));
    expect(result.clocks.stop).toEqual(["bank-review", "guarantor-review"]);
    expect(runningClocks(result.state)).toEqual([]);
    expect(availableActions(result.state, guarantorReviewer)).toEqual([]);
  });
});

describe("holderOf", () => {
  it.each<[ApplicationState, OrgType[]]>([
    [state("DRAFT"), ["ENTERPRISE"]],
    [state("SUBMITTED"), ["INDUSTRY_BUREAU"]],
    [review("PENDING", "PENDING"), ["BANK", "GUARANTOR"]],
    [review("PENDING", "APPROVED"), ["BANK"]],
    [review("APPROVED", "PENDING"), ["GUARANTOR"]],
    [review("MATERIALS_REQUESTED", "APPROVED"), ["ENTERPRISE"]],
    [review("MATERIALS_REQUESTED", "MATERIALS_REQUESTED"), ["ENTERPRISE"]],
    [review("PENDING", "MATERIALS_REQUESTED"), ["ENTERPRISE", "BANK"]],
    [state("APPROVED", "APPROVED", "APPROVED"), ["BANK"]],
    [state("CONTRACTED", "APPROVED", "APPROVED"), ["BANK"]],
    [state("DISBURSED", "APPROVED", "APPROVED"), ["BANK"]],
  ])("%o → %o", (given, expected) => {
    expect(holderOf(given)).toEqual(expected);
  });
});

describe("availableActions", () => {
  it.each<[ApplicationState, WorkflowActor, ApplicationAction[]]>([
    [state("DRAFT"), enterpriseOperator, ["submit", "withdraw"]],
    [state("DRAFT"), actor("ENTERPRISE", "reviewer"), []],
    [state("SUBMITTED"), bureauReviewer, ["recommend", "reject-recommendation"]],
    [state("SUBMITTED"), enterpriseOperator, ["withdraw"]],
    [review("PENDING", "PENDING"), bankReviewer, ["bank-approve", "bank-reject", "bank-request-materials"]],
    [
      review("PENDING", "PENDING"),
      guarantorReviewer,
      ["guarantor-approve", "guarantor-reject", "guarantor-request-materials"],
    ],
    [review("MATERIALS_REQUESTED", "PENDING"), bankReviewer, ["bank-reject"]],
    [review("MATERIALS_REQUESTED", "PENDING"), enterpriseOperator, ["withdraw", "provide-materials"]],
    [state("APPROVED", "APPROVED", "APPROVED"), bankReviewer, ["record-contracts"]],
    [state("APPROVED", "APPROVED", "APPROVED"), enterpriseOperator, ["withdraw"]],
    [state("CONTRACTED", "APPROVED", "APPROVED"), bankOperator, ["disburse"]],
    [
      state("CONTRACTED", "APPROVED", "APPROVED"),
      actor("PLATFORM_ADMIN", "admin", "operator", "reviewer"),
      [],
    ],
  ])("%o for %o → %o", (given, who, expected) => {
    expect(availableActions(given, who)).toEqual(expected);
  });
});

describe("properties", () => {
  const plausibleActors = [
    enterpriseOperator,
    enterpriseAdmin,
    bureauReviewer,
    bankReviewer,
    bankOperator,
    guarantorReviewer,
  ];
  const actorArbitrary = fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...plausibleActors) },
    {
      weight: 1,
      arbitrary: fc.record({ orgType: fc.constantFrom(...ORG_TYPES), roles: fc.subarray([...ROLES]) }),
    },
  );
  const text = fc.constantFrom(undefined, "", "   ", "同意", "同意推荐", "符合条件", "理由见附件");
  const payloadArbitrary: fc.Arbitrary<ActionPayload> = fc.record({
    opinion: text,
    reason: text,
    target: fc.constantFrom(undefined, "bank" as const, "guarantor" as const),
    contracts: fc.constantFrom(
      undefined,
      [],
      seedContracts.slice(1),
      seedContracts,
      seedContracts,
      seedContracts,
    ),
    disbursement: fc.constantFrom(undefined, seedDisbursement, seedDisbursement),
  });
  interface Step {
    action: ApplicationAction;
    actor: WorkflowActor;
    payload: ActionPayload;
  }
  /**
   * "forward" and "any" steps pick, by `pick`, an action a plausible actor could take now ("forward" leaves
   * out withdrawals and rejections) so that sequences get past the first statuses; "random" steps use the
   * drawn action and actor. The payload is random in every case, so any step may still be refused.
   * "repaid" steps report the loan repaid in full, as the bank's last repayment does, in any status.
   */
  const stepsArbitrary = fc.array(
    fc.record({
      mode: fc.constantFrom("forward", "forward", "forward", "any", "random", "repaid"),
      pick: fc.nat(),
      action: fc.constantFrom(...APPLICATION_ACTIONS),
      actor: actorArbitrary,
      payload: payloadArbitrary,
    }),
    { maxLength: 40, size: "max" },
  );
  type Drawn = Step & { mode: string; pick: number };
  function chooseStep(current: ApplicationState, step: Drawn): Step {
    const candidates = plausibleActors.flatMap((who) =>
      availableActions(current, who)
        .filter((action) => step.mode === "any" || !/withdraw|reject/.test(action))
        .map((action) => ({ action, actor: who })),
    );
    const chosen =
      step.mode === "random" ? undefined : candidates[step.pick % Math.max(candidates.length, 1)];
    return { ...(chosen ?? { action: step.action, actor: step.actor }), payload: step.payload };
  }
  /** The result of a drawn step, and the action taken unless the step was a repayment; throws if refused. */
  function take(current: ApplicationState, drawn: Drawn): { result: ActionResult; taken?: Step } {
    if (drawn.mode === "repaid") {
      const result = stepAfterLoanEvent(current, repaidLoan, finalRepayment);
      if (!result) throw new Error("a loan repaid in full always settles");
      return { result };
    }
    const taken = chooseStep(current, drawn);
    return { result: applyAction(current, taken.action, taken.actor, taken.payload), taken };
  }
  const knownRules = [
    "action-not-allowed-in-state",
    "role-not-allowed",
    "reason-required",
    "opinion-required",
    "target-required",
    "contracts-incomplete",
    "duplicate-contract",
    "disbursement-required",
  ];

  /** Independent of the table: what must hold of any state an application can be in. */
  function expectValid(current: ApplicationState, history: readonly HistoryEntry[]): void {
    const { status, bankReview, guarantorReview } = current;
    const reviews = [bankReview, guarantorReview];
    if (status === "DRAFT" || status === "SUBMITTED") expect(reviews).toEqual(["NOT_STARTED", "NOT_STARTED"]);
    if (status === "UNDER_REVIEW") {
      expect(reviews).not.toContain("NOT_STARTED");
      expect(reviews).not.toContain("REJECTED");
      expect(reviews).not.toEqual(["APPROVED", "APPROVED"]);
    }
    if (["APPROVED", "CONTRACTED", "DISBURSED", "SETTLED"].includes(status)) {
      expect(reviews).toEqual(["APPROVED", "APPROVED"]);
    }
    if (status === "REJECTED") {
      const last = history[history.length - 1];
      expect(last?.toStatus).toBe("REJECTED");
      expect(last?.reason?.trim()).toBeTruthy();
      if (last?.action === "bank-reject") expect(bankReview).toBe("REJECTED");
      if (last?.action === "guarantor-reject") expect(guarantorReview).toBe("REJECTED");
    }
    // Once the application has ended no review is left open; a review is closed only by that end.
    if (TERMINAL_STATUSES.includes(status)) {
      expect(reviews).not.toContain("PENDING");
      expect(reviews).not.toContain("MATERIALS_REQUESTED");
    }
    if (reviews.includes("CLOSED")) expect(["REJECTED", "WITHDRAWN"]).toContain(status);
    if (status === "SETTLED") expect(history.at(-1)?.action).toBe("loan-repaid");
    if (status === "CONTRACTED") expect(history.map((h) => h.action)).toContain("record-contracts");
    history.forEach((entry, index) => {
      expect(TERMINAL_STATUSES).not.toContain(entry.fromStatus);
      if (index > 0) expect(entry.fromStatus).toBe(history[index - 1]?.toStatus);
    });
  }

  it("random action sequences from DRAFT never reach an invalid state; clocks follow the state", () => {
    const reached = new Set<ApplicationStatus>();
    fc.assert(
      fc.property(stepsArbitrary, (steps) => {
        let current = INITIAL_APPLICATION_STATE;
        const history: HistoryEntry[] = [];
        for (const step of steps) {
          let outcome: ReturnType<typeof take>;
          try {
            outcome = take(current, step);
          } catch (error) {
            expect(error).toBeInstanceOf(DomainValidationError);
            for (const issue of (error as DomainValidationError).issues)
              expect(knownRules).toContain(issue.rule);
            continue;
          }
          const { result, taken } = outcome;
          if (taken) expect(availableActions(current, taken.actor)).toContain(taken.action);
          const before = runningClocks(current);
          const after = runningClocks(result.state);
          expect(result.clocks.start).toEqual(after.filter((c) => !before.includes(c)));
          expect(result.clocks.stop).toEqual(before.filter((c) => !after.includes(c)));
          current = result.state;
          history.push(result.historyEntry);
          expectValid(current, history);
          reached.add(current.status);
        }
      }),
      { numRuns: 500 },
    );
    // The sequences do get everywhere, so the invariants were checked in every status.
    expect([...reached].sort()).toEqual(APPLICATION_STATUSES.filter((s) => s !== "DRAFT").sort());
    // Hundreds of whole lifecycles take seconds on a loaded two-core machine.
  }, 60_000);

  it("availableActions lists exactly what applyAction accepts with a complete payload", () => {
    const complete = (target: "bank" | "guarantor"): ActionPayload => ({
      opinion: "同意",
      reason: "理由",
      target,
      contracts: seedContracts,
      disbursement: seedDisbursement,
    });
    fc.assert(
      fc.property(stepsArbitrary, actorArbitrary, (steps, who) => {
        let current = INITIAL_APPLICATION_STATE;
        for (const step of steps) {
          try {
            current = take(current, step).result.state;
          } catch {
            // Refused steps leave the state as it was.
          }
        }
        const available = availableActions(current, who);
        for (const action of APPLICATION_ACTIONS) {
          const accepted = (["bank", "guarantor"] as const).some((target) => {
            try {
              applyAction(current, action, who, complete(target));
              return true;
            } catch {
              return false;
            }
          });
          expect(accepted).toBe(available.includes(action));
        }
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});

describe("the review a step decides (ADR 017: only a change to it or to the status makes the step stale)", () => {
  it.each<
    [string, ApplicationState, ApplicationAction, WorkflowActor, ActionPayload, ReviewParty | undefined]
  >([
    [
      "the bank approves",
      review("PENDING", "PENDING"),
      "bank-approve",
      bankReviewer,
      { opinion: "同意" },
      "bank",
    ],
    [
      "the guarantor approves second",
      review("APPROVED", "PENDING"),
      "guarantor-approve",
      guarantorReviewer,
      { opinion: "同意" },
      "guarantor",
    ],
    [
      "the bank rejects",
      review("PENDING", "PENDING"),
      "bank-reject",
      bankReviewer,
      { reason: "不符" },
      "bank",
    ],
    [
      "the enterprise answers the guarantor",
      review("PENDING", "MATERIALS_REQUESTED"),
      "provide-materials",
      enterpriseOperator,
      { target: "guarantor" },
      "guarantor",
    ],
    [
      "the bureau recommends",
      state("SUBMITTED"),
      "recommend",
      bureauReviewer,
      { opinion: "同意" },
      undefined,
    ],
    ["the enterprise withdraws", review("PENDING", "PENDING"), "withdraw", enterpriseOperator, {}, undefined],
  ])("%s", (_name, before, action, who, payload, decided) => {
    expect(applyAction(before, action, who, payload).review).toBe(decided);
  });
});

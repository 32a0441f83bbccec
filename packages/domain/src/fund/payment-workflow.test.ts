import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ORG_TYPES, type OrgType, ROLES, type Role } from "../programmes/application-workflow";
import { issueOf } from "../test-support";
import {
  applyPaymentAction,
  applyPaymentSystemAction,
  availablePaymentActions,
  INITIAL_PAYMENT_STATE,
  PAYMENT_ACTIONS,
  PAYMENT_REVIEW_STATES,
  PAYMENT_STATUSES,
  PAYMENT_SYSTEM_ACTIONS,
  PAYMENT_SYSTEM_TRANSITIONS,
  PAYMENT_TRANSITIONS,
  type PaymentAction,
  type PaymentActor,
  type PaymentReviewState,
  type PaymentState,
  type PaymentStatus,
  type PaymentSystemAction,
  paymentActionReview,
  paymentHolders,
} from "./payment-workflow";

const state = (
  status: PaymentStatus,
  financeReview: PaymentReviewState = "NOT_STARTED",
  industryReview: PaymentReviewState = "NOT_STARTED",
): PaymentState => ({ status, financeReview, industryReview });

const actor = (orgType: OrgType, ...roles: Role[]): PaymentActor => ({ orgType, roles });

const guarantor = actor("GUARANTOR", "reviewer");
const guarantorOperator = actor("GUARANTOR", "operator");
const finance = actor("FINANCE_BUREAU", "reviewer");
const industry = actor("INDUSTRY_BUREAU", "reviewer");
const city = actor("CITY_GOVERNMENT", "reviewer");
const both = { opinion: "同意", reason: "材料不全" };

const inReview = state("IN_REVIEW", "PENDING", "PENDING");

describe("applyPaymentAction — every row of the chain (seed 002 art. 11(6)–(8))", () => {
  it.each<{
    name: string;
    from: PaymentState;
    action: PaymentAction;
    by: PaymentActor;
    decision: { opinion?: string; reason?: string };
    to: PaymentState;
    holders: OrgType[];
  }>([
    {
      name: "the guarantor submits its draft to both bureaus",
      from: state("DRAFT"),
      action: "submit",
      by: guarantor,
      decision: { opinion: "核算无误" },
      to: inReview,
      holders: ["FINANCE_BUREAU", "INDUSTRY_BUREAU"],
    },
    {
      name: "a returned payment is resubmitted and reviewed afresh by both",
      from: state("RETURNED", "APPROVED", "REJECTED"),
      action: "submit",
      by: guarantor,
      decision: { opinion: "已补齐凭证" },
      to: inReview,
      holders: ["FINANCE_BUREAU", "INDUSTRY_BUREAU"],
    },
    {
      name: "the finance bureau approves first: still with the industry bureau",
      from: inReview,
      action: "finance-approve",
      by: finance,
      decision: { opinion: "同意" },
      to: state("IN_REVIEW", "APPROVED", "PENDING"),
      holders: ["INDUSTRY_BUREAU"],
    },
    {
      name: "the finance bureau approves second: on to the city government",
      from: state("IN_REVIEW", "PENDING", "APPROVED"),
      action: "finance-approve",
      by: finance,
      decision: { opinion: "同意" },
      to: state("AWAITING_APPROVAL", "APPROVED", "APPROVED"),
      holders: ["CITY_GOVERNMENT"],
    },
    {
      name: "the finance bureau rejects: back to the guarantor",
      from: inReview,
      action: "finance-reject",
      by: finance,
      decision: { reason: "贴息凭证不全" },
      to: state("RETURNED", "REJECTED", "PENDING"),
      holders: ["GUARANTOR"],
    },
    {
      name: "the industry bureau approves first: still with the finance bureau",
      from: inReview,
      action: "industry-approve",
      by: industry,
      decision: { opinion: "同意" },
      to: state("IN_REVIEW", "PENDING", "APPROVED"),
      holders: ["FINANCE_BUREAU"],
    },
    {
      name: "the industry bureau approves second: on to the city government",
      from: state("IN_REVIEW", "APPROVED", "PENDING"),
      action: "industry-approve",
      by: industry,
      decision: { opinion: "同意" },
      to: state("AWAITING_APPROVAL", "APPROVED", "APPROVED"),
      holders: ["CITY_GOVERNMENT"],
    },
    {
      name: "the industry bureau rejects after the finance bureau approved",
      from: state("IN_REVIEW", "APPROVED", "PENDING"),
      action: "industry-reject",
      by: industry,
      decision: { reason: "企业不在重点支持名单" },
      to: state("RETURNED", "APPROVED", "REJECTED"),
      holders: ["GUARANTOR"],
    },
    {
      name: "the city government approves: the guarantor may pay",
      from: state("AWAITING_APPROVAL", "APPROVED", "APPROVED"),
      action: "city-approve",
      by: city,
      decision: { opinion: "同意拨付" },
      to: state("APPROVED", "APPROVED", "APPROVED"),
      holders: ["GUARANTOR"],
    },
    {
      name: "the city government rejects: back to the guarantor",
      from: state("AWAITING_APPROVAL", "APPROVED", "APPROVED"),
      action: "city-reject",
      by: city,
      decision: { reason: "预算不足,下年度安排" },
      to: state("RETURNED", "APPROVED", "APPROVED"),
      holders: ["GUARANTOR"],
    },
    {
      name: "an operator of the guarantor cancels a draft",
      from: state("DRAFT"),
      action: "cancel",
      by: guarantorOperator,
      decision: { reason: "重复生成" },
      to: state("CANCELLED"),
      holders: [],
    },
    {
      name: "the guarantor cancels a returned payment",
      from: state("RETURNED", "REJECTED", "PENDING"),
      action: "cancel",
      by: guarantor,
      decision: { reason: "企业放弃申请" },
      to: state("CANCELLED", "REJECTED", "PENDING"),
      holders: [],
    },
    {
      name: "an operator of the guarantor starts paying an approved payment (no opinion needed)",
      from: state("APPROVED", "APPROVED", "APPROVED"),
      action: "execute",
      by: guarantorOperator,
      decision: {},
      to: state("PAYING", "APPROVED", "APPROVED"),
      holders: ["GUARANTOR"],
    },
  ])("$name", ({ from, action, by, decision, to, holders }) => {
    const next = applyPaymentAction(from, action, by, decision);
    expect(next).toEqual(to);
    expect(paymentHolders(next)).toEqual(holders);
    expect(availablePaymentActions(from, by)).toContain(action);
  });

  it("covers every row of the table above and no action is without a row", () => {
    const rows = PAYMENT_TRANSITIONS.map((row) => `${row.action}:${row.orgType}:${row.requires}`);
    expect(rows).toEqual([
      "submit:GUARANTOR:opinion",
      "finance-approve:FINANCE_BUREAU:opinion",
      "finance-reject:FINANCE_BUREAU:reason",
      "industry-approve:INDUSTRY_BUREAU:opinion",
      "industry-reject:INDUSTRY_BUREAU:reason",
      "city-approve:CITY_GOVERNMENT:opinion",
      "city-reject:CITY_GOVERNMENT:reason",
      "cancel:GUARANTOR:reason",
      "execute:GUARANTOR:null",
    ]);
    expect(new Set(PAYMENT_TRANSITIONS.map((row) => row.action))).toEqual(new Set(PAYMENT_ACTIONS));
  });

  it("the whole chain ends in PAYING, where no one can act, as on PAID and CANCELLED", () => {
    let current = INITIAL_PAYMENT_STATE;
    for (const [action, by] of [
      ["submit", guarantor],
      ["industry-approve", industry],
      ["finance-approve", finance],
      ["city-approve", city],
      ["execute", guarantor],
    ] as const) {
      current = applyPaymentAction(current, action, by, both);
    }
    expect(current.status).toBe("PAYING");
    // An interrupted run is resumed by the platform, never by a second click.
    for (const by of [guarantor, guarantorOperator, finance, industry, city]) {
      expect(availablePaymentActions(current, by)).toEqual([]);
      expect(availablePaymentActions(state("PAID", "APPROVED", "APPROVED"), by)).toEqual([]);
      expect(availablePaymentActions(state("CANCELLED"), by)).toEqual([]);
    }
  });
});

describe("applyPaymentSystemAction — the end of a payment run, which the platform records itself", () => {
  const paying = state("PAYING", "APPROVED", "APPROVED");

  it.each<{ name: string; action: PaymentSystemAction; to: PaymentState; holders: OrgType[] }>([
    {
      name: "every line paid: the payment is PAID and leaves every worklist",
      action: "paid",
      to: state("PAID", "APPROVED", "APPROVED"),
      holders: [],
    },
    {
      name: "the fund could not pay a line: back to the guarantor, still approved, to pay later",
      action: "refused",
      to: state("APPROVED", "APPROVED", "APPROVED"),
      holders: ["GUARANTOR"],
    },
  ])("$name", ({ action, to, holders }) => {
    const next = applyPaymentSystemAction(paying, action);
    expect(next).toEqual(to);
    expect(paymentHolders(next)).toEqual(holders);
  });

  it("has a row for each of the platform's own steps, all from PAYING, and none a person can take", () => {
    expect(PAYMENT_SYSTEM_TRANSITIONS.map((row) => `${row.action}:${row.from.join("|")}`)).toEqual([
      "paid:PAYING",
      "refused:PAYING",
    ]);
    expect(new Set(PAYMENT_SYSTEM_TRANSITIONS.map((row) => row.action))).toEqual(
      new Set(PAYMENT_SYSTEM_ACTIONS),
    );
    for (const action of PAYMENT_SYSTEM_ACTIONS) {
      expect((PAYMENT_ACTIONS as readonly string[]).includes(action)).toBe(false);
    }
  });

  it.each(
    PAYMENT_SYSTEM_ACTIONS.flatMap((action) =>
      PAYMENT_STATUSES.filter((status) => status !== "PAYING").map((status) => [action, status] as const),
    ),
  )("%s when %s (the run was ended already) → action-not-allowed-in-state", (action, status) => {
    expect(
      issueOf(() => applyPaymentSystemAction(state(status, "APPROVED", "APPROVED"), action)),
    ).toMatchObject({
      path: ["action"],
      rule: "action-not-allowed-in-state",
    });
  });
});

describe("applyPaymentAction — refusals", () => {
  it.each<[string, PaymentState, PaymentAction, PaymentActor]>([
    ["a bank submits", state("DRAFT"), "submit", actor("BANK", "reviewer")],
    [
      "a guarantor operator submits (deciding is the reviewer's)",
      state("DRAFT"),
      "submit",
      guarantorOperator,
    ],
    ["a guarantor admin cancels", state("DRAFT"), "cancel", actor("GUARANTOR", "admin")],
    ["the industry bureau takes the finance decision", inReview, "finance-approve", industry],
    ["the finance bureau takes the industry decision", inReview, "industry-reject", finance],
    ["a finance-bureau operator approves", inReview, "finance-approve", actor("FINANCE_BUREAU", "operator")],
    ["the finance bureau approves for the city", state("AWAITING_APPROVAL"), "city-approve", finance],
    ["the city government pays", state("APPROVED"), "execute", city],
    ["the re-guarantor pays", state("APPROVED"), "execute", actor("REGUARANTOR", "reviewer")],
  ])("%s → role-not-allowed, whatever the state", (_name, from, action, by) => {
    expect(issueOf(() => applyPaymentAction(from, action, by, both))).toMatchObject({
      path: ["actor"],
      rule: "role-not-allowed",
    });
  });

  // Every status the row does not start from, and a review already decided.
  const outOfState: [PaymentAction, PaymentActor, PaymentState][] = [
    ...PAYMENT_TRANSITIONS.flatMap((row) =>
      PAYMENT_STATUSES.filter((status) => !row.from.includes(status)).map(
        (status): [PaymentAction, PaymentActor, PaymentState] => [
          row.action,
          actor(row.orgType, ...row.roles),
          state(status, "PENDING", "PENDING"),
        ],
      ),
    ),
    ["finance-approve", finance, state("IN_REVIEW", "APPROVED", "PENDING")],
    ["finance-reject", finance, state("IN_REVIEW", "APPROVED", "PENDING")],
    ["industry-approve", industry, state("IN_REVIEW", "PENDING", "APPROVED")],
    ["industry-reject", industry, state("IN_REVIEW", "PENDING", "APPROVED")],
  ];
  it.each(outOfState)("%s in %j → action-not-allowed-in-state", (action, by, from) => {
    expect(issueOf(() => applyPaymentAction(from, action, by, both))).toMatchObject({
      path: ["action"],
      rule: "action-not-allowed-in-state",
    });
    expect(availablePaymentActions(from, by)).not.toContain(action);
  });

  const needsText = PAYMENT_TRANSITIONS.filter((row) => row.requires !== null).map((row) => {
    const from = state(row.from[0] ?? "DRAFT", "PENDING", "PENDING");
    return [row.action, row.requires, actor(row.orgType, ...row.roles), from] as const;
  });
  it.each(needsText)("%s without its %s → required, naming the field", (action, field, by, from) => {
    for (const decision of [
      {},
      { [field as string]: "   " },
      { [field === "opinion" ? "reason" : "opinion"]: "x" },
    ]) {
      expect(issueOf(() => applyPaymentAction(from, action, by, decision))).toMatchObject({
        path: [field],
        rule: "required",
      });
    }
  });

  it("checks the role before the state, and the state before the opinion", () => {
    expect(issueOf(() => applyPaymentAction(state("PAID"), "submit", city, {})).rule).toBe(
      "role-not-allowed",
    );
    expect(issueOf(() => applyPaymentAction(state("PAID"), "submit", guarantor, {})).rule).toBe(
      "action-not-allowed-in-state",
    );
  });
});

describe("availablePaymentActions and paymentHolders", () => {
  const states = PAYMENT_STATUSES.flatMap((status) =>
    PAYMENT_REVIEW_STATES.flatMap((finance) =>
      PAYMENT_REVIEW_STATES.map((industry) => state(status, finance, industry)),
    ),
  );
  const actors = ORG_TYPES.flatMap((orgType) => ROLES.map((role) => actor(orgType, role)));

  it("offers exactly the actions applyPaymentAction accepts, for every state and actor", () => {
    const mismatches: string[] = [];
    let accepted = 0;
    for (const from of states) {
      for (const by of actors) {
        const offered = availablePaymentActions(from, by);
        for (const action of PAYMENT_ACTIONS) {
          let accepts = true;
          try {
            applyPaymentAction(from, action, by, both);
          } catch {
            accepts = false;
          }
          if (accepts) accepted += 1;
          if (offered.includes(action) !== accepts) {
            mismatches.push(`${action} by ${by.orgType}/${by.roles} in ${JSON.stringify(from)}`);
          }
        }
      }
    }
    expect(mismatches).toEqual([]);
    // Not vacuous: some steps are accepted (the pending-review combinations multiply them).
    expect(accepted).toBeGreaterThan(PAYMENT_TRANSITIONS.length);
  });

  it.each<[PaymentState, OrgType[]]>([
    [state("DRAFT"), ["GUARANTOR"]],
    [inReview, ["FINANCE_BUREAU", "INDUSTRY_BUREAU"]],
    [state("IN_REVIEW", "APPROVED", "PENDING"), ["INDUSTRY_BUREAU"]],
    [state("IN_REVIEW", "PENDING", "APPROVED"), ["FINANCE_BUREAU"]],
    [state("AWAITING_APPROVAL", "APPROVED", "APPROVED"), ["CITY_GOVERNMENT"]],
    [state("APPROVED", "APPROVED", "APPROVED"), ["GUARANTOR"]],
    [state("PAYING", "APPROVED", "APPROVED"), ["GUARANTOR"]],
    [state("RETURNED", "REJECTED", "PENDING"), ["GUARANTOR"]],
    [state("PAID", "APPROVED", "APPROVED"), []],
    [state("CANCELLED"), []],
  ])("%j is held by %j", (from, holders) => {
    expect(paymentHolders(from)).toEqual(holders);
  });

  it("property: along any walk of allowed steps, whoever holds the payment can move it, and only they", () => {
    const everyone = [guarantor, guarantorOperator, finance, industry, city];
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 30 }), (choices) => {
        let current = INITIAL_PAYMENT_STATE;
        let approvalsSinceSubmit = 0;
        for (const choice of choices) {
          const holders = paymentHolders(current);
          const movers = everyone.filter((by) => availablePaymentActions(current, by).length > 0);
          // Nobody outside the holders can act; every holder can (PAYING is the platform's).
          for (const by of movers) expect(holders).toContain(by.orgType);
          if (current.status !== "PAYING") {
            for (const holder of holders) expect(movers.map((by) => by.orgType)).toContain(holder);
          }
          const options = movers.flatMap((by) =>
            availablePaymentActions(current, by).map((a) => [a, by] as const),
          );
          const picked = options[choice % Math.max(1, options.length)];
          if (!picked) break;
          const [action, by] = picked;
          current = applyPaymentAction(current, action, by, both);
          if (action === "submit") approvalsSinceSubmit = 0;
          if (action === "finance-approve" || action === "industry-approve") approvalsSinceSubmit += 1;
          // The city sees a payment only once both bureaus approved it since the last submission.
          if (current.status === "AWAITING_APPROVAL") expect(approvalsSinceSubmit).toBe(2);
          if (current.status === "APPROVED" || current.status === "PAYING") {
            expect([current.financeReview, current.industryReview]).toEqual(["APPROVED", "APPROVED"]);
          }
        }
      }),
      { numRuns: 2_000 },
    );
  });
});

describe("paymentActionReview — the bureau's review a step decides (ADR 017)", () => {
  it.each<[PaymentAction, string | undefined]>([
    ["finance-approve", "finance"],
    ["finance-reject", "finance"],
    ["industry-approve", "industry"],
    ["industry-reject", "industry"],
    ["submit", undefined],
    ["city-approve", undefined],
    ["execute", undefined],
  ])("%s decides %s", (action, review) => {
    expect(paymentActionReview(action)).toBe(review);
  });
});

import { describe, expect, it } from "vitest";
import { DEFAULT_CASE_ACTION_LABELS, DEFAULT_CASE_STATUS_LABELS } from "./fund/default-case-workflow";
import { FUND_ACCOUNT_LABELS, POSTING_KIND_LABELS } from "./fund/ledger";
import {
  PAYMENT_ACTION_LABELS,
  PAYMENT_HISTORY_LABELS,
  PAYMENT_KIND_LABELS,
  PAYMENT_REVIEW_STATE_LABELS,
  PAYMENT_STATUS_LABELS,
} from "./fund/payment-workflow";
import * as domain from "./index";
import { INTEREST_SUBSIDY_VOUCHER_LABELS } from "./subsidies/claims";
import {
  APPLICATION_ACTION_LABELS,
  CONTRACT_KIND_LABELS,
  DEFAULT_CASE_ACTION_TERMS,
  DEFAULT_CASE_STATUS_TERMS,
  FUND_ACCOUNT_TERMS,
  INTEREST_SUBSIDY_VOUCHER_TERMS,
  ORG_TYPE_LABELS,
  PAYMENT_ACTION_TERMS,
  PAYMENT_HISTORY_TERMS,
  PAYMENT_KIND_TERMS,
  PAYMENT_REVIEW_STATE_TERMS,
  PAYMENT_STATUS_TERMS,
  POSTING_KIND_TERMS,
  REVIEW_PARTY_LABELS,
  ROLE_LABELS,
  type Terms,
  zhLabels,
} from "./vocabulary";

/** Each enum of the domain and its terms: every code has a term, and no term names a missing code. */
const ENUMS: [string, readonly string[], Terms<string>][] = [
  ["ORG_TYPES", domain.ORG_TYPES, domain.ORG_TYPE_TERMS],
  ["ROLES", domain.ROLES, domain.ROLE_TERMS],
  ["APPLICATION_STATUSES", domain.APPLICATION_STATUSES, domain.APPLICATION_STATUS_TERMS],
  ["REVIEW_STATES", domain.REVIEW_STATES, domain.REVIEW_STATE_TERMS],
  ["APPLICATION_ACTIONS", domain.APPLICATION_ACTIONS, domain.APPLICATION_ACTION_TERMS],
  ["history", [...domain.APPLICATION_ACTIONS, "create", "loan-repaid"], domain.APPLICATION_HISTORY_TERMS],
  ["CONTRACT_KINDS", domain.CONTRACT_KINDS, domain.CONTRACT_KIND_TERMS],
  ["LOAN_EVENT_TYPES", domain.LOAN_EVENT_TYPES, domain.LOAN_EVENT_TERMS],
  ["CLOCK_SLA", Object.keys(domain.CLOCK_SLA), domain.CLOCK_TERMS],
  ["PAYMENT_KINDS", domain.PAYMENT_KINDS, domain.PAYMENT_KIND_TERMS],
  ["PAYMENT_STATUSES", domain.PAYMENT_STATUSES, domain.PAYMENT_STATUS_TERMS],
  ["PAYMENT_REVIEW_STATES", domain.PAYMENT_REVIEW_STATES, domain.PAYMENT_REVIEW_STATE_TERMS],
  ["PAYMENT_ACTIONS", domain.PAYMENT_ACTIONS, domain.PAYMENT_ACTION_TERMS],
  ["FUND_ACCOUNT_KINDS", domain.FUND_ACCOUNT_KINDS, domain.FUND_ACCOUNT_TERMS],
  ["POSTING_KINDS", domain.POSTING_KINDS, domain.POSTING_KIND_TERMS],
  ["DEFAULT_CASE_STATUSES", domain.DEFAULT_CASE_STATUSES, domain.DEFAULT_CASE_STATUS_TERMS],
  ["DEFAULT_CASE_ACTIONS", domain.DEFAULT_CASE_ACTIONS, domain.DEFAULT_CASE_ACTION_TERMS],
  ["CLAIM_STATUSES", domain.CLAIM_STATUSES, domain.CLAIM_STATUS_TERMS],
  [
    "INTEREST_SUBSIDY_VOUCHER_KINDS",
    domain.INTEREST_SUBSIDY_VOUCHER_KINDS,
    domain.INTEREST_SUBSIDY_VOUCHER_TERMS,
  ],
];

describe("the vocabulary", () => {
  it.each(ENUMS)("names every code of %s, in both languages", (_name, codes, terms) => {
    expect(Object.keys(terms).sort()).toEqual([...codes].sort());
    for (const term of Object.values(terms)) {
      expect(term.zh.trim()).not.toBe("");
      expect(term.en.trim()).not.toBe("");
    }
  });

  it("reads a reward's payment status as its applicant does: returned, not to the guarantor", () => {
    const { PAYMENT_STATUS_TERMS, REWARD_STATUS_TERMS } = domain;
    expect(REWARD_STATUS_TERMS.RETURNED).toEqual({ zh: "已退回", en: "Returned" });
    expect(PAYMENT_STATUS_TERMS.RETURNED.zh).toBe("已退回担保集团");
    const { RETURNED: _reward, ...otherRewards } = REWARD_STATUS_TERMS;
    const { RETURNED: _payment, ...otherPayments } = PAYMENT_STATUS_TERMS;
    expect(otherRewards).toEqual(otherPayments);
  });

  it("uses one word per concept: 担保机构, 审批人, 经信部门", () => {
    expect(ORG_TYPE_LABELS.GUARANTOR).toBe("担保机构");
    expect(ORG_TYPE_LABELS.REGUARANTOR).toBe("再担保机构");
    expect(REVIEW_PARTY_LABELS.guarantor).toBe(ORG_TYPE_LABELS.GUARANTOR);
    expect(ROLE_LABELS.reviewer).toBe("审批人");
    expect(ORG_TYPE_LABELS.INDUSTRY_BUREAU).toBe("经信部门");
  });

  it("derives the Chinese labels from the terms", () => {
    expect(APPLICATION_ACTION_LABELS["guarantor-request-materials"]).toBe("担保机构要求补充材料");
    expect(CONTRACT_KIND_LABELS).toEqual({
      LOAN: "借款合同",
      ENTRUSTED_GUARANTEE: "委托担保协议",
      COUNTER_GUARANTEE: "反担保合同",
      SURETY: "保证合同",
    });
    expect(zhLabels({ A: { zh: "甲", en: "A" } })).toEqual({ A: "甲" });
  });

  // fund/ keeps its own Chinese maps for now; they must say what the vocabulary says.
  it.each<[string, Readonly<Record<string, string>>, Terms<string>]>([
    ["PAYMENT_KIND_LABELS", PAYMENT_KIND_LABELS, PAYMENT_KIND_TERMS],
    ["PAYMENT_STATUS_LABELS", PAYMENT_STATUS_LABELS, PAYMENT_STATUS_TERMS],
    ["PAYMENT_REVIEW_STATE_LABELS", PAYMENT_REVIEW_STATE_LABELS, PAYMENT_REVIEW_STATE_TERMS],
    ["PAYMENT_ACTION_LABELS", PAYMENT_ACTION_LABELS, PAYMENT_ACTION_TERMS],
    ["PAYMENT_HISTORY_LABELS", PAYMENT_HISTORY_LABELS, PAYMENT_HISTORY_TERMS],
    ["FUND_ACCOUNT_LABELS", FUND_ACCOUNT_LABELS, FUND_ACCOUNT_TERMS],
    ["POSTING_KIND_LABELS", POSTING_KIND_LABELS, POSTING_KIND_TERMS],
    ["DEFAULT_CASE_STATUS_LABELS", DEFAULT_CASE_STATUS_LABELS, DEFAULT_CASE_STATUS_TERMS],
    ["DEFAULT_CASE_ACTION_LABELS", DEFAULT_CASE_ACTION_LABELS, DEFAULT_CASE_ACTION_TERMS],
    ["INTEREST_SUBSIDY_VOUCHER_LABELS", INTEREST_SUBSIDY_VOUCHER_LABELS, INTEREST_SUBSIDY_VOUCHER_TERMS],
  ])("fund/'s %s agrees with the vocabulary", (_name, labels, terms) => {
    expect(labels).toEqual(zhLabels(terms));
  });
});

import {
  APPLICATION_HISTORY_TERMS,
  APPLICATION_STATUS_TERMS,
  CLAIM_STATUS_TERMS,
  CLOCK_TERMS,
  CONTRACT_KIND_TERMS,
  DEFAULT_CASE_HISTORY_TERMS,
  DEFAULT_CASE_STATUS_TERMS,
  FUND_ACCOUNT_TERMS,
  INTEREST_SUBSIDY_VOUCHER_TERMS,
  LOAN_EVENT_TERMS,
  LOAN_STATUS_TERMS,
  MANUFACTURING_FIGURE_TERMS,
  ORG_TYPE_TERMS,
  PAYMENT_HISTORY_TERMS,
  PAYMENT_KIND_TERMS,
  PAYMENT_REVIEW_STATE_TERMS,
  PAYMENT_STATUS_TERMS,
  POSTING_KIND_TERMS,
  REVIEW_PARTY_TERMS,
  REVIEW_STATE_TERMS,
  REWARD_STATUS_TERMS,
  ROLE_TERMS,
  SLA_STATE_TERMS,
  SUBMISSION_TIMELINESS_TERMS,
  type Terms,
} from "@chanrong/domain";

type Language = "zh" | "en";

/** The terms of one enum as dictionary entries `${prefix}.${code}`, in one language. */
function entries<P extends string, K extends string>(
  prefix: P,
  terms: Terms<K>,
  language: Language,
): Record<`${P}.${K}`, string> {
  return Object.fromEntries(
    (Object.keys(terms) as K[]).map((code) => [`${prefix}.${code}`, terms[code][language]]),
  ) as Record<`${P}.${K}`, string>;
}

/**
 * The names of the domain's codes (statuses, actions, organisation types…) come from the domain's
 * vocabulary, the same words the server prints in its exports and forms; the pages look them up
 * under these keys like any other text.
 */
export function termMessages(language: Language) {
  return {
    ...entries("orgType", ORG_TYPE_TERMS, language),
    ...entries("role", ROLE_TERMS, language),
    ...entries("appStatus", APPLICATION_STATUS_TERMS, language),
    ...entries("appAction", APPLICATION_HISTORY_TERMS, language),
    ...entries("review", REVIEW_STATE_TERMS, language),
    ...entries("reviewParty", REVIEW_PARTY_TERMS, language),
    ...entries("contract", CONTRACT_KIND_TERMS, language),
    ...entries("clock", CLOCK_TERMS, language),
    ...entries("sla", SLA_STATE_TERMS, language),
    ...entries("loanStatus", LOAN_STATUS_TERMS, language),
    ...entries("loanEvent", LOAN_EVENT_TERMS, language),
    ...entries("paymentStatus", PAYMENT_STATUS_TERMS, language),
    ...entries("rewardStatus", REWARD_STATUS_TERMS, language),
    ...entries("fundPayment.kind", PAYMENT_KIND_TERMS, language),
    ...entries("fundPayment.action", PAYMENT_HISTORY_TERMS, language),
    ...entries("fundPayment.review", PAYMENT_REVIEW_STATE_TERMS, language),
    ...entries("fundAccount", FUND_ACCOUNT_TERMS, language),
    ...entries("posting.kind", POSTING_KIND_TERMS, language),
    ...entries("subsidy.claimStatus", CLAIM_STATUS_TERMS, language),
    ...entries("defaults.status", DEFAULT_CASE_STATUS_TERMS, language),
    ...entries("defaults.action", DEFAULT_CASE_HISTORY_TERMS, language),
    ...entries("attachment.kind", INTEREST_SUBSIDY_VOUCHER_TERMS, language),
    ...entries("stats.timeliness", SUBMISSION_TIMELINESS_TERMS, language),
    ...entries("stats.figure", MANUFACTURING_FIGURE_TERMS, language),
  };
}

export const termsZh = termMessages("zh");

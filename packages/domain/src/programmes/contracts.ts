import { checkIsoDate } from "../dates";
import { DomainValidationError, type ValidationIssue } from "../errors";
import { parseAnnualRate } from "../money";
import { CONTRACT_KIND_LABELS } from "../vocabulary";

/** Seed 002 art. 11(4): 借款合同, 委托担保协议, 反担保合同, 保证合同. */
export const CONTRACT_KINDS = ["LOAN", "ENTRUSTED_GUARANTEE", "COUNTER_GUARANTEE", "SURETY"] as const;

export type ContractKind = (typeof CONTRACT_KINDS)[number];

export interface ContractRecord {
  kind: ContractKind;
  number: string;
  /** Signing date. */
  date: string;
  amountFen: bigint;
  /** Names of the signing parties, e.g. the enterprise and the bank for 借款合同. */
  parties: readonly string[];
  /** 借款合同 only: the loan's actual annual rate, e.g. "0.0345" (重庆 caps its interest subsidy by it). */
  annualRate?: string;
}

function blank(value: string | undefined): boolean {
  return !value?.trim();
}

function annualRateIssues(contract: ContractRecord, path: (string | number)[]): ValidationIssue[] {
  if (contract.kind !== "LOAN") {
    return [
      {
        path,
        rule: "loan-contract-only",
        message: { zh: "只有借款合同登记年利率", en: "Only the loan contract carries an annual rate" },
      },
    ];
  }
  try {
    parseAnnualRate(contract.annualRate ?? "", path);
    return [];
  } catch (error) {
    if (error instanceof DomainValidationError) return error.issues;
    throw error;
  }
}

/**
 * The issues of the contracts recorded before disbursement: all four kinds, each once, each with a
 * number, a real date, a positive amount and at least two parties; an annual rate only on the loan.
 */
export function contractIssues(contracts: readonly ContractRecord[] | undefined): ValidationIssue[] {
  const given = contracts ?? [];
  const issues: ValidationIssue[] = [];
  const missing = CONTRACT_KINDS.filter((kind) => !given.some((contract) => contract.kind === kind));
  if (missing.length > 0) {
    issues.push({
      path: ["contracts"],
      rule: "contracts-incomplete",
      message: {
        zh: `缺少合同:${missing.map((kind) => CONTRACT_KIND_LABELS[kind]).join("、")}`,
        en: `Missing contracts: ${missing.join(", ")}`,
      },
    });
  }
  given.forEach((contract, index) => {
    const path = ["contracts", index];
    if (!(CONTRACT_KINDS as readonly string[]).includes(contract.kind)) {
      issues.push({
        path: [...path, "kind"],
        rule: "enum",
        message: {
          zh: `未知的合同类型"${contract.kind}"`,
          en: `Unknown contract kind; expected one of ${CONTRACT_KINDS.join(", ")}`,
        },
      });
    } else if (given.findIndex((other) => other.kind === contract.kind) !== index) {
      issues.push({
        path: [...path, "kind"],
        rule: "duplicate-contract",
        message: { zh: `${CONTRACT_KIND_LABELS[contract.kind]}重复登记`, en: "Each contract only once" },
      });
    }
    if (blank(contract.number)) {
      issues.push({
        path: [...path, "number"],
        rule: "required",
        message: { zh: "合同编号不能为空", en: "Number is required" },
      });
    }
    const dateIssue = checkIsoDate(contract.date, [...path, "date"]);
    if (dateIssue) issues.push(dateIssue);
    if (contract.amountFen <= 0n) {
      issues.push({
        path: [...path, "amount"],
        rule: "positive",
        message: { zh: "合同金额必须大于0", en: "Must be greater than 0" },
      });
    }
    if (contract.parties.filter((party) => !blank(party)).length < 2) {
      issues.push({
        path: [...path, "parties"],
        rule: "min-items",
        message: { zh: "合同须列明至少两方当事人", en: "At least two parties" },
      });
    }
    if (contract.annualRate !== undefined)
      issues.push(...annualRateIssues(contract, [...path, "annualRate"]));
  });
  return issues;
}

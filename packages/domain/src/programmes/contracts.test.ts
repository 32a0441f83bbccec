import { describe, expect, it } from "vitest";
import { issueOf, issuesOf } from "../test-support";
import { applyAction } from "./application-workflow";
import type { ContractRecord } from "./contracts";
import { bankOperator, seedContracts, state } from "./workflow-test-support";

describe("the contracts recorded before disbursement (seed 002 art. 11(4))", () => {
  it("names each faulty contract field", () => {
    const faulty: ContractRecord[] = seedContracts.map((contract, index) =>
      index === 0
        ? { ...contract, number: " ", date: "2025-10-32", amountFen: 0n, parties: ["十堰精工", ""] }
        : contract,
    );
    faulty.push({ ...(seedContracts[3] as ContractRecord) });
    const issues = issuesOf(() =>
      applyAction(state("APPROVED", "APPROVED", "APPROVED"), "record-contracts", bankOperator, {
        contracts: faulty,
      }),
    );
    expect(issues.map(({ path, rule }) => [path.join("."), rule])).toEqual([
      ["contracts.0.number", "required"],
      ["contracts.0.date", "iso-date"],
      ["contracts.0.amount", "positive"],
      ["contracts.0.parties", "min-items"],
      ["contracts.4.kind", "duplicate-contract"],
    ]);
  });

  it("takes the loan contract's actual annual rate, above 0 and at most 24%, and only on that contract", () => {
    const withRates = (loanRate: string, otherRate?: string): ContractRecord[] =>
      seedContracts.map((contract) =>
        contract.kind === "LOAN"
          ? { ...contract, annualRate: loanRate }
          : otherRate === undefined || contract.kind !== "ENTRUSTED_GUARANTEE"
            ? contract
            : { ...contract, annualRate: otherRate },
      );
    const record = (contracts: ContractRecord[]) =>
      applyAction(state("APPROVED", "APPROVED", "APPROVED"), "record-contracts", bankOperator, { contracts });
    const loanIndex = seedContracts.findIndex((contract) => contract.kind === "LOAN");
    const guaranteeIndex = seedContracts.findIndex((contract) => contract.kind === "ENTRUSTED_GUARANTEE");
    expect(record(withRates("0.0345")).state.status).toBe("CONTRACTED");
    expect(record(withRates("0.24")).state.status).toBe("CONTRACTED");
    for (const [rate, rule] of [
      ["0", "positive"],
      ["0.2401", "max-24-percent"],
      ["3.45", "max-24-percent"],
      ["3.45%", "decimal-format"],
      ["", "decimal-format"],
      ["0.0000001", "max-6-decimals"],
    ] as const) {
      expect(
        issueOf(() => record(withRates(rate))),
        rate,
      ).toMatchObject({
        path: ["contracts", loanIndex, "annualRate"],
        rule,
      });
    }
    expect(issueOf(() => record(withRates("0.0345", "0.01")))).toMatchObject({
      path: ["contracts", guaranteeIndex, "annualRate"],
      rule: "loan-contract-only",
    });
  });
});

import { describe, expect, it } from "vitest";
import { issuesOf } from "../test-support";
import { SHIYAN_CHANLIAN_LOAN, validateProgrammeConfig } from "./programme-config";
import { programmeConfigFromWire, programmeConfigToWire } from "./programme-config-wire";

const wire = programmeConfigToWire(SHIYAN_CHANLIAN_LOAN);
const fields = (issues: { path: (string | number)[]; rule: string }[]) =>
  issues.map((issue) => `${issue.path.join(".")}:${issue.rule}`);

describe("a programme configuration of any shape is refused by field, never crashes", () => {
  it.each<[string, unknown, string[]]>([
    ["an empty object", {}, ["code:required", "name:required", "slas:required", "validityYears:required"]],
    ["a name that is a number", { ...wire, name: 7 }, ["name:type"]],
    ["districts that are a string", { ...wire, eligibleDistricts: "420302" }, ["eligibleDistricts:type"]],
    ["a district that is null", { ...wire, eligibleDistricts: [null] }, ["eligibleDistricts.0:type"]],
    [
      "a loan use without its name",
      { ...wire, permittedLoanUses: [{ code: "X" }] },
      ["permittedLoanUses.0.zh:required"],
    ],
    ["no subsidy rules", { ...wire, interestSubsidy: null }, ["interestSubsidy:type"]],
    [
      "an SLA of words",
      { ...wire, slas: { review: { amount: "seven" } } },
      ["slas.review.amount:type", "slas.disbursement:required"],
    ],
    ["a review stage that is a list", { ...wire, reviewChain: [[]] }, ["reviewChain.0:type"]],
    [
      "an amount limit left out",
      { ...wire, maxAmountPerEnterprise: undefined },
      ["maxAmountPerEnterprise:required"],
    ],
  ])("%s", (_name, config, expected) => {
    const found = fields(issuesOf(() => programmeConfigFromWire(config)));
    expect(found).toEqual(expect.arrayContaining(expected));
  });

  it("names fields the admin sent by their wire name and runs no rule on a broken shape", () => {
    const issues = issuesOf(() =>
      programmeConfigFromWire({ ...wire, minAnnualRevenue: undefined, name: null }),
    );
    expect(fields(issues)).toEqual(["name:type", "minAnnualRevenue:required"]);
  });

  it("accepts the presets as they are", () => {
    expect(validateProgrammeConfig(programmeConfigFromWire(wire))).toMatchObject({ code: "SHIYAN-CHANLIAN" });
  });
});

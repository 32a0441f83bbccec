import { describe, expect, it } from "vitest";
import { applicationChoiceIssues, programmeOffered, takesPart } from "./application-choices";

const SHIYAN = { code: "SHIYAN-CHANLIAN", regionCode: "420300" };
const CHONGQING = { code: "CHONGQING-JIGAI", regionCode: "500000" };
const org = (type: string, regionCode: string, active = true) => ({
  id: `${type}-${regionCode}`,
  type,
  regionCode,
  active,
});

describe("which programmes an enterprise is offered", () => {
  it.each([
    [SHIYAN, "420303", true],
    [SHIYAN, "420371", true],
    [SHIYAN, "420381", true],
    [CHONGQING, "420303", false],
    [SHIYAN, "500103", false],
    [CHONGQING, "500103", true],
    [{ code: "ZW", regionCode: "420303" }, "420302", false],
  ])("%o to an enterprise in %s: %s", (programme, district, offered) => {
    expect(programmeOffered(programme, district)).toBe(offered);
  });
});

describe("which banks and guarantors take part in a programme", () => {
  it.each([
    ["a city bank in the city's programme", SHIYAN, org("BANK", "420300"), "BANK", true],
    ["a district branch", SHIYAN, org("BANK", "420303"), "BANK", true],
    ["a provincial bank", SHIYAN, org("BANK", "420000"), "BANK", true],
    ["a bank of another city", SHIYAN, org("BANK", "500000"), "BANK", false],
    ["the investment fund as a bank", SHIYAN, org("FINANCIAL_INSTITUTION", "420300"), "BANK", false],
    ["a guarantor as a bank", SHIYAN, org("GUARANTOR", "420300"), "BANK", false],
    ["an inactive bank", SHIYAN, org("BANK", "420300", false), "BANK", false],
    ["the city guarantor", SHIYAN, org("GUARANTOR", "420300"), "GUARANTOR", true],
    ["a 十堰 guarantor in 重庆's programme", CHONGQING, org("GUARANTOR", "420300"), "GUARANTOR", false],
  ] as const)("%s: %s", (_, programme, organisation, type, expected) => {
    expect(takesPart(programme, organisation, type)).toBe(expected);
  });
});

describe("the choices refused, one issue per field", () => {
  it("accepts a 十堰 firm choosing 十堰's programme, bank and guarantor", () => {
    const issues = applicationChoiceIssues({
      programme: SHIYAN,
      enterpriseDistrict: "420303",
      bank: org("BANK", "420300"),
      guarantor: org("GUARANTOR", "420300"),
    });
    expect(issues).toEqual([]);
  });

  it("names 重庆's programme, the fund as a bank and an unknown guarantor", () => {
    const issues = applicationChoiceIssues({
      programme: CHONGQING,
      enterpriseDistrict: "420303",
      bank: org("FINANCIAL_INSTITUTION", "420300"),
      guarantor: null,
    });
    expect(issues.map((issue) => [issue.path.join("."), issue.rule])).toEqual([
      ["programmeCode", "programme-region"],
      ["bankOrgId", "programme-bank"],
      ["guarantorOrgId", "programme-guarantor"],
    ]);
  });
});

import { describe, expect, it } from "vitest";
import {
  checkIndicatorTable,
  type FilledIndicatorRow,
  indicatorColumns,
  PILOT_INDICATOR_TEMPLATE_2020 as TEMPLATE,
} from "./indicators";

const COLUMNS = indicatorColumns(TEMPLATE, [2021, 2022, 2023]);

/** A complete, valid table: every required indicator with every required cell. */
function completeTable(): FilledIndicatorRow[] {
  return TEMPLATE.indicators
    .filter((indicator) => indicator.required)
    .map((indicator, index) => ({
      row: index + 3,
      code: indicator.code,
      unit: indicator.unit,
      values: Object.fromEntries(COLUMNS.filter((c) => c.required).map((c) => [c.key, "12"])),
    }));
}

function withRow(code: string, change: Partial<FilledIndicatorRow>): FilledIndicatorRow[] {
  return completeTable().map((row) =>
    row.code === code ? { ...row, ...change, values: { ...row.values, ...change.values } } : row,
  );
}

const report = (rows: FilledIndicatorRow[]) =>
  checkIndicatorTable(TEMPLATE, COLUMNS, rows).issues.map((i) => [i.row, i.code, i.field, i.rule]);

describe("the columns of a city's table", () => {
  it("are the batch's actual years then a target per plan year, the last target required", () => {
    expect(COLUMNS.map((c) => `${c.key}${c.required ? "*" : ""}`)).toEqual([
      "2017*",
      "2018*",
      "2019*",
      "target-2021",
      "target-2022",
      "target-2023*",
    ]);
  });
});

describe("a filled indicator table against 附件2", () => {
  it("accepts a complete table and normalises its numbers", () => {
    const rows = withRow("F01", { values: { "2019": "1234.50", "target-2022": "+1300" } });
    const checked = checkIndicatorTable(TEMPLATE, COLUMNS, rows);
    expect(checked.issues).toEqual([]);
    expect(checked.values.F01?.["2019"]).toBe("1234.5");
    expect(checked.values.F01?.["target-2022"]).toBe("1300");
  });

  it.each([
    ["F01", { values: { "2018": "12亿" } }, [[8, "F01", "2018", "indicator-number"]]],
    ["F01", { values: { "2018": "1.234" } }, [[8, "F01", "2018", "indicator-decimals"]]],
    ["I04", { values: { "2019": "120.5" } }, [[6, "I04", "2019", "indicator-integer"]]],
    ["I03", { values: { "2017": "100.01" } }, [[5, "I03", "2017", "indicator-bounds"]]],
    ["F01", { values: { "2017": "-1" } }, [[8, "F01", "2017", "indicator-bounds"]]],
    ["F03", { values: { "2017": "-12.5" } }, []],
    ["F01", { values: { "target-2023": " " } }, [[8, "F01", "target-2023", "indicator-required"]]],
    ["F01", { values: { "target-2021": "" } }, []],
    ["F01", { unit: "万元" }, [[8, "F01", "unit", "indicator-unit"]]],
    ["F01", { values: { "2016": "3" } }, [[8, "F01", "2016", "indicator-column"]]],
  ] as const)("%s with %j → %j", (code, change, expected) => {
    expect(report(withRow(code, change as Partial<FilledIndicatorRow>))).toEqual(expected);
  });

  it("reports an unknown code, a duplicate and a missing required row, each once", () => {
    const rows = completeTable().filter((row) => row.code !== "C02");
    const i01 = rows[0] as FilledIndicatorRow;
    rows.push({ ...i01, row: 40 }, { row: 41, code: "X99", values: {} });
    expect(report(rows)).toEqual([
      [40, "I01", "code", "indicator-duplicate"],
      [41, "X99", "code", "indicator-unknown"],
      [null, "C02", "code", "indicator-missing"],
    ]);
  });

  it("reports every problem of a row at once, naming the indicator, year and rule", () => {
    const checked = checkIndicatorTable(
      TEMPLATE,
      COLUMNS,
      withRow("I03", { values: { "2017": "abc", "2018": "", "2019": "101" } }),
    );
    expect(checked.issues.map((i) => [i.field, i.rule, i.message.zh])).toEqual([
      ["2017", "indicator-number", '制造业增加值占地区生产总值比重应填数字,"abc"不是数字'],
      ["2018", "indicator-required", "制造业增加值占地区生产总值比重(2018年)为必填项"],
      ["2019", "indicator-bounds", "制造业增加值占地区生产总值比重应在0至100%之间,现为101"],
    ]);
    expect(checked.issues[0]?.path).toEqual(["rows", 2, "2017"]);
  });

  it("does not require an optional indicator but checks it when filled", () => {
    const rows = [...completeTable(), { row: 30, code: "C06", values: { "2019": "1.5" } }];
    expect(report(rows)).toEqual([[30, "C06", "2019", "indicator-integer"]]);
  });

  it("numbers rows by their place when the sheet gives none", () => {
    const rows = completeTable().map(({ row: _row, ...rest }) => rest);
    rows[1] = { ...rows[1], code: rows[1]?.code ?? "", values: { ...rows[1]?.values, "2017": "x" } };
    expect(report(rows)).toEqual([[2, "I02", "2017", "indicator-number"]]);
  });
});

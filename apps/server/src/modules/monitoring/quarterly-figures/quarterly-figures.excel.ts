import { QUARTERLY_FIGURE_TERMS } from "@chanrong/domain";
import { tablesWorkbook } from "../../../platform/spreadsheets";
import type { listFigures } from "./quarterly-figures.service";

type Figure = Awaited<ReturnType<typeof listFigures>>[number];

/** The live quarterly figures, one row per region, quarter and figure, with who entered them. */
export function quarterlyFiguresWorkbook(figures: readonly Figure[]): Promise<Buffer> {
  return tablesWorkbook([
    {
      name: "季度数据",
      columns: [
        { key: "region", header: "地区", width: 8 },
        { key: "quarter", header: "季度", width: 10 },
        { key: "figure", header: "数据项", width: 26 },
        { key: "amount", header: "金额(元)", width: 18 },
        { key: "count", header: "企业数", width: 8 },
        { key: "version", header: "版本", width: 6 },
        { key: "reason", header: "更正原因", width: 30 },
        { key: "org", header: "填报单位", width: 24 },
        { key: "by", header: "填报人", width: 12 },
        { key: "on", header: "填报日期", width: 12 },
      ],
      rows: figures.map((figure) => ({
        region: figure.regionCode,
        quarter: figure.quarter,
        figure: QUARTERLY_FIGURE_TERMS[figure.figure].zh,
        amount: figure.amount ?? "",
        count: figure.count === null ? "" : String(figure.count),
        version: String(figure.version),
        reason: figure.reason ?? "",
        org: figure.enteredByOrgName,
        by: figure.enteredByName,
        on: figure.enteredOn,
      })),
    },
  ]);
}

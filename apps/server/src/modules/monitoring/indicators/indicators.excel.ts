import { tablesWorkbook } from "../../../platform/spreadsheets";
import type { regionIndicators } from "./indicators.service";

type Indicators = Awaited<ReturnType<typeof regionIndicators>>;

/** The indicators as a director reads them: value, target, progress, projection and the working. */
export function indicatorsWorkbook({ regionCode, month, indicators }: Indicators): Promise<Buffer> {
  return tablesWorkbook([
    {
      name: `指标与目标 ${month}`,
      columns: [
        { key: "name", header: "指标", width: 28 },
        { key: "region", header: "地区", width: 8 },
        { key: "value", header: "当前值", width: 18 },
        { key: "rule", header: "目标规则", width: 16 },
        { key: "target", header: "目标值", width: 18 },
        { key: "by", header: "目标期限", width: 10 },
        { key: "progress", header: "完成进度", width: 10 },
        { key: "projected", header: "直线推算值", width: 18 },
        { key: "onTrack", header: "是否如期", width: 10 },
        { key: "formula", header: "计算公式", width: 40 },
        { key: "computation", header: "计算过程", width: 60 },
      ],
      rows: indicators.map((indicator) => ({
        name: indicator.name.zh,
        region: regionCode,
        value: indicator.value ?? indicator.missing?.zh ?? "",
        rule: indicator.target.ruleName.zh,
        target: indicator.target.value ?? "",
        by: indicator.target.by,
        progress: indicator.progress ?? "",
        projected: indicator.projection?.projected ?? "",
        onTrack: onTrack(indicator),
        formula: indicator.working?.formula.zh ?? "",
        computation: indicator.working?.computation ?? "",
      })),
    },
  ]);
}

/** On track: met already, or projected to meet the target by its month. */
export function onTrack(indicator: Indicators["indicators"][number]): "是" | "否" | "" {
  if (indicator.met === null) return "";
  return indicator.met || indicator.projection?.meetsTarget ? "是" : "否";
}

import { INDICATOR_GROUP_TERMS, type IndicatorGroup, REPORT_TIMELINESS_TERMS } from "@chanrong/domain";
import { tablesWorkbook } from "../../../platform/spreadsheets";
import type { PilotDetail } from "./progress-reports.service";

const KIND = { NEW: "新申报", RENEWAL: "延续试点" } as const;
const yesNo = (met: boolean | null) => (met === null ? "" : met ? "是" : "否");

/**
 * One workbook for the ministry: the pilots, each year's report with its timeliness, and every
 * indicator of every reported year against its target with the attainment.
 */
export function pilotProgressWorkbook(pilots: readonly PilotDetail[]): Promise<Buffer> {
  const pilotName = (pilot: PilotDetail) => pilot.city.name;
  return tablesWorkbook([
    {
      name: "试点城市",
      columns: [
        { key: "city", header: "试点城市", width: 28 },
        { key: "region", header: "地区", width: 12 },
        { key: "province", header: "省份", width: 12 },
        { key: "batch", header: "批次", width: 22 },
        { key: "kind", header: "类型", width: 10 },
        { key: "period", header: "实施期", width: 24 },
        { key: "late", header: "逾期报送(年)", width: 14 },
        { key: "missing", header: "逾期未报(年)", width: 14 },
      ],
      rows: pilots.map((pilot) => ({
        city: pilotName(pilot),
        region: pilot.region.zh,
        province: pilot.province.zh,
        batch: `第${pilot.batch.number}批 ${pilot.batch.name}`,
        kind: KIND[pilot.kind],
        period: `${pilot.periodStart} 至 ${pilot.periodEnd}`,
        late: String(pilot.late),
        missing: String(pilot.missing),
      })),
    },
    {
      name: "年度报告",
      columns: [
        { key: "city", header: "试点城市", width: 28 },
        { key: "year", header: "年度", width: 8 },
        { key: "dueOn", header: "报送截止日", width: 14 },
        { key: "submittedOn", header: "首次报送日", width: 14 },
        { key: "timeliness", header: "报送情况", width: 12 },
        { key: "version", header: "最新版本", width: 10 },
      ],
      rows: pilots.flatMap((pilot) =>
        pilot.reports.map((report) => ({
          city: pilotName(pilot),
          year: String(report.year),
          dueOn: report.dueOn,
          submittedOn: report.submittedOn ?? "",
          timeliness: REPORT_TIMELINESS_TERMS[report.timeliness].zh,
          version: report.latestVersion === null ? "" : String(report.latestVersion),
        })),
      ),
    },
    {
      name: "指标完成情况",
      columns: [
        { key: "city", header: "试点城市", width: 28 },
        { key: "year", header: "年度", width: 8 },
        { key: "group", header: "类别", width: 14 },
        { key: "code", header: "指标代码", width: 10 },
        { key: "name", header: "指标", width: 30 },
        { key: "unit", header: "单位", width: 8 },
        { key: "target", header: "目标值", width: 12 },
        { key: "actual", header: "实际值", width: 12 },
        { key: "attainment", header: "完成率(%)", width: 12 },
        { key: "met", header: "是否达标", width: 10 },
      ],
      rows: pilots.flatMap((pilot) =>
        pilot.reports
          .filter((report) => report.versions.length > 0)
          .flatMap((report) =>
            report.progress.map((entry) => ({
              city: pilotName(pilot),
              year: String(report.year),
              group: INDICATOR_GROUP_TERMS[groupOf(pilot, entry.code)].zh,
              code: entry.code,
              name: entry.name.zh,
              unit: entry.unit,
              target: entry.target ?? "",
              actual: entry.actual ?? "",
              attainment: entry.attainment ?? "",
              met: yesNo(entry.met),
            })),
          ),
      ),
    },
  ]);
}

const groupOf = (pilot: PilotDetail, code: string) =>
  (pilot.indicators.find((indicator) => indicator.code === code)?.group ?? "INDUSTRY") as IndicatorGroup;

import { REPORT_TIMELINESS_TERMS } from "@chanrong/domain";
import { Flex, Tag, Tooltip } from "antd";
import { useI18n } from "../../../../shared/i18n";
import type { PilotSummary, Timeliness } from "../api/pilots";

const COLOURS: Record<Timeliness, string> = {
  NOT_DUE: "default",
  DUE: "blue",
  ON_TIME: "green",
  LATE: "orange",
  MISSING: "red",
};

export function TimelinessTag({ timeliness }: { timeliness: Timeliness }) {
  const { locale } = useI18n();
  return (
    <Tag color={COLOURS[timeliness]} data-testid={`timeliness-${timeliness}`}>
      {REPORT_TIMELINESS_TERMS[timeliness][locale]}
    </Tag>
  );
}

/** Each plan year as a tag "2018 逾期报送", late and missing ones in warning colours. */
export function YearTags({ years }: { years: PilotSummary["years"] }) {
  const { t, locale } = useI18n();
  return (
    <Flex gap={4} wrap>
      {years.map((entry) => (
        <Tooltip key={entry.year} title={`${t("pilot.dueOn")} ${entry.dueOn}`}>
          <Tag color={COLOURS[entry.timeliness]} data-testid={`year-${entry.year}-${entry.timeliness}`}>
            {entry.year} {REPORT_TIMELINESS_TERMS[entry.timeliness][locale]}
          </Tag>
        </Tooltip>
      ))}
    </Flex>
  );
}

export function usePilotLabels() {
  const { t } = useI18n();
  return {
    period: (pilot: { periodStart: string; periodEnd: string }) =>
      t("pilot.periodRange", { from: pilot.periodStart, to: pilot.periodEnd }),
    batch: (pilot: PilotSummary) =>
      `${t("pilot.batchNumber", { number: pilot.batch.number })} · ${t(`pilot.kind.${pilot.kind}`)}`,
  };
}

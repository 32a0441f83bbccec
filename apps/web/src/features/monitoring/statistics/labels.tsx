import {
  CLUSTERS_33618,
  MANUFACTURING_FIGURES,
  type ManufacturingFigure,
  OTHER_MANUFACTURING,
  OTHER_MANUFACTURING_TERM,
  type SubmissionTimeliness,
} from "@chanrong/domain";
import { Tag } from "antd";
import { formatYuan } from "../../../shared/format";
import { useI18n } from "../../../shared/i18n";

const TIMELINESS_COLOUR: Record<SubmissionTimeliness, string> = {
  ON_TIME: "green",
  LATE: "red",
  MISSING: "red",
  NOT_YET_DUE: "default",
};

/** Late and missing are what the reader looks for: red, the rest quiet. */
export function TimelinessTag({ status }: { status: SubmissionTimeliness }) {
  const { t } = useI18n();
  return (
    <Tag color={TIMELINESS_COLOUR[status]} data-testid={`timeliness-${status}`}>
      {t(`stats.timeliness.${status}`)}
    </Tag>
  );
}

export const isLate = (status: SubmissionTimeliness) => status === "LATE" || status === "MISSING";

/** A cluster's name in the reader's language, other manufacturing included. */
export function useClusterName(): (code: string) => string {
  const { locale } = useI18n();
  return (code) => {
    const term =
      code === OTHER_MANUFACTURING ? OTHER_MANUFACTURING_TERM : CLUSTERS_33618.find((c) => c.code === code);
    return term ? term[locale] : code;
  };
}

/** The statistics' clusters in the template's order: the 33618 clusters, then other manufacturing. */
export const CLUSTER_ORDER = [...CLUSTERS_33618.map((cluster) => cluster.code), OTHER_MANUFACTURING];

/** One right-aligned column per manufacturing figure, for tables of rows carrying them as yuan strings. */
export function useFigureColumns<Row extends Record<ManufacturingFigure, string>>() {
  const { t } = useI18n();
  return MANUFACTURING_FIGURES.map((figure) => ({
    key: figure,
    title: t(`stats.figure.${figure}`),
    align: "right" as const,
    render: (_: unknown, row: Row) => formatYuan(row[figure]),
  }));
}

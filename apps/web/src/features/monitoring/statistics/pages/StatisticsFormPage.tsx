import { MANUFACTURING_FIGURES, type ManufacturingFigure, regionCovers } from "@chanrong/domain";
import { Alert, App, Button, Card, Descriptions, Form, Input, Spin } from "antd";
import { useEffect, useMemo, useState } from "react";
import { useNavigate, useSearchParams } from "react-router";
import { useBusinessDate, useSession } from "../../../../app/session";
import { newIdempotencyKey } from "../../../../shared/api/idempotency";
import { useRegionName, useRegions } from "../../../../shared/api/reference";
import { AmountInput } from "../../../../shared/components/AmountInput";
import { PageHeader } from "../../../../shared/components/PageHeader";
import { ProblemAlert } from "../../../../shared/components/ProblemAlert";
import { useI18n } from "../../../../shared/i18n";
import {
  type StatisticsInput,
  type SubmissionDetail,
  useSubmission,
  useSubmissions,
  useSubmitStatistics,
} from "../api";
import { BreakdownEditor, type FigureCells } from "../BreakdownEditor";
import { CLUSTER_ORDER, useClusterName } from "../labels";

type Totals = FigureCells & { allLoansBalance?: string };

/** The form's state from a submission being corrected: every amount as it was sent. */
function cellsOf(detail: SubmissionDetail | undefined) {
  const byKey = (rows: ({ key: string } & Record<ManufacturingFigure, string>)[]) =>
    Object.fromEntries(rows.map(({ key, ...figures }) => [key, figures as FigureCells]));
  return {
    totals: detail ? { allLoansBalance: detail.allLoansBalance, ...detail.manufacturing } : {},
    clusters: byKey(detail?.byCluster.map(({ cluster, ...rest }) => ({ key: cluster, ...rest })) ?? []),
    districts: byKey(detail?.byDistrict.map(({ district, ...rest }) => ({ key: district, ...rest })) ?? []),
  };
}

/** Rows with no amount at all are left out; blank cells of a row that has some count as 0. */
function rowsOf<K extends "cluster" | "district">(key: K, cells: Record<string, FigureCells>) {
  return Object.entries(cells)
    .filter(([, figures]) => MANUFACTURING_FIGURES.some((figure) => figures[figure]))
    .map(([code, figures]) => ({
      [key]: code,
      ...Object.fromEntries(MANUFACTURING_FIGURES.map((figure) => [figure, figures[figure] || "0"])),
    })) as ({ [k in K]: string } & Record<ManufacturingFigure, string>)[];
}

/**
 * A bank enters its month by form, or corrects the live version with a reason: the totals, then the
 * clusters and districts as editable tables whose running sums show whether the parts add up.
 */
export function StatisticsFormPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const today = useBusinessDate();
  const month = params.get("month") ?? today.slice(0, 7);
  const { me } = useSession();
  const regions = useRegions();
  const regionName = useRegionName();
  const clusterName = useClusterName();
  const live = useSubmissions(month);
  const liveId = live.data?.[0]?.id;
  const liveDetail = useSubmission(liveId);
  const submit = useSubmitStatistics();
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const [totals, setTotals] = useState<Totals>({});
  const [clusters, setClusters] = useState<Record<string, FigureCells>>({});
  const [districts, setDistricts] = useState<Record<string, FigureCells>>({});
  const [reason, setReason] = useState("");

  const correcting = liveId ? liveDetail.data : undefined;
  useEffect(() => {
    const cells = cellsOf(correcting);
    setTotals(cells.totals);
    setClusters(cells.clusters);
    setDistricts(cells.districts);
  }, [correcting]);

  const regionCode = me?.organisation.regionCode ?? "";
  const districtCodes = useMemo(
    () =>
      (regions.data ?? [])
        .filter((region) => region.level === "district" && regionCovers(regionCode, region.code))
        .map((region) => region.code),
    [regions.data, regionCode],
  );

  const changed = () => setIdempotencyKey(newIdempotencyKey());
  const setCell = (set: typeof setClusters) => (code: string, figure: ManufacturingFigure, value: string) => {
    set((previous) => ({ ...previous, [code]: { ...previous[code], [figure]: value } }));
    changed();
  };

  const onSubmit = async () => {
    const json: StatisticsInput = {
      month,
      allLoansBalance: totals.allLoansBalance ?? "",
      manufacturing: Object.fromEntries(
        MANUFACTURING_FIGURES.map((figure) => [figure, totals[figure] ?? ""]),
      ) as StatisticsInput["manufacturing"],
      byCluster: rowsOf("cluster", clusters),
      byDistrict: rowsOf("district", districts),
      ...(correcting && { reason }),
    };
    const saved = await submit.mutateAsync({ json, idempotencyKey }).catch(() => null);
    if (!saved) return;
    message.success(t("stats.saved", { month: saved.month, version: saved.version }));
    navigate(`/bank-statistics/${saved.id}`);
  };

  if (live.isLoading || (liveId && liveDetail.isLoading)) return <Spin />;
  return (
    <>
      <PageHeader
        title={`${t("stats.title")} · ${month}`}
        subtitle={t("stats.subtitle")}
        backTo="/bank-statistics"
      />
      {correcting && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t("stats.correcting", { month, version: correcting.version })}
        />
      )}
      <ProblemAlert error={submit.error} testId="stats-form-error" />
      <Card title={t("stats.totals")} style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2 }} bordered size="small">
          {(["allLoansBalance", ...MANUFACTURING_FIGURES] as const).map((figure) => (
            <Descriptions.Item key={figure} label={t(`stats.figure.${figure}`)}>
              <AmountInput
                value={totals[figure] ?? ""}
                onChange={(amount) => {
                  setTotals((previous) => ({ ...previous, [figure]: amount }));
                  changed();
                }}
                data-testid={`stats-total-${figure}`}
              />
            </Descriptions.Item>
          ))}
        </Descriptions>
      </Card>
      <Card title={t("stats.byCluster")} style={{ marginBottom: 16 }}>
        <BreakdownEditor
          title={t("stats.cluster")}
          rows={CLUSTER_ORDER}
          nameOf={clusterName}
          values={clusters}
          totals={totals}
          onChange={setCell(setClusters)}
          testId="stats-clusters"
        />
      </Card>
      <Card title={t("stats.byDistrict")} style={{ marginBottom: 16 }}>
        <BreakdownEditor
          title={t("stats.district")}
          rows={districtCodes}
          nameOf={(code) => regionName(code)}
          values={districts}
          totals={totals}
          onChange={setCell(setDistricts)}
          testId="stats-districts"
        />
      </Card>
      <Card>
        {correcting && (
          <Form.Item label={t("stats.reason")} required>
            <Input.TextArea
              rows={2}
              maxLength={500}
              value={reason}
              onChange={(event) => {
                setReason(event.target.value);
                changed();
              }}
              data-testid="stats-form-reason"
            />
          </Form.Item>
        )}
        <Button type="primary" loading={submit.isPending} onClick={onSubmit} data-testid="stats-form-submit">
          {correcting ? t("stats.submitCorrection") : t("stats.submit")}
        </Button>
      </Card>
    </>
  );
}

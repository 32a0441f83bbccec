import { rateAsPercent } from "@chanrong/domain";
import { Card, DatePicker, Descriptions, Flex, Progress, Table, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import dayjs from "dayjs";
import { useState } from "react";
import { useSession } from "../../../app/session";
import { ExportButton } from "../../../shared/components/ExportButton";
import { PageHeader } from "../../../shared/components/PageHeader";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { formatInteger, formatYuan } from "../../../shared/format";
import { useI18n } from "../../../shared/i18n";
import { exportIndicators, type Indicator, useIndicators } from "./api";
import { TargetsEditor } from "./TargetsEditor";

/** A value as its unit reads: a share as a percentage, money in yuan, a count of enterprises. */
export function showValue(unit: Indicator["unit"], value: string | null): string {
  if (value === null) return "—";
  if (unit === "ratio") return rateAsPercent(value);
  return unit === "yuan" ? formatYuan(value) : formatInteger(Number(value));
}

/** Met already, projected to meet its target, or behind; null while a figure is missing. */
export const onTrack = (indicator: Indicator) =>
  indicator.met === null ? null : indicator.met || indicator.projection?.meetsTarget === true;

function StatusTag({ indicator }: { indicator: Indicator }) {
  const { t } = useI18n();
  const track = onTrack(indicator);
  if (track === null) return <Tag>{t("mon.noData")}</Tag>;
  if (indicator.met) return <Tag color="success">{t("mon.met")}</Tag>;
  return track ? (
    <Tag color="processing">{t("mon.onTrack")}</Tag>
  ) : (
    <Tag color="error">{t("mon.behind")}</Tag>
  );
}

function Working({ indicator }: { indicator: Indicator }) {
  const { t, label } = useI18n();
  if (!indicator.working)
    return <Typography.Text type="secondary">{label(indicator.missing ?? undefined)}</Typography.Text>;
  const { projection } = indicator;
  return (
    <Descriptions size="small" column={1} bordered data-testid={`indicator-working-${indicator.code}`}>
      <Descriptions.Item label={t("mon.formula")}>{label(indicator.working.formula)}</Descriptions.Item>
      <Descriptions.Item label={t("mon.inputs")}>
        {indicator.working.inputs.map((input) => (
          <div key={`${label(input.name)}-${input.month}`}>
            {label(input.name)}({input.month}):
            {indicator.unit === "yuan" ? formatYuan(input.value) : input.value}
          </div>
        ))}
      </Descriptions.Item>
      <Descriptions.Item label={t("mon.computation")}>
        <Typography.Text code>{indicator.working.computation}</Typography.Text>
      </Descriptions.Item>
      {projection && (
        <Descriptions.Item label={t("mon.projection")}>
          {projection.from.month} {showValue(indicator.unit, projection.from.value)} → {projection.to.month}{" "}
          {showValue(indicator.unit, projection.to.value)};{" "}
          {t("mon.perMonth", {
            value: projection.perMonth,
            month: projection.targetMonth,
            projected: showValue(indicator.unit, projection.projected),
          })}
        </Descriptions.Item>
      )}
    </Descriptions>
  );
}

/** 指标与目标: each indicator with its formula, progress to target, projection and whether it is on track. */
export function IndicatorsPage() {
  const { t, label } = useI18n();
  const { access, me } = useSession();
  const [month, setMonth] = useState<string | undefined>(undefined);
  const indicators = useIndicators(month);
  const shownMonth = indicators.data?.month ?? month;

  const columns: ColumnsType<Indicator> = [
    { key: "name", title: t("mon.indicator"), render: (_, row) => label(row.name) },
    {
      key: "value",
      title: t("mon.value"),
      align: "right",
      render: (_, row) => (
        <span data-testid={`indicator-value-${row.code}`}>{showValue(row.unit, row.value)}</span>
      ),
    },
    {
      key: "target",
      title: t("mon.target"),
      render: (_, row) => (
        <span data-testid={`indicator-target-${row.code}`}>
          {label(row.target.ruleName)}
          {row.target.value !== null && ` ${showValue(row.unit, row.target.value)}`}
          {row.target.rule === "AT_LEAST" && t("mon.by", { by: row.target.by })}
        </span>
      ),
    },
    {
      key: "progress",
      title: t("mon.progress"),
      width: 200,
      render: (_, row) =>
        row.progress === null ? (
          "—"
        ) : (
          <Progress
            data-testid={`indicator-progress-${row.code}`}
            percent={Math.min(100, Number(row.progress) * 100)}
            format={() => rateAsPercent(row.progress ?? "0")}
            status={row.met ? "success" : "active"}
            size="small"
          />
        ),
    },
    {
      key: "projection",
      title: t("mon.projection"),
      align: "right",
      render: (_, row) => (row.projection ? showValue(row.unit, row.projection.projected) : "—"),
    },
    { key: "status", title: t("mon.status"), render: (_, row) => <StatusTag indicator={row} /> },
  ];

  const feeds = indicators.data?.feeds;
  return (
    <>
      <PageHeader
        title={t("menu.monitoringIndicators")}
        subtitle={t("mon.subtitle")}
        testId="indicators-header"
        extra={
          <Flex gap={8}>
            <DatePicker
              picker="month"
              allowClear={false}
              value={shownMonth ? dayjs(`${shownMonth}-01`) : undefined}
              onChange={(value) => setMonth(value?.format("YYYY-MM"))}
              aria-label={t("mon.month")}
              data-testid="indicators-month"
            />
            <ExportButton
              onExport={() => exportIndicators(shownMonth)}
              label={t("mon.export")}
              testId="indicators-export"
            />
          </Flex>
        }
      />
      <ProblemAlert error={indicators.error} />
      <Card>
        <Table
          rowKey="code"
          columns={columns}
          dataSource={indicators.data?.indicators ?? []}
          loading={indicators.isPending}
          pagination={false}
          expandable={{ expandedRowRender: (row) => <Working indicator={row} /> }}
          data-testid="indicators-table"
        />
      </Card>
      {feeds && (
        <Card title={t("mon.feeds")} style={{ marginTop: 16 }} data-testid="indicators-feeds">
          <Descriptions size="small" column={2}>
            <Descriptions.Item label={t("mon.feedEnterprises")}>
              {t("mon.feedEnterprisesDetail", feeds.enterprisesServed)}
            </Descriptions.Item>
            <Descriptions.Item label={t("mon.feedLoans")}>
              {t("mon.feedLoansDetail", {
                loans: feeds.subsidisedLoans.loans,
                amount: formatYuan(feeds.subsidisedLoans.amount),
              })}
            </Descriptions.Item>
            <Descriptions.Item label={t("mon.feedIncentives")}>
              {t("mon.feedIncentivesDetail", {
                payments: feeds.incentivesPaid.payments,
                amount: formatYuan(feeds.incentivesPaid.amount),
              })}
            </Descriptions.Item>
            <Descriptions.Item label={t("mon.feedPipeline")}>{feeds.listingPipeline}</Descriptions.Item>
          </Descriptions>
        </Card>
      )}
      {access.editMonitoringTargets && me && <TargetsEditor regionCode={me.organisation.regionCode} />}
    </>
  );
}

import { Card, Col, Row, Statistic, Tag, Typography } from "antd";
import { formatYuan } from "../../../shared/format";
import { useI18n } from "../../../shared/i18n";
import type { Dashboard } from "./api";
import { percent } from "./charts";

/** The share, growth, medium/long-term and credit indicators of the month, each against its target. */
export function Headline({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useI18n();
  const indicator = (code: string) => dashboard.indicators.find((entry) => entry.code === code);
  const share = indicator("MANUFACTURING_SHARE");
  const growth = indicator("MANUFACTURING_GROWTH");
  const latest = dashboard.series.at(-1);
  const met = (value: boolean | null | undefined) =>
    value === null || value === undefined ? null : (
      <Tag color={value ? "green" : "red"}>{value ? t("monitoring.met") : t("monitoring.notMet")}</Tag>
    );
  const cards = [
    {
      key: "balance",
      title: t("monitoring.manufacturing"),
      value: `${formatYuan(latest?.figures?.balance)} ${t("monitoring.yuan")}`,
      note: latest?.figures ? `${t("monitoring.newLoans")} ${formatYuan(latest.figures.newLoans)}` : "",
    },
    share && {
      key: "share",
      title: t("monitoring.share"),
      value: percent(share.value),
      note: (
        <>
          {t("monitoring.targetBy", { target: percent(share.target.value), by: share.target.by })}{" "}
          {met(share.met)}
          {share.projection && (
            <div data-testid="monitoring-projection">
              {t("monitoring.projectedTo", {
                month: share.projection.targetMonth,
                value: percent(share.projection.projected),
              })}{" "}
              {met(share.projection.meetsTarget)}
            </div>
          )}
        </>
      ),
    },
    growth && {
      key: "growth",
      title: t("monitoring.growth"),
      value: percent(growth.value),
      note: (
        <>
          {t("monitoring.againstAllLoans", { value: percent(growth.target.value) })} {met(growth.met)}
        </>
      ),
    },
    ...(["MEDIUM_LONG_TERM_SHARE", "CREDIT_SHARE"] as const).map((code) => {
      const found = indicator(code);
      return (
        found && {
          key: code,
          title: t(code === "CREDIT_SHARE" ? "monitoring.creditShare" : "monitoring.mediumLongTermShare"),
          value: percent(found.value),
          note: (
            <>
              {t("monitoring.yearAgo", { value: percent(found.target.value) })} {met(found.met)}
            </>
          ),
        }
      );
    }),
  ].filter((card) => !!card);
  return (
    <Row gutter={[16, 16]}>
      {cards.map((card) => (
        <Col key={card.key} xs={24} sm={12} xl={Math.max(4, Math.floor(24 / cards.length))}>
          <Card size="small" data-testid={`monitoring-headline-${card.key}`}>
            <Statistic title={card.title} value={card.value} styles={{ content: { fontSize: 20 } }} />
            <Typography.Text type="secondary">{card.note}</Typography.Text>
          </Card>
        </Col>
      ))}
    </Row>
  );
}

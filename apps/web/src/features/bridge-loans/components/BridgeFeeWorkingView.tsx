import { Alert, Descriptions, Tag, Typography } from "antd";
import { formatYuan, rateAsPercent } from "../../../shared/format";
import { useI18n } from "../../../shared/i18n";
import { BridgeFeePeriodsTable } from "../../calculators/components/BridgeLoanFeeTab";
import type { BridgeFeeWorking } from "../api/bridgeLoans";

/** The fee as the domain computed it: the waiver, or each run of days at its rate, rounded once. */
export function BridgeFeeWorkingView({ working, title }: { working: BridgeFeeWorking; title: string }) {
  const { t } = useI18n();
  return (
    <div data-testid="bridge-fee-working">
      <Typography.Text type="secondary">{title}</Typography.Text>
      <div style={{ marginBottom: 12 }}>
        <span className="subsidy-result" data-testid="bridge-fee">
          {formatYuan(working.fee)}
        </span>{" "}
        <Typography.Text>{t("unit.yuan")}</Typography.Text>
        {working.waived && (
          <Tag color="green" style={{ marginLeft: 12 }}>
            {t("bridge.waived")}
          </Tag>
        )}
      </div>
      {working.waived && (
        <Alert type="success" showIcon message={working.waived} style={{ marginBottom: 12 }} />
      )}
      <Descriptions
        size="small"
        column={1}
        bordered
        style={{ marginBottom: 12 }}
        items={[
          { key: "amount", label: t("bridge.amount"), children: formatYuan(working.amount) },
          { key: "days", label: t("bridge.days"), children: working.days },
          { key: "rate", label: t("bridge.dailyRate"), children: rateAsPercent(working.dailyRate) },
        ]}
      />
      <BridgeFeePeriodsTable periods={working.periods} />
    </div>
  );
}

import { Tabs } from "antd";
import { useSearchParams } from "react-router";
import { PageHeader } from "../../../shared/components/PageHeader";
import { useI18n } from "../../../shared/i18n";
import { BridgeLoanFeeTab } from "../components/BridgeLoanFeeTab";
import { InterestSubsidyTab } from "../components/InterestSubsidyTab";
import { RecoveryTab } from "../components/RecoveryTab";
import { RiskSharingTab } from "../components/RiskSharingTab";
import { UsccTab } from "../components/UsccTab";

const TABS = ["interest", "risk", "recovery", "bridge", "uscc"] as const;
type TabKey = (typeof TABS)[number];

/** The public calculators (no sign-in needed): interest subsidy, risk sharing, recovery, bridge-loan fee, USCC. */
export function CalculatorsPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const requested = params.get("tab");
  const active: TabKey = TABS.find((tab) => tab === requested) ?? "interest";
  return (
    <>
      <PageHeader title={t("menu.calculators")} subtitle={t("calc.subtitle")} />
      <Tabs
        activeKey={active}
        onChange={(key) => setParams(key === "interest" ? {} : { tab: key }, { replace: true })}
        destroyOnHidden={false}
        items={[
          {
            key: "interest",
            label: <span data-testid="calc-tab-interest">{t("calc.tab.interest")}</span>,
            children: <InterestSubsidyTab />,
          },
          {
            key: "risk",
            label: <span data-testid="calc-tab-risk">{t("calc.tab.risk")}</span>,
            children: <RiskSharingTab />,
          },
          {
            key: "recovery",
            label: <span data-testid="calc-tab-recovery">{t("calc.tab.recovery")}</span>,
            children: <RecoveryTab />,
          },
          {
            key: "bridge",
            label: <span data-testid="calc-tab-bridge">{t("calc.tab.bridge")}</span>,
            children: <BridgeLoanFeeTab />,
          },
          {
            key: "uscc",
            label: <span data-testid="calc-tab-uscc">{t("calc.tab.uscc")}</span>,
            children: <UsccTab />,
          },
        ]}
      />
    </>
  );
}

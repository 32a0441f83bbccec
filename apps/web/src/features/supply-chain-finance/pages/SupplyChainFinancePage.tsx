import { Alert, Empty, Tabs } from "antd";
import { useSession } from "../../../app/session";
import { PageHeader } from "../../../shared/components/PageHeader";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { useI18n } from "../../../shared/i18n";
import { useLimits } from "../api/supply-chain-finance";
import { ArrangementsTab } from "../components/ArrangementsTab";
import { FinancingsTab } from "../components/FinancingsTab";
import { LimitCard } from "../components/LimitCard";
import { PayablesTab } from "../components/PayablesTab";
import { ReportTab } from "../components/ReportTab";
import { RulesTab } from "../components/RulesTab";

/** The verified limits as a supplier sees them (one per core), or a bank's desk (its arranged cores' suppliers). */
function Limits({ mode }: { mode: "supplier" | "bank" }) {
  const { t } = useI18n();
  const limits = useLimits();
  if (limits.error) return <ProblemAlert error={limits.error} />;
  if (!limits.isLoading && (limits.data ?? []).length === 0) return <Empty description={t("scf.noLimits")} />;
  return (
    <>
      {(limits.data ?? []).map((limit) => (
        <LimitCard key={`${limit.coreEnterpriseId}-${limit.supplierUscc}`} limit={limit} mode={mode} />
      ))}
    </>
  );
}

/**
 * 数据确权供应链融资 (seed 004 §三(五)): an enterprise's payables as a core and receivables as a supplier,
 * a bank's arrangements and desk, the bureau's report.
 */
export function SupplyChainFinancePage() {
  const { t } = useI18n();
  const { me, access } = useSession();
  const type = me?.organisation.type;
  const items =
    type === "ENTERPRISE"
      ? [
          { key: "receivables", label: t("scf.tab.receivables"), children: <Limits mode="supplier" /> },
          { key: "payables", label: t("scf.tab.payables"), children: <PayablesTab /> },
          {
            key: "arrangements",
            label: t("scf.tab.arrangements"),
            children: <ArrangementsTab side="core" />,
          },
          { key: "financings", label: t("scf.tab.financings"), children: <FinancingsTab bank={false} /> },
        ]
      : type === "BANK"
        ? [
            { key: "desk", label: t("scf.tab.desk"), children: <Limits mode="bank" /> },
            { key: "financings", label: t("scf.tab.financings"), children: <FinancingsTab bank /> },
            {
              key: "arrangements",
              label: t("scf.tab.arrangements"),
              children: <ArrangementsTab side="bank" />,
            },
          ]
        : access.supplyChainFinanceReport
          ? [
              { key: "report", label: t("scf.tab.report"), children: <ReportTab /> },
              { key: "rules", label: t("scf.tab.rules"), children: <RulesTab /> },
            ]
          : [];
  return (
    <>
      <PageHeader title={t("menu.supplyChainFinance")} subtitle={t("scf.subtitle")} testId="scf-header" />
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={t("scf.noCreditLine")}
        data-testid="scf-no-credit-line"
      />
      <Tabs items={items} destroyOnHidden data-testid="scf-tabs" />
    </>
  );
}

import { Card } from "antd";
import { ExportButton } from "../../../shared/components/ExportButton";
import { PageHeader } from "../../../shared/components/PageHeader";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { useI18n } from "../../../shared/i18n";
import { exportClaims, useClaims } from "../api/demands";
import { ClaimsTable } from "../components/ClaimsTable";

/** An institution's worklist: the demands pushed to it and its claims, each with its deadline. */
export function ClaimWorklistPage() {
  const { t } = useI18n();
  const claims = useClaims();
  return (
    <>
      <PageHeader
        title={t("claims.title")}
        subtitle={t("claims.subtitle")}
        extra={<ExportButton onExport={exportClaims} label={t("demands.export")} testId="claims-export" />}
      />
      <ProblemAlert error={claims.error} />
      <Card loading={claims.isLoading}>
        <ClaimsTable claims={claims.data ?? []} showEnterprise testId="claims-table" />
      </Card>
    </>
  );
}

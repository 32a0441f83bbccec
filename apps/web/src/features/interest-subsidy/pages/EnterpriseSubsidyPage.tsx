import { Button, Card, Flex } from "antd";
import { useNavigate } from "react-router";
import { PageHeader } from "../../../shared/components/PageHeader";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { useI18n } from "../../../shared/i18n";
import { useClaims, useSubsidyLoans } from "../api/interest-subsidy";
import { ClaimTable } from "../components/ClaimTable";
import { LoanTable } from "../components/LoanTable";

/**
 * 贴息申请 (seed 002 art. 11(6)): the enterprise's settled loans with the subsidy computed from the
 * bank's records and their window, and its applications with where each stands.
 */
export function EnterpriseSubsidyPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const loans = useSubsidyLoans();
  const claims = useClaims();
  return (
    <>
      <PageHeader
        title={t("menu.interestSubsidy")}
        subtitle={t("subsidy.subtitle")}
        testId="subsidy-header"
        extra={
          loans.data && (
            <span data-testid="subsidy-today">{t("subsidy.today", { day: loans.data.today })}</span>
          )
        }
      />
      <Flex vertical gap={16}>
        <Card title={t("subsidy.loans")}>
          {loans.isError && <ProblemAlert error={loans.error} />}
          <LoanTable
            rows={loans.data?.items}
            loading={loans.isFetching}
            testId="subsidy-loans"
            action={(row) =>
              row.open && (
                <Button
                  type="primary"
                  size="small"
                  onClick={() => navigate(`/interest-subsidy/apply/${row.applicationId}`)}
                  data-testid="subsidy-apply"
                >
                  {t("subsidy.apply")}
                </Button>
              )
            }
          />
        </Card>
        <Card title={t("subsidy.claims")}>
          {claims.isError && <ProblemAlert error={claims.error} />}
          <ClaimTable claims={claims.data?.items} loading={claims.isFetching} testId="subsidy-claims" />
        </Card>
      </Flex>
    </>
  );
}

import { App, Button, Card, Checkbox, Flex, Segmented, Tabs, Typography } from "antd";
import { useState } from "react";
import { useNavigate } from "react-router";
import { useSession } from "../../../app/session";
import { PageHeader } from "../../../shared/components/PageHeader";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { useI18n } from "../../../shared/i18n";
import {
  type Claim,
  type LoanSubsidy,
  type SubsidyLoanRow,
  useClaims,
  useStartBatch,
  useStartClaimPayment,
  useSubsidyLoans,
  type WindowState,
} from "../api/interest-subsidy";
import { ClaimTable } from "../components/ClaimTable";
import { LoanTable, sumYuan } from "../components/LoanTable";

/**
 * 贴息核算: the fund's guarantor computes every settled loan's subsidy from the bank's records, puts
 * loans nobody applied for into one payment (免申即享), and checks the enterprises' 贴息表 before
 * sending them through the payment chain.
 */
export function SubsidyAccountingPage() {
  const { t } = useI18n();
  const { me } = useSession();
  const canPrepare = Boolean(me?.user.roles.some((role) => role === "operator" || role === "reviewer"));
  const loans = useSubsidyLoans();
  return (
    <>
      <PageHeader
        title={t("menu.interestSubsidyAccounting")}
        subtitle={t("subsidy.accountingSubtitle")}
        testId="accounting-header"
        extra={loans.data && <span>{t("subsidy.today", { day: loans.data.today })}</span>}
      />
      <Card>
        <Tabs
          items={[
            { key: "batch", label: t("subsidy.batch.tab"), children: <BatchTab canPrepare={canPrepare} /> },
            {
              key: "claims",
              label: t("subsidy.claims.tab"),
              children: <ClaimsTab canPrepare={canPrepare} />,
            },
          ]}
        />
      </Card>
    </>
  );
}

type WindowFilter = WindowState | "ALL";

const PAGE_SIZE = 50;

function BatchTab({ canPrepare }: { canPrepare: boolean }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [windowFilter, setWindowFilter] = useState<WindowFilter>("OPEN");
  const [unclaimed, setUnclaimed] = useState(false);
  const [page, setPage] = useState(1);
  const choice = useChoice<SubsidyLoanRow>(
    (row) => row.applicationId,
    (row) => row.subsidy,
  );
  const loans = useSubsidyLoans(
    { windowState: windowFilter === "ALL" ? undefined : windowFilter, unclaimed },
    page,
    PAGE_SIZE,
  );
  const start = useStartBatch();

  const refilter = (apply: () => void) => {
    apply();
    choice.clear();
    setPage(1);
  };

  const onStart = async () => {
    try {
      await start.mutateAsync(choice.keys);
      message.success(t("subsidy.batch.created"));
      choice.clear();
    } catch {
      // Shown above the table, naming each loan refused.
    }
  };

  return (
    <Flex vertical gap={12}>
      <Typography.Text type="secondary">{t("subsidy.batch.hint")}</Typography.Text>
      <Flex gap={16} align="center" wrap>
        <span>{t("subsidy.batch.filterWindow")}</span>
        <Segmented<WindowFilter>
          value={windowFilter}
          onChange={(value) => refilter(() => setWindowFilter(value))}
          data-testid="batch-window-filter"
          options={[
            { value: "OPEN", label: t("subsidy.window.OPEN") },
            { value: "UPCOMING", label: t("subsidy.window.UPCOMING") },
            { value: "PASSED", label: t("subsidy.window.PASSED") },
            { value: "ALL", label: t("subsidy.batch.all") },
          ]}
        />
        <Checkbox
          checked={unclaimed}
          onChange={(event) => refilter(() => setUnclaimed(event.target.checked))}
        >
          {t("subsidy.batch.unclaimed")}
        </Checkbox>
        {canPrepare && (
          <Button
            type="primary"
            disabled={choice.keys.length === 0}
            loading={start.isPending}
            onClick={onStart}
            data-testid="batch-start"
          >
            {t("subsidy.batch.start", { count: choice.keys.length, total: choice.total })}
          </Button>
        )}
      </Flex>
      {start.isError && (
        <ProblemAlert
          error={start.error}
          title={t("subsidy.startRefused")}
          testId="batch-error"
          onClose={() => start.reset()}
        />
      )}
      {loans.isError && <ProblemAlert error={loans.error} />}
      <LoanTable
        rows={loans.data?.items}
        loading={loans.isFetching}
        showEnterprise
        testId="batch-loans"
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: loans.data?.total ?? 0,
          showTotal: (count) => t("common.total", { total: count }),
          onChange: setPage,
        }}
        rowSelection={
          canPrepare
            ? {
                ...choice.selection,
                getCheckboxProps: (row) => ({ disabled: !row.open }),
              }
            : undefined
        }
      />
    </Flex>
  );
}

function ClaimsTab({ canPrepare }: { canPrepare: boolean }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [page, setPage] = useState(1);
  const claims = useClaims(undefined, page, PAGE_SIZE);
  const start = useStartClaimPayment();
  const choice = useChoice<Claim>(
    (claim) => claim.id,
    (claim) => claim.loan.subsidy,
  );

  // The payment is a draft only the guarantor sees: open it, where it is sent on with an opinion.
  const onStart = async () => {
    try {
      const { paymentId } = await start.mutateAsync(choice.keys);
      message.success(t("subsidy.claims.created"));
      navigate(`/fund/payments/${paymentId}`);
    } catch {
      // Shown above the table.
    }
  };

  return (
    <Flex vertical gap={12}>
      <Typography.Text type="secondary">{t("subsidy.claims.hint")}</Typography.Text>
      {canPrepare && (
        <Flex>
          <Button
            type="primary"
            disabled={choice.keys.length === 0}
            loading={start.isPending}
            onClick={onStart}
            data-testid="claims-start"
          >
            {t("subsidy.claims.start", { count: choice.keys.length, total: choice.total })}
          </Button>
        </Flex>
      )}
      {start.isError && (
        <ProblemAlert error={start.error} title={t("subsidy.startRefused")} onClose={() => start.reset()} />
      )}
      {claims.isError && <ProblemAlert error={claims.error} />}
      <ClaimTable
        claims={claims.data?.items}
        loading={claims.isFetching}
        showEnterprise
        testId="accounting-claims"
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: claims.data?.total ?? 0,
          showTotal: (count) => t("common.total", { total: count }),
          onChange: setPage,
        }}
        rowSelection={
          canPrepare
            ? {
                ...choice.selection,
                getCheckboxProps: (claim) => ({ disabled: claim.status !== "SUBMITTED" }),
              }
            : undefined
        }
      />
    </Flex>
  );
}

/**
 * Rows chosen on any page with their computed subsidy, so the button's count and total stay right
 * while the guarantor pages through the list.
 */
function useChoice<Row>(keyOf: (row: Row) => string, subsidyOf: (row: Row) => LoanSubsidy) {
  const [chosen, setChosen] = useState<ReadonlyMap<string, string>>(new Map());
  const choose = (rows: readonly Row[], checked: boolean) => {
    const next = new Map(chosen);
    for (const row of rows) {
      const subsidy = subsidyOf(row);
      if (checked && subsidy.eligible) next.set(keyOf(row), subsidy.amount);
      else next.delete(keyOf(row));
    }
    setChosen(next);
  };
  return {
    keys: [...chosen.keys()],
    total: sumYuan([...chosen.values()]),
    clear: () => setChosen(new Map()),
    selection: {
      selectedRowKeys: [...chosen.keys()],
      onSelect: (row: Row, checked: boolean) => choose([row], checked),
      onSelectAll: (checked: boolean, _rows: Row[], changed: Row[]) => choose(changed, checked),
    },
  };
}

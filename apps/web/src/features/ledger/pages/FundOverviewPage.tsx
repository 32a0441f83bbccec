import { FileSearchOutlined, PlusOutlined } from "@ant-design/icons";
import { FUND_ACCOUNT_KINDS } from "@chanrong/domain";
import { Button, Card, Col, Empty, Flex, Row, Spin, Statistic, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { Link } from "react-router";
import { useSession } from "../../../app/session";
import { dateTimeCell } from "../../../shared/components/Nowrap";
import { PageHeader } from "../../../shared/components/PageHeader";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { formatYuan, sumYuan } from "../../../shared/format";
import { useI18n } from "../../../shared/i18n";
import {
  type FundAccount,
  type FundAccountKind,
  type ListedPosting,
  useFund,
  usePostings,
} from "../api/ledger";
import { FundPicker, useSelectedFund } from "../components/FundPicker";
import { AppropriationModal, ReversalModal } from "../components/LedgerModals";

interface AccountRow {
  key: string;
  kind: FundAccountKind;
  name: string;
  debits: string;
  credits: string;
  balance: string;
  children?: AccountRow[];
}

/** One row per kind of account; a kind with several accounts (a payable per payee) opens into them. */
function accountRows(
  accounts: readonly FundAccount[],
  kindLabel: (kind: FundAccountKind) => string,
): AccountRow[] {
  return FUND_ACCOUNT_KINDS.flatMap((kind) => {
    const ofKind = accounts.filter((account) => account.kind === kind);
    if (ofKind.length === 0) return [];
    const row: AccountRow = {
      key: kind,
      kind,
      name: kindLabel(kind),
      debits: sumYuan(ofKind.map((account) => account.debits)),
      credits: sumYuan(ofKind.map((account) => account.credits)),
      balance: sumYuan(ofKind.map((account) => account.balance)),
    };
    if (ofKind.length > 1) {
      row.children = ofKind.map((account) => ({
        key: account.id,
        kind,
        name: account.name,
        debits: account.debits,
        credits: account.credits,
        balance: account.balance,
      }));
    }
    return [row];
  });
}

const APPROPRIATIONS_PAGE_SIZE = 10;

export function FundOverviewPage() {
  const { t } = useI18n();
  const { access } = useSession();
  const selected = useSelectedFund();
  const fund = useFund(selected.fund?.id);
  const [page, setPage] = useState(1);
  const appropriations = usePostings(selected.fund?.id, "APPROPRIATION", page, APPROPRIATIONS_PAGE_SIZE);
  const [appropriating, setAppropriating] = useState(false);
  const [reversing, setReversing] = useState<ListedPosting | null>(null);

  if (selected.funds.isPending || (selected.fund && fund.isPending)) {
    return <Spin style={{ display: "block", margin: 48 }} />;
  }
  if (selected.funds.isError) return <ProblemAlert error={selected.funds.error} />;
  if (!selected.fund) return <Empty description={t("fund.noFund")} style={{ marginTop: 64 }} />;
  if (fund.isError) return <ProblemAlert error={fund.error} />;
  const detail = fund.data;
  if (!detail) return null;

  const accounts = detail.accounts;
  const balanceOf = (...kinds: FundAccountKind[]) =>
    sumYuan(accounts.filter((account) => kinds.includes(account.kind)).map((account) => account.balance));
  const query = `?fund=${detail.id}`;
  const figures: [string, string, string][] = [
    ["cash", t("fund.cash"), balanceOf("FUND_CASH")],
    ["appropriated", t("fund.appropriated"), balanceOf("APPROPRIATIONS")],
    [
      "spent",
      t("fund.spent"),
      balanceOf("INTEREST_SUBSIDY_EXPENSE", "FEE_SUBSIDY_EXPENSE", "RISK_COMPENSATION_EXPENSE"),
    ],
    ["payable", t("fund.payable"), balanceOf("PAYABLE")],
    ["recovered", t("fund.recovered"), balanceOf("RECOVERIES")],
  ];

  return (
    <>
      <PageHeader
        testId="fund-overview-header"
        title={detail.name}
        subtitle={t("fund.overviewSubtitle")}
        extra={
          <>
            <FundPicker selected={selected} />
            <Link to={`/fund/statement${query}`}>
              <Button icon={<FileSearchOutlined />}>{t("fund.viewStatement")}</Button>
            </Link>
            {access.appropriateFund && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setAppropriating(true)}
                data-testid="appropriation-create"
              >
                {t("fund.appropriate")}
              </Button>
            )}
          </>
        }
      />
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        {figures.map(([key, title, value]) => (
          <Col key={key} flex="1 1 200px">
            <Card size="small">
              <Statistic
                title={title}
                value={formatYuan(value)}
                data-testid={`fund-figure-${key}`}
                styles={{
                  content: {
                    fontSize: key === "cash" ? 26 : 20,
                    color: key === "cash" ? "#1677ff" : undefined,
                  },
                }}
              />
            </Card>
          </Col>
        ))}
      </Row>
      <Flex vertical gap={16}>
        <Card title={t("fund.accounts")}>
          <Table<AccountRow>
            data-testid="fund-accounts"
            size="middle"
            pagination={false}
            dataSource={accountRows(accounts, (kind) => t(`fundAccount.${kind}`))}
            onRow={(row) => ({ "data-kind": row.kind }) as React.HTMLAttributes<HTMLElement>}
            columns={[
              {
                key: "name",
                title: t("fund.account"),
                dataIndex: "name",
                render: (name: string, row) =>
                  row.children ? (
                    <>
                      {name}{" "}
                      <Typography.Text type="secondary">
                        ({t("fund.accountCount", { n: row.children.length })})
                      </Typography.Text>
                    </>
                  ) : (
                    name
                  ),
              },
              {
                key: "debits",
                title: t("fund.debits"),
                dataIndex: "debits",
                align: "right",
                render: formatYuan,
              },
              {
                key: "credits",
                title: t("fund.credits"),
                dataIndex: "credits",
                align: "right",
                render: formatYuan,
              },
              {
                key: "balance",
                title: t("fund.balance"),
                dataIndex: "balance",
                align: "right",
                render: (balance: string) => <Typography.Text strong>{formatYuan(balance)}</Typography.Text>,
              },
            ]}
          />
        </Card>
        <Card title={t("fund.appropriations")}>
          {appropriations.isError && <ProblemAlert error={appropriations.error} />}
          <Table<ListedPosting>
            data-testid="fund-appropriations"
            rowKey="postingId"
            size="middle"
            loading={appropriations.isFetching}
            dataSource={appropriations.data?.items}
            locale={{ emptyText: t("fund.noAppropriations") }}
            onRow={(row) => ({ "data-posting-id": row.postingId }) as React.HTMLAttributes<HTMLElement>}
            pagination={{
              current: page,
              pageSize: APPROPRIATIONS_PAGE_SIZE,
              total: appropriations.data?.total ?? 0,
              onChange: setPage,
              showTotal: (total) => t("common.total", { total }),
            }}
            columns={[
              { key: "no", title: t("fund.postingNo"), dataIndex: "postingId", width: 90 },
              { key: "date", title: t("fund.date"), dataIndex: "effectiveOn", width: 120 },
              {
                key: "amount",
                title: t("fund.amount"),
                dataIndex: "cashIn",
                align: "right",
                render: (amount: string) => formatYuan(amount),
              },
              { key: "memo", title: t("fund.memo"), dataIndex: "memo" },
              {
                key: "recordedBy",
                title: t("fund.recordedBy"),
                render: (_, row) => (
                  <Flex vertical>
                    <span>{row.recordedBy.name}</span>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {dateTimeCell(row.recordedAt)}
                    </Typography.Text>
                  </Flex>
                ),
              },
              {
                key: "status",
                title: t("common.status"),
                render: (_, row) =>
                  row.reversedBy ? (
                    <Tag color="red" data-testid="appropriation-reversed">
                      {t("fund.reversedBy", { id: row.reversedBy })}
                    </Tag>
                  ) : row.mayReverse ? (
                    <Button
                      size="small"
                      danger
                      onClick={() => setReversing(row)}
                      data-testid="appropriation-reverse"
                    >
                      {t("fund.reverse")}
                    </Button>
                  ) : null,
              },
            ]}
          />
        </Card>
      </Flex>
      {appropriating && <AppropriationModal fundId={detail.id} onClose={() => setAppropriating(false)} />}
      {reversing && (
        <ReversalModal fundId={detail.id} posting={reversing} onClose={() => setReversing(null)} />
      )}
    </>
  );
}

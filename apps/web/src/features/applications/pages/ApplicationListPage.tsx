import { PlusOutlined } from "@ant-design/icons";
import { Button, Card, Flex, Table, Tabs, Tag, Typography } from "antd";
import { Link, useNavigate, useSearchParams } from "react-router";
import { useSession } from "../../../app/session";
import { PageHeader } from "../../../shared/components/PageHeader";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { formatWan, formatYuan } from "../../../shared/format";
import { useI18n } from "../../../shared/i18n";
import { orgTypeLabel } from "../../../shared/labels";
import { type ApplicationRow, useApplications } from "../api/applications";
import { SlaTag, StatusTag } from "../components/labels";

/** "3 天" / "5 小时" since a timestamp (whole units, rounded down). */
export function useHeldFor() {
  const { t } = useI18n();
  return (since: string | null): string => {
    if (!since) return "";
    const ms = Date.now() - new Date(since).getTime();
    if (!Number.isFinite(ms) || ms < 0) return "";
    const hours = Math.floor(ms / 3_600_000);
    if (hours < 24) return t("application.heldHours", { hours });
    return t("application.heldDays", { days: Math.floor(hours / 24) });
  };
}

const PAGE_SIZE = 20;

export function ApplicationListPage() {
  const { t } = useI18n();
  const { access } = useSession();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const tab = params.get("tab") === "all" ? "all" : "waiting";
  const page = Math.max(1, Number(params.get("page")) || 1);
  const applications = useApplications(tab === "waiting", page, PAGE_SIZE);
  const heldFor = useHeldFor();

  const table = (
    <div data-testid="application-table">
      {applications.isError && <ProblemAlert error={applications.error} />}
      <Table<ApplicationRow>
        rowKey="id"
        size="middle"
        loading={applications.isFetching}
        dataSource={applications.isError ? [] : applications.data?.items}
        locale={{ emptyText: t("application.empty") }}
        onRow={(row) => ({ "data-application-id": row.id }) as React.HTMLAttributes<HTMLElement>}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: applications.data?.total ?? 0,
          showTotal: (total) => t("common.total", { total }),
          onChange: (next) => {
            const copy = new URLSearchParams(params);
            copy.set("page", String(next));
            setParams(copy);
          },
        }}
        columns={[
          {
            key: "enterprise",
            title: t("application.enterprise"),
            dataIndex: "enterpriseName",
            render: (name: string, row) => (
              <Link to={`/applications/${row.id}`} data-testid="application-link">
                {name}
              </Link>
            ),
          },
          { key: "programme", title: t("application.programme"), dataIndex: "programmeName" },
          {
            key: "amount",
            title: t("application.amount"),
            dataIndex: "amount",
            align: "right",
            render: (amount: string) => (
              <Flex vertical align="flex-end">
                <span>
                  {formatYuan(amount)} {t("unit.yuan")}
                </span>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatWan(amount)} {t("unit.wan")}
                </Typography.Text>
              </Flex>
            ),
          },
          {
            key: "term",
            title: t("application.term"),
            dataIndex: "termMonths",
            width: 100,
            render: (n: number) => t("application.termMonths", { n }),
          },
          {
            key: "status",
            title: t("common.status"),
            dataIndex: "status",
            render: (status: ApplicationRow["status"]) => (
              <StatusTag status={status} testId="application-status" />
            ),
          },
          {
            key: "holder",
            title: t("application.holder"),
            dataIndex: "holders",
            render: (holders: ApplicationRow["holders"]) =>
              holders.map((holder) => (
                <Tag key={holder} color="blue" variant="outlined">
                  {orgTypeLabel(t, holder)}
                </Tag>
              )),
          },
          {
            key: "heldFor",
            title: t("application.heldFor"),
            dataIndex: "heldSince",
            width: 110,
            render: (since: string | null) => heldFor(since),
          },
          {
            key: "sla",
            title: t("application.sla"),
            dataIndex: "sla",
            render: (sla: ApplicationRow["sla"], row) => (
              <SlaTag sla={sla} dueOn={row.nextDueOn} testId="application-sla" />
            ),
          },
        ]}
      />
    </div>
  );

  return (
    <>
      <PageHeader
        title={t("menu.applications")}
        subtitle={t("application.listSubtitle")}
        extra={
          access.createApplication && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => navigate("/applications/new")}
              data-testid="application-create"
            >
              {t("application.create")}
            </Button>
          )
        }
      />
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams(key === "all" ? { tab: "all" } : {})}
          items={[
            {
              key: "waiting",
              label: <span data-testid="application-tab-waiting">{t("application.tabWaiting")}</span>,
              children: tab === "waiting" ? table : null,
            },
            {
              key: "all",
              label: <span data-testid="application-tab-all">{t("application.tabAll")}</span>,
              children: tab === "all" ? table : null,
            },
          ]}
        />
      </Card>
    </>
  );
}

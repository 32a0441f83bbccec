import { DownloadOutlined, PlusOutlined } from "@ant-design/icons";
import { APPLICATION_STATUSES } from "@chanrong/domain";
import { App, Button, Card, Col, DatePicker, Flex, Row, Select, Table, Tabs, Tag, Typography } from "antd";
import dayjs from "dayjs";
import { useMemo, useState } from "react";
import { Link, useNavigate } from "react-router";
import { useSession } from "../../../app/session";
import { ApiError } from "../../../shared/api/client";
import { useBanks } from "../../../shared/api/reference";
import { PageHeader } from "../../../shared/components/PageHeader";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { DATE_FORMAT, formatWan, formatYuan } from "../../../shared/format";
import { useI18n } from "../../../shared/i18n";
import { orgTypeLabel } from "../../../shared/labels";
import { useSearchState } from "../../../shared/search-params";
import { DistrictSelect } from "../../enterprises/components/DistrictSelect";
import {
  APPLICATION_FILTER_KEYS,
  type ApplicationFilter,
  type ApplicationRow,
  exportApplications,
  useApplications,
} from "../api/applications";
import { labelOr, SlaTag, StatusTag } from "../components/labels";

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

function readFilter(params: URLSearchParams): ApplicationFilter {
  const filter: ApplicationFilter = {};
  for (const key of APPLICATION_FILTER_KEYS) {
    const value = params.get(key);
    if (value) filter[key] = value;
  }
  return filter;
}

export function ApplicationListPage() {
  const { t } = useI18n();
  const { me, access } = useSession();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { params, update } = useSearchState();
  const tab = params.get("tab") === "all" ? "all" : "waiting";
  const page = Math.max(1, Number(params.get("page")) || 1);
  const filter = useMemo(() => readFilter(params), [params]);
  const applications = useApplications(tab === "waiting", filter, page, PAGE_SIZE);
  const banks = useBanks();
  const heldFor = useHeldFor();
  const [exporting, setExporting] = useState(false);
  // A bank sees only its own applications: a bank filter would offer it nothing.
  const filtersByBank = me?.organisation.type !== "BANK";

  const onExport = async () => {
    setExporting(true);
    try {
      const name = await exportApplications(tab === "waiting", filter);
      message.success(t("application.exported", { name }));
    } catch (error) {
      message.error(error instanceof ApiError ? error.problem.detail : String(error));
    } finally {
      setExporting(false);
    }
  };

  const filters = (
    <Row gutter={[12, 12]} className="filter-bar">
      <Col xs={12} md={6} xl={5}>
        <DistrictSelect
          includeCities
          allowClear
          style={{ width: "100%" }}
          placeholder={t("application.filterDistrict")}
          value={filter.district}
          onChange={(value) => update({ district: value })}
          data-testid="application-filter-district"
        />
      </Col>
      {filtersByBank && (
        <Col xs={12} md={6} xl={5}>
          <Select<string>
            allowClear
            showSearch={{ optionFilterProp: "label" }}
            style={{ width: "100%" }}
            placeholder={t("application.bank")}
            value={filter.bankOrgId}
            onChange={(value) => update({ bankOrgId: value })}
            loading={banks.isPending}
            options={banks.data
              ?.filter((bank) => bank.type === "BANK")
              .map((bank) => ({ value: bank.id, label: bank.name }))}
            data-testid="application-filter-bank"
          />
        </Col>
      )}
      <Col xs={12} md={6} xl={4}>
        <Select<string>
          allowClear
          style={{ width: "100%" }}
          placeholder={t("common.status")}
          value={filter.status}
          onChange={(value) => update({ status: value })}
          options={APPLICATION_STATUSES.map((status) => ({
            value: status,
            label: labelOr(t, `appStatus.${status}`, status),
          }))}
          data-testid="application-filter-status"
        />
      </Col>
      <Col xs={24} md={12} xl={6}>
        <DatePicker.RangePicker
          style={{ width: "100%" }}
          format={DATE_FORMAT}
          placeholder={[t("application.submittedFrom"), t("application.submittedTo")]}
          allowEmpty={[true, true]}
          value={[
            filter.submittedFrom ? dayjs(filter.submittedFrom) : null,
            filter.submittedTo ? dayjs(filter.submittedTo) : null,
          ]}
          onChange={(range) =>
            update({
              submittedFrom: range?.[0]?.format(DATE_FORMAT),
              submittedTo: range?.[1]?.format(DATE_FORMAT),
            })
          }
          data-testid="application-filter-submitted"
        />
      </Col>
    </Row>
  );

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
          onChange: (next) => update({ page: String(next) }),
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
            key: "submittedOn",
            title: t("application.submittedOn"),
            dataIndex: "submittedOn",
            width: 110,
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
          <>
            <Button
              icon={<DownloadOutlined />}
              loading={exporting}
              onClick={onExport}
              data-testid="application-export"
            >
              {t("application.export")}
            </Button>
            {access.createApplication && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => navigate("/applications/new")}
                data-testid="application-create"
              >
                {t("application.create")}
              </Button>
            )}
          </>
        }
      />
      <Card>
        {filters}
        <Tabs
          activeKey={tab}
          // The filters stay as they are when switching between the worklist and all applications.
          onChange={(key) => update({ tab: key === "all" ? "all" : undefined })}
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

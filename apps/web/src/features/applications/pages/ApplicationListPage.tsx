import { PlusOutlined } from "@ant-design/icons";
import { APPLICATION_STATUSES } from "@chanrong/domain";
import { Button, Col, DatePicker, Flex, type TableColumnsType, Typography } from "antd";
import dayjs from "dayjs";
import { Link, useNavigate } from "react-router";
import { useSession } from "../../../app/session";
import { useBanks } from "../../../shared/api/reference";
import { ExportButton } from "../../../shared/components/ExportButton";
import { PageHeader } from "../../../shared/components/PageHeader";
import { DATE_FORMAT, formatWan, formatYuan } from "../../../shared/format";
import { useI18n } from "../../../shared/i18n";
import { FilterSelect } from "../../../shared/worklist/FilterSelect";
import { useHolderColumns } from "../../../shared/worklist/holders";
import { useWorklist } from "../../../shared/worklist/useWorklist";
import { WorklistCard } from "../../../shared/worklist/WorklistCard";
import { DistrictSelect } from "../../enterprises/components/DistrictSelect";
import { useWorkbench } from "../../workbench/useWorkbench";
import {
  APPLICATION_FILTER_KEYS,
  type ApplicationRow,
  exportApplications,
  useApplications,
} from "../api/applications";
import { labelOr, SlaTag, StatusTag } from "../components/labels";

export function ApplicationListPage() {
  const { t } = useI18n();
  const { me, access } = useSession();
  const navigate = useNavigate();
  const workbench = useWorkbench();
  const worklist = useWorklist(APPLICATION_FILTER_KEYS, workbench.data?.waiting.applications);
  const { waiting, filter, update } = worklist;
  const applications = useApplications(waiting, filter, worklist.page, worklist.pageSize);
  const banks = useBanks();
  const holderColumns = useHolderColumns<ApplicationRow>(t("application.heldFor"));
  // A bank sees only its own applications: a bank filter would offer it nothing.
  const filtersByBank = me?.organisation.type !== "BANK";

  const filters = (
    <>
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
          <FilterSelect
            worklist={worklist}
            field="bankOrgId"
            showSearch={{ optionFilterProp: "label" }}
            placeholder={t("application.bank")}
            loading={banks.isPending}
            options={banks.data
              ?.filter((bank) => bank.type === "BANK")
              .map((bank) => ({ value: bank.id, label: bank.name }))}
            data-testid="application-filter-bank"
          />
        </Col>
      )}
      <Col xs={12} md={6} xl={4}>
        <FilterSelect
          worklist={worklist}
          field="status"
          placeholder={t("common.status")}
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
    </>
  );

  const columns: TableColumnsType<ApplicationRow> = [
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
      render: (status: ApplicationRow["status"]) => <StatusTag status={status} testId="application-status" />,
    },
    ...holderColumns,
    {
      key: "sla",
      title: t("application.sla"),
      dataIndex: "sla",
      render: (sla: ApplicationRow["sla"], row) => (
        <SlaTag sla={sla} dueOn={row.nextDueOn} testId="application-sla" />
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t("menu.applications")}
        subtitle={t("application.listSubtitle")}
        extra={
          <>
            <ExportButton
              onExport={() => exportApplications(waiting, filter)}
              label={t("application.export")}
              testId="application-export"
            />
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
      <WorklistCard
        worklist={worklist}
        name="application"
        filters={filters}
        items={applications}
        emptyText={t("application.empty")}
        columns={columns}
      />
    </>
  );
}

import { Button, Card, Descriptions, Spin, Table, Tag } from "antd";
import { Link, useNavigate, useParams } from "react-router";
import { useSession } from "../../../../app/session";
import { useRegionName } from "../../../../shared/api/reference";
import { PageHeader } from "../../../../shared/components/PageHeader";
import { ProblemAlert } from "../../../../shared/components/ProblemAlert";
import { formatYuan } from "../../../../shared/format";
import { useI18n } from "../../../../shared/i18n";
import { useSubmission } from "../api";
import { TimelinessTag, useClusterName, useFigureColumns } from "../labels";

/** One version of a bank's month: its totals, clusters and districts, and every version with its reason. */
export function StatisticsDetailPage() {
  const { t } = useI18n();
  const { id = "" } = useParams();
  const navigate = useNavigate();
  const { access } = useSession();
  const submission = useSubmission(id);
  const clusterName = useClusterName();
  const regionName = useRegionName();
  const figureColumns = useFigureColumns();
  const data = submission.data;
  if (!data) return submission.error ? <ProblemAlert error={submission.error} /> : <Spin />;
  const backTo = access.bankStatistics ? "/bank-statistics" : `/bank-statistics/region?month=${data.month}`;

  return (
    <>
      <PageHeader
        title={t("stats.detailTitle", { bank: data.bankName, month: data.month })}
        backTo={backTo}
        extra={
          access.submitBankStatistics &&
          data.live && (
            <Button
              onClick={() => navigate(`/bank-statistics/new?month=${data.month}`)}
              data-testid="stats-correct"
            >
              {t("stats.correct")}
            </Button>
          )
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 3 }} size="small" data-testid="stats-detail">
          <Descriptions.Item label={t("stats.version")}>
            v{data.version} <Tag>{data.live ? t("stats.live") : t("stats.superseded")}</Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t("stats.status")}>
            <TimelinessTag status={data.timeliness} />
          </Descriptions.Item>
          <Descriptions.Item label={t("stats.dueOn")}>{data.dueOn}</Descriptions.Item>
          <Descriptions.Item label={t("stats.submittedOn")}>{data.submittedOn}</Descriptions.Item>
          <Descriptions.Item label={t("stats.submittedBy")}>{data.submittedByName}</Descriptions.Item>
          <Descriptions.Item label={t("stats.channel")}>
            {t(`stats.channel.${data.channel}`)}
          </Descriptions.Item>
          {data.reason && <Descriptions.Item label={t("stats.reason")}>{data.reason}</Descriptions.Item>}
        </Descriptions>
      </Card>
      <Card title={t("stats.totals")} style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2 }} bordered size="small" data-testid="stats-detail-totals">
          <Descriptions.Item label={t("stats.figure.allLoansBalance")}>
            {formatYuan(data.allLoansBalance)}
          </Descriptions.Item>
          {figureColumns.map((column) => (
            <Descriptions.Item key={column.key} label={column.title}>
              {formatYuan(data.manufacturing[column.key])}
            </Descriptions.Item>
          ))}
        </Descriptions>
      </Card>
      <Card title={t("stats.byCluster")} style={{ marginBottom: 16 }}>
        <Table
          size="small"
          pagination={false}
          scroll={{ x: 1100 }}
          rowKey="cluster"
          dataSource={data.byCluster}
          columns={[
            { key: "cluster", title: t("stats.cluster"), render: (_, row) => clusterName(row.cluster) },
            ...figureColumns,
          ]}
        />
      </Card>
      <Card title={t("stats.byDistrict")} style={{ marginBottom: 16 }}>
        <Table
          size="small"
          pagination={false}
          scroll={{ x: 1100 }}
          rowKey="district"
          dataSource={data.byDistrict}
          columns={[
            { key: "district", title: t("stats.district"), render: (_, row) => regionName(row.district) },
            ...figureColumns,
          ]}
        />
      </Card>
      <Card title={t("stats.versions")}>
        <Table
          size="small"
          pagination={false}
          rowKey="id"
          dataSource={data.versions}
          data-testid="stats-versions"
          columns={[
            {
              key: "version",
              title: t("stats.version"),
              render: (_, row) =>
                row.id === data.id ? (
                  `v${row.version}`
                ) : (
                  <Link to={`/bank-statistics/${row.id}`}>v{row.version}</Link>
                ),
            },
            {
              key: "live",
              title: t("stats.status"),
              render: (_, row) => <Tag>{row.live ? t("stats.live") : t("stats.superseded")}</Tag>,
            },
            { key: "submittedOn", title: t("stats.submittedOn"), dataIndex: "submittedOn" },
            { key: "by", title: t("stats.submittedBy"), dataIndex: "submittedByName" },
            { key: "reason", title: t("stats.reason"), render: (_, row) => row.reason ?? "" },
          ]}
        />
      </Card>
    </>
  );
}

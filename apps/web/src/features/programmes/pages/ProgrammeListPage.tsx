import { Card, Table, Tag, Typography } from "antd";
import { Link } from "react-router";
import { useRegionName } from "../../../shared/api/reference";
import { dateTimeCell } from "../../../shared/components/Nowrap";
import { PageHeader } from "../../../shared/components/PageHeader";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { useI18n } from "../../../shared/i18n";
import { useProgrammes } from "../api/programmes";
import type { Programme } from "../api/types";

export function ProgrammeListPage() {
  const { t, paren } = useI18n();
  const regionName = useRegionName();
  const programmes = useProgrammes();

  return (
    <>
      <PageHeader title={t("menu.programmes")} subtitle={t("programme.listSubtitle")} />
      <Card>
        {programmes.isError && <ProblemAlert error={programmes.error} />}
        <div data-testid="programme-table">
          <Table<Programme>
            rowKey="id"
            size="middle"
            loading={programmes.isFetching}
            dataSource={programmes.isError ? [] : programmes.data}
            pagination={
              (programmes.data?.length ?? 0) > 20
                ? { pageSize: 20, showTotal: (total) => t("common.total", { total }) }
                : false
            }
            columns={[
              {
                key: "name",
                title: t("programme.name"),
                dataIndex: "name",
                render: (name: string, row) => (
                  <Link to={`/programmes/${encodeURIComponent(row.code)}`} data-testid="programme-link">
                    {name}
                  </Link>
                ),
              },
              {
                key: "code",
                title: t("programme.code"),
                dataIndex: "code",
                width: 240,
                render: (code: string) => <Typography.Text code>{code}</Typography.Text>,
              },
              {
                key: "region",
                title: t("programme.region"),
                dataIndex: "regionCode",
                width: 200,
                render: (code: string) => `${regionName(code)}${paren(code)}`,
              },
              {
                key: "version",
                title: t("programme.currentVersion"),
                dataIndex: "currentVersion",
                width: 120,
                render: (version: number) => (
                  <Tag color="blue">{t("programme.versionN", { n: version })}</Tag>
                ),
              },
              {
                key: "createdAt",
                title: t("common.createdAt"),
                dataIndex: "createdAt",
                width: 180,
                render: dateTimeCell,
              },
            ]}
          />
        </div>
      </Card>
    </>
  );
}

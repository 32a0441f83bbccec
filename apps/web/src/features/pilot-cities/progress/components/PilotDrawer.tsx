import { Button, Descriptions, Drawer, Empty, Flex, List, Table, Tabs, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { ProblemAlert } from "../../../../shared/components/ProblemAlert";
import { useI18n } from "../../../../shared/i18n";
import { type PilotDetail, usePilot } from "../api/pilots";
import { TimelinessTag, usePilotLabels } from "./labels";

type Progress = PilotDetail["reports"][number]["progress"][number];

/**
 * A pilot's indicators against its targets, year by year (target, actual, gap, attainment, met),
 * with every submitted version; `onReport` lets the pilot city report or correct a year.
 */
export function PilotDrawer({
  id,
  onClose,
  onReport,
}: {
  id: string | null;
  onClose: () => void;
  onReport?: (pilot: PilotDetail, year: number) => void;
}) {
  const { t, locale } = useI18n();
  const pilot = usePilot(id);
  const labels = usePilotLabels();
  const data = pilot.data;

  const columns: ColumnsType<Progress> = [
    { key: "name", title: t("pilot.indicator"), render: (_, row) => `${row.code} ${row.name[locale]}` },
    { key: "unit", title: t("pilot.unit"), dataIndex: "unit", width: 60 },
    {
      key: "target",
      title: t("pilot.target"),
      dataIndex: "target",
      align: "right",
      width: 100,
      render: (v) => v ?? "—",
    },
    {
      key: "actual",
      title: t("pilot.actual"),
      dataIndex: "actual",
      align: "right",
      width: 100,
      render: (v) => v ?? "—",
    },
    {
      key: "gap",
      title: t("pilot.gap"),
      dataIndex: "gap",
      align: "right",
      width: 90,
      render: (v) => v ?? "—",
    },
    {
      key: "attainment",
      title: t("pilot.attainment"),
      align: "right",
      width: 90,
      render: (_, row) => (row.attainment === null ? "—" : `${row.attainment}%`),
    },
    {
      key: "met",
      title: t("pilot.met"),
      width: 70,
      render: (_, row) =>
        row.met === null ? "—" : <Tag color={row.met ? "green" : "red"}>{row.met ? "✓" : "✗"}</Tag>,
    },
  ];

  return (
    <Drawer
      open={Boolean(id)}
      onClose={onClose}
      width={900}
      title={data ? `${data.city.name} · ${labels.period(data)}` : ""}
      data-testid="pilot-drawer"
    >
      <ProblemAlert error={pilot.error} />
      {data && (
        <>
          <Descriptions size="small" column={3} style={{ marginBottom: 16 }}>
            <Descriptions.Item label={t("pilot.province")}>{data.province[locale]}</Descriptions.Item>
            <Descriptions.Item label={t("pilot.batch")}>{labels.batch(data)}</Descriptions.Item>
            <Descriptions.Item label={t("pilot.period")}>{labels.period(data)}</Descriptions.Item>
          </Descriptions>
          <Tabs
            items={data.reports.map((report) => ({
              key: String(report.year),
              label: (
                <Flex gap={4} align="center" data-testid={`pilot-tab-${report.year}`}>
                  {report.year}
                  <TimelinessTag timeliness={report.timeliness} />
                </Flex>
              ),
              children: (
                <>
                  <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
                    <Typography.Text type="secondary">
                      {t("pilot.dueOn")} {report.dueOn}
                    </Typography.Text>
                    {onReport && report.timeliness !== "NOT_DUE" && (
                      <Button
                        type={report.versions.length ? "default" : "primary"}
                        onClick={() => onReport(data, report.year)}
                        data-testid={`pilot-report-${report.year}`}
                      >
                        {report.versions.length ? t("pilot.correct") : t("pilot.report")}
                      </Button>
                    )}
                  </Flex>
                  {report.versions.length === 0 ? (
                    <Empty description={t("pilot.notReported")} />
                  ) : (
                    <>
                      <Table
                        rowKey="code"
                        size="small"
                        pagination={false}
                        dataSource={report.progress}
                        columns={columns}
                        data-testid={`pilot-progress-${report.year}`}
                      />
                      <List
                        size="small"
                        header={t("pilot.versions")}
                        dataSource={report.versions}
                        renderItem={(version) => (
                          <List.Item>
                            {t("pilot.versionLine", { version: version.version, day: version.submittedOn })}
                            {version.correctionReason && ` · ${version.correctionReason}`}
                          </List.Item>
                        )}
                      />
                    </>
                  )}
                </>
              ),
            }))}
          />
        </>
      )}
    </Drawer>
  );
}

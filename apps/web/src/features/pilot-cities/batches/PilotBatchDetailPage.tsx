import { Card, Descriptions, Space, Table, Tag } from "antd";
import { useParams } from "react-router";
import { PageHeader } from "../../../shared/components/PageHeader";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { useI18n } from "../../../shared/i18n";
import { type PilotBatchDetail, usePilotBatch } from "../api/pilotCities";
import { PhaseTag } from "./PilotBatchesPage";

type Indicator = PilotBatchDetail["indicatorTemplate"]["indicators"][number];
type Unit = PilotBatchDetail["recommendingUnits"][number];

/** A batch: its calendar, the outline and indicator table it asks for, the criteria, and each unit's quota. */
export function PilotBatchDetailPage() {
  const { t, label } = useI18n();
  const { id = "" } = useParams();
  const batch = usePilotBatch(id);
  const data = batch.data;
  return (
    <>
      <PageHeader
        title={data?.name ?? t("pilot.batches.title")}
        subtitle={data?.documentNumber}
        backTo="/pilot-batches"
      />
      <ProblemAlert error={batch.error} />
      {data && (
        <Space direction="vertical" style={{ width: "100%" }}>
          <Card>
            <Descriptions column={3} data-testid="pilot-batch-calendar">
              <Descriptions.Item label={t("pilot.batch.opensOn")}>{data.opensOn}</Descriptions.Item>
              <Descriptions.Item label={t("pilot.batch.applicationDeadline")}>
                {data.applicationDeadline}
              </Descriptions.Item>
              <Descriptions.Item label={t("pilot.batch.provincialDeadline")}>
                {data.provincialDeadline}
              </Descriptions.Item>
              <Descriptions.Item label={t("pilot.batch.timeZone")}>{data.timeZone}</Descriptions.Item>
              <Descriptions.Item label={t("pilot.batch.progressReportDue")}>
                {t("pilot.batch.progressReportDueValue", { day: data.progressReportDue })}
              </Descriptions.Item>
              <Descriptions.Item label={t("pilot.batch.phase")}>
                <PhaseTag phase={data.phase} />
              </Descriptions.Item>
            </Descriptions>
          </Card>
          <Card title={t("pilot.batch.outline")} size="small">
            {data.outline.map((section) => (
              <div key={section.code} style={{ paddingLeft: section.parentCode ? 24 : 0 }}>
                <b>
                  {section.code} {label(section.title)}
                </b>{" "}
                <span style={{ color: "#888" }}>{label(section.guidance)}</span>
              </div>
            ))}
          </Card>
          <Card title={t("pilot.batch.indicators")} size="small">
            <Table<Indicator>
              rowKey="code"
              size="small"
              pagination={false}
              dataSource={data.indicatorTemplate.indicators}
              columns={[
                { title: "", dataIndex: "code" },
                { title: t("pilot.indicators.indicator"), render: (_, row) => label(row.name) },
                { title: "", dataIndex: "unit" },
                { title: t("pilot.indicator.bounds"), render: (_, row) => `${row.min} ~ ${row.max}` },
                { title: t("pilot.indicator.notes"), dataIndex: "notes" },
              ]}
            />
          </Card>
          <Card title={t("pilot.batch.criteria")} size="small">
            {data.conditions.map((condition) => (
              <p key={condition.code}>
                <b>
                  {condition.clause} {label(condition.name)}
                </b>
                :{condition.text}
              </p>
            ))}
            <Space wrap>
              {data.rubric.criteria.map((criterion) => (
                <Tag key={criterion.code}>
                  {label(criterion.name)} · {t("pilot.criterion.weight")} {criterion.weight}
                </Tag>
              ))}
            </Space>
          </Card>
          <Card title={`${t("pilot.batch.strategies")} / ${t("pilot.batch.bases")}`} size="small">
            <Space wrap>
              {data.strategies.map((strategy) => (
                <Tag color="blue" key={strategy.code}>
                  {label(strategy.name)}
                </Tag>
              ))}
              {data.bases.map((base) => (
                <Tag color="purple" key={base.code}>
                  {label(base.name)}
                </Tag>
              ))}
            </Space>
          </Card>
          <Card title={t("pilot.batch.units")} size="small">
            <Table<Unit>
              rowKey="code"
              size="small"
              pagination={false}
              dataSource={data.recommendingUnits}
              data-testid="pilot-batch-units"
              columns={[
                { title: "", dataIndex: "code" },
                { title: t("pilot.unit"), render: (_, unit) => label(unit.name) },
                { title: t("pilot.unit.quota"), dataIndex: "quota" },
                {
                  title: t("pilot.unit.confirmed"),
                  dataIndex: "confirmedOn",
                  render: (day: string | null) =>
                    day ? <Tag color="green">{day}</Tag> : <Tag>{t("pilot.unit.unconfirmed")}</Tag>,
                },
              ]}
            />
          </Card>
        </Space>
      )}
    </>
  );
}

import { Button, Card, Table, Tag } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useState } from "react";
import { useSession } from "../../../../app/session";
import { ExportButton } from "../../../../shared/components/ExportButton";
import { PageHeader } from "../../../../shared/components/PageHeader";
import { ProblemAlert } from "../../../../shared/components/ProblemAlert";
import { useI18n } from "../../../../shared/i18n";
import { RenewalsCard } from "../../renewal/components/RenewalsCard";
import { exportPilots, type PilotSummary, usePilots } from "../api/pilots";
import { usePilotLabels, YearTags } from "../components/labels";
import { PilotDrawer } from "../components/PilotDrawer";

/** 试点监测: every pilot (ministries) or the region's (provinces), late and missing years highlighted. */
export function PilotMonitoringPage() {
  const { t, locale } = useI18n();
  const { access } = useSession();
  const pilots = usePilots();
  const labels = usePilotLabels();
  const [openId, setOpenId] = useState<string | null>(null);

  const columns: ColumnsType<PilotSummary> = [
    {
      key: "city",
      title: t("pilot.city"),
      render: (_, pilot) => (
        <Button
          type="link"
          style={{ padding: 0 }}
          onClick={() => setOpenId(pilot.id)}
          data-testid="pilot-open"
        >
          {pilot.city.name}
        </Button>
      ),
    },
    { key: "province", title: t("pilot.province"), width: 100, render: (_, pilot) => pilot.province[locale] },
    { key: "batch", title: t("pilot.batch"), width: 150, render: (_, pilot) => labels.batch(pilot) },
    { key: "period", title: t("pilot.period"), width: 210, render: (_, pilot) => labels.period(pilot) },
    { key: "years", title: t("pilot.years"), render: (_, pilot) => <YearTags years={pilot.years} /> },
    {
      key: "flags",
      title: "",
      width: 140,
      render: (_, pilot) =>
        pilot.late + pilot.missing > 0 ? (
          <Tag color={pilot.missing > 0 ? "red" : "orange"}>
            {t("pilot.lateMissing", { late: pilot.late, missing: pilot.missing })}
          </Tag>
        ) : null,
    },
  ];

  return (
    <>
      <PageHeader
        title={t("menu.pilotMonitoring")}
        subtitle={t("pilot.monitoringSubtitle")}
        testId="pilot-monitoring-header"
        extra={<ExportButton onExport={exportPilots} label={t("pilot.export")} testId="pilot-export" />}
      />
      <Card>
        <ProblemAlert error={pilots.error} />
        <Table
          rowKey="id"
          size="middle"
          loading={pilots.isLoading}
          dataSource={pilots.data ?? []}
          columns={columns}
          locale={{ emptyText: t("pilot.empty") }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          data-testid="pilots-table"
        />
      </Card>
      <RenewalsCard canDecide={access.decideRenewals} />
      <PilotDrawer id={openId} onClose={() => setOpenId(null)} />
    </>
  );
}

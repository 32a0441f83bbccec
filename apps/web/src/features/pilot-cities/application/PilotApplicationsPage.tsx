import { Button, Card, Table, Tag } from "antd";
import { useState } from "react";
import { Link, useNavigate } from "react-router";
import { newIdempotencyKey } from "../../../shared/api/idempotency";
import { PageHeader } from "../../../shared/components/PageHeader";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { useI18n } from "../../../shared/i18n";
import {
  createApplication,
  type PilotApplication,
  usePilotApplications,
  usePilotBatches,
  usePilotWrite,
} from "../api/pilotCities";

/** 试点申报: the city's applications, and a start in each batch taking applications it has not applied in. */
export function PilotApplicationsPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const applications = usePilotApplications();
  const batches = usePilotBatches();
  const create = usePilotWrite(createApplication);
  // One key per start, reused by a retry of the same click.
  const [key] = useState(newIdempotencyKey);
  const applied = new Set((applications.data ?? []).map((application) => application.batchId));
  const open = (batches.data ?? []).filter((batch) => batch.phase === "APPLYING" && !applied.has(batch.id));
  return (
    <>
      <PageHeader title={t("pilot.apply.title")} subtitle={t("pilot.apply.subtitle")} />
      <ProblemAlert error={applications.error ?? create.error} />
      {open.map((batch) => (
        <Card key={batch.id} style={{ marginBottom: 16 }}>
          <b>{batch.name}</b>({batch.documentNumber}),{t("pilot.batch.applicationDeadline")}{" "}
          {batch.applicationDeadline}{" "}
          <Button
            type="primary"
            loading={create.isPending}
            data-testid="pilot-apply-start"
            onClick={() =>
              create.mutate(
                { batchId: batch.id, key },
                { onSuccess: (created) => navigate(`/pilot-applications/${created.id}`) },
              )
            }
          >
            {t("pilot.apply.start")}
          </Button>
        </Card>
      ))}
      <Card>
        <Table<PilotApplication>
          rowKey="id"
          loading={applications.isPending}
          dataSource={applications.data ?? []}
          pagination={false}
          data-testid="pilot-applications"
          columns={[
            {
              title: t("pilot.batch.name"),
              dataIndex: "batchName",
              render: (name, application) => <Link to={`/pilot-applications/${application.id}`}>{name}</Link>,
            },
            {
              title: t("pilot.status"),
              dataIndex: "status",
              render: (status) => <StatusTag status={status} />,
            },
          ]}
        />
      </Card>
    </>
  );
}

const STATUS_COLOURS: Record<PilotApplication["status"], string> = {
  DRAFT: "default",
  SUBMITTED: "blue",
  RETURNED: "orange",
  NOT_RECOMMENDED: "red",
  AT_MINISTRY: "green",
  SELECTED: "gold",
  NOT_SELECTED: "default",
};

export function StatusTag({ status }: { status: PilotApplication["status"] }) {
  const { t } = useI18n();
  return (
    <Tag color={STATUS_COLOURS[status]} data-testid="pilot-status">
      {t(`pilot.status.${status}`)}
    </Tag>
  );
}

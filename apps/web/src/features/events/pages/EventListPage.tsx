import { PlusOutlined } from "@ant-design/icons";
import { EVENT_STATUS_TERMS, EVENT_STATUSES, type EventStatus } from "@chanrong/domain";
import { Button, Card, Flex, InputNumber, Select, Table } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useState } from "react";
import { Link } from "react-router";
import { useBusinessDate, useSession } from "../../../app/session";
import { ExportButton } from "../../../shared/components/ExportButton";
import { dateCell } from "../../../shared/components/Nowrap";
import { PageHeader } from "../../../shared/components/PageHeader";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { useI18n } from "../../../shared/i18n";
import { type EventSummary, exportEvents, useEvents } from "../api/events";
import { CreateEventModal } from "../components/CreateEventModal";
import { EventStatusTag, useEventTypeName } from "../components/labels";
import { ServedCard } from "../components/ServedCard";

/** 银企对接活动: the region's events for its bureau and the levels above; the invited ones for the rest. */
export function EventListPage() {
  const { t, label } = useI18n();
  const { access } = useSession();
  const today = useBusinessDate();
  const [year, setYear] = useState<number | null>(Number(today.slice(0, 4)));
  const [status, setStatus] = useState<EventStatus>();
  const [creating, setCreating] = useState(false);
  const events = useEvents({ year: year ?? undefined, status });
  const typeName = useEventTypeName();

  const columns: ColumnsType<EventSummary> = [
    { key: "heldOn", title: t("events.heldOn"), dataIndex: "heldOn", width: 110, render: dateCell },
    {
      key: "time",
      title: t("events.time"),
      width: 110,
      render: (_, event) => `${event.startTime}–${event.endTime}`,
    },
    { key: "type", title: t("events.type"), dataIndex: "type", width: 130, render: typeName },
    {
      key: "title",
      title: t("events.title"),
      dataIndex: "title",
      render: (title: string, event) => (
        <Link to={`/events/${event.id}`} data-testid="event-link">
          {title}
        </Link>
      ),
    },
    { key: "place", title: t("events.place"), render: (_, event) => event.place ?? event.onlineLink },
    {
      key: "counts",
      title: t("events.counts"),
      width: 150,
      render: (_, event) => `${event.invited} / ${event.registered} / ${event.attended}`,
    },
    {
      key: "status",
      title: t("events.status"),
      dataIndex: "status",
      width: 120,
      render: (value: EventStatus) => <EventStatusTag status={value} />,
    },
  ];

  return (
    <>
      <PageHeader
        title={t("menu.events")}
        subtitle={t("events.subtitle")}
        testId="events-header"
        extra={
          <Flex gap={8}>
            {access.eventsServed && year !== null && (
              <ExportButton
                onExport={() => exportEvents(year)}
                label={t("events.export")}
                testId="events-export"
              />
            )}
            {access.manageEvents && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setCreating(true)}
                data-testid="event-create"
              >
                {t("events.create")}
              </Button>
            )}
          </Flex>
        }
      />
      {access.eventsServed && <ServedCard />}
      {events.isError && <ProblemAlert error={events.error} />}
      <Card>
        <Flex gap={12} style={{ marginBottom: 16 }}>
          <InputNumber
            min={2000}
            max={2100}
            value={year}
            onChange={setYear}
            addonBefore={t("events.year")}
            style={{ width: 160 }}
          />
          <Select<EventStatus>
            allowClear
            placeholder={t("events.status")}
            style={{ width: 160 }}
            value={status}
            onChange={setStatus}
            options={EVENT_STATUSES.map((value) => ({ value, label: label(EVENT_STATUS_TERMS[value]) }))}
            data-testid="event-status-filter"
          />
        </Flex>
        <Table<EventSummary>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={events.data}
          loading={events.isFetching}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: t("events.empty") }}
          data-testid="event-table"
        />
      </Card>
      {creating && <CreateEventModal onClose={() => setCreating(false)} />}
    </>
  );
}

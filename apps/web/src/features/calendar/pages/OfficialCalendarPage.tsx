import { Alert, Button, Space, Table, type TableColumnsType, Typography } from "antd";
import { useState } from "react";
import { Link } from "react-router";
import { useSession } from "../../../app/session";
import { PageHeader } from "../../../shared/components/PageHeader";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { formatDateTime } from "../../../shared/format";
import { useI18n } from "../../../shared/i18n";
import { type CalendarYear, useOfficialCalendar } from "../api/calendar";
import { CalendarYearEditor } from "../components/CalendarYearEditor";
import { DateTags } from "../components/DateTags";

/**
 * The official calendar a platform admin keeps: each year entered with its notice and counts, the
 * year to enter next, and one year at a time in the editor.
 */
export function OfficialCalendarPage() {
  const { t } = useI18n();
  const { access } = useSession();
  const calendar = useOfficialCalendar();
  const [editing, setEditing] = useState<number | null>(null);
  const years = calendar.data?.years ?? [];
  const lastYear = years.at(-1)?.year;
  // The year asked for, else the one after the last entered (a notice may come out before November).
  const nextYear = calendar.data?.yearToEnter ?? (lastYear === undefined ? null : lastYear + 1);
  const startEditing = (year: number) => {
    setEditing(year);
    window.scrollTo({ top: 0 });
  };

  const columns: TableColumnsType<CalendarYear> = [
    { title: t("calendar.year"), dataIndex: "year", key: "year", width: 90 },
    {
      title: t("calendar.notice"),
      key: "notice",
      render: (_, row) => (
        <>
          {row.notice.number}
          <br />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t("calendar.noticeDate")} {row.notice.date}
          </Typography.Text>
        </>
      ),
    },
    {
      title: t("calendar.holidays"),
      key: "holidays",
      render: (_, row) => (
        <span data-testid="calendar-row-holidays">
          {t("calendar.holidayCount", { count: row.holidays.length })}
        </span>
      ),
    },
    {
      title: t("calendar.adjustedWorkdays"),
      key: "adjustedWorkdays",
      render: (_, row) => (
        <span data-testid="calendar-row-workdays">
          {t("calendar.workdayCount", { count: row.adjustedWorkdays.length })}
        </span>
      ),
    },
    {
      title: t("calendar.enteredBy"),
      key: "enteredBy",
      render: (_, row) => (
        <>
          {row.enteredBy ?? t("calendar.shipped")}
          <br />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {formatDateTime(String(row.enteredAt))} · {t("calendar.version")} {row.version}
          </Typography.Text>
        </>
      ),
    },
    ...(access.editOfficialCalendar
      ? [
          {
            title: t("common.actions"),
            key: "actions",
            render: (_: unknown, row: CalendarYear) => (
              <Button
                size="small"
                onClick={() => startEditing(row.year)}
                data-testid={`calendar-edit-${row.year}`}
              >
                {t("common.edit")}
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <PageHeader
        title={t("calendar.title")}
        subtitle={t("calendar.subtitle")}
        extra={
          <Space>
            {access.auditLog && (
              <Link to="/audit-log?entityType=official-calendar" data-testid="calendar-history">
                {t("calendar.history")}
              </Link>
            )}
            {access.editOfficialCalendar && nextYear !== null && editing === null && (
              <Button type="primary" onClick={() => startEditing(nextYear)} data-testid="calendar-enter-next">
                {t("calendar.enterYear", { year: nextYear })}
              </Button>
            )}
          </Space>
        }
      />
      <ProblemAlert error={calendar.error} />
      {calendar.data?.yearToEnter != null && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="calendar-to-enter"
          title={t("calendar.toEnter", { year: calendar.data.yearToEnter })}
        />
      )}
      {!access.editOfficialCalendar && (
        <Typography.Paragraph type="secondary">{t("calendar.readOnly")}</Typography.Paragraph>
      )}
      {editing !== null && (
        <div style={{ marginBottom: 16 }}>
          <CalendarYearEditor
            key={editing}
            year={editing}
            existing={years.find((entry) => entry.year === editing)}
            onDone={() => setEditing(null)}
          />
        </div>
      )}
      <Table<CalendarYear>
        rowKey="year"
        columns={columns}
        dataSource={years}
        loading={calendar.isLoading}
        pagination={false}
        data-testid="calendar-years"
        expandable={{
          expandedRowRender: (row) => (
            <>
              <Typography.Text strong>{t("calendar.holidays")}</Typography.Text>
              <DateTags dates={row.holidays} testId={`calendar-${row.year}-holidays`} />
              <Typography.Text strong>{t("calendar.adjustedWorkdays")}</Typography.Text>
              <DateTags dates={row.adjustedWorkdays} testId={`calendar-${row.year}-workdays`} />
            </>
          ),
        }}
      />
    </>
  );
}

import { datesFromTo } from "@chanrong/domain";
import { App, Button, Card, DatePicker, Form, Input, Space, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { ApiError, type FieldError } from "../../../shared/api/client";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { applyServerErrors } from "../../../shared/forms";
import { useI18n } from "../../../shared/i18n";
import { type CalendarYear, useEnterCalendarYear } from "../api/calendar";
import { DateTags } from "./DateTags";

const DATE_FIELDS = ["holidays", "adjustedWorkdays"] as const;
type DateField = (typeof DATE_FIELDS)[number];

interface NoticeValues {
  notice: { number: string; date: Dayjs | null };
}

const iso = (day: Dayjs) => day.format("YYYY-MM-DD");
const withDates = (dates: readonly string[], added: readonly string[]) =>
  [...new Set([...dates, ...added])].sort();

/** The server's refusals of single dates ("holidays.3"), by list and index. */
function dateErrorsOf(error: unknown): Record<DateField, Map<number, string>> {
  const errors = { holidays: new Map<number, string>(), adjustedWorkdays: new Map<number, string>() };
  if (!(error instanceof ApiError)) return errors;
  for (const { field, message } of error.fieldErrors) {
    const [list, index] = field.split(".");
    if ((list === "holidays" || list === "adjustedWorkdays") && index !== undefined && /^\d+$/.test(index))
      errors[list].set(Number(index), message);
  }
  return errors;
}

/**
 * One year's holidays as the State Council notice lists them: days off added a range at a time, the
 * weekend days worked one at a time, each shown with its weekday; saved whole, at the version read.
 */
export function CalendarYearEditor({
  year,
  existing,
  onDone,
}: {
  year: number;
  existing: CalendarYear | undefined;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<NoticeValues>();
  const save = useEnterCalendarYear();
  const [holidays, setHolidays] = useState<string[]>(existing?.holidays ?? []);
  const [workdays, setWorkdays] = useState<string[]>(existing?.adjustedWorkdays ?? []);
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [workday, setWorkday] = useState<Dayjs | null>(null);
  const [leftover, setLeftover] = useState<FieldError[]>([]);
  const dateErrors = dateErrorsOf(save.error);
  // A refusal whose every field error is shown on the form needs no alert above it.
  const toldOnForm =
    save.error instanceof ApiError &&
    save.error.code === "validation" &&
    save.error.fieldErrors.length > 0 &&
    leftover.length === 0;
  const outsideYear = (day: Dayjs) => day.year() !== year;
  const firstOfYear = dayjs(`${year}-01-01`);

  const addRange = () => {
    const [from, to] = range ?? [];
    if (!from || !to) return;
    setHolidays(withDates(holidays, datesFromTo(iso(from), iso(to))));
    setRange(null);
    save.reset();
  };
  const addWorkday = () => {
    if (!workday) return;
    setWorkdays(withDates(workdays, [iso(workday)]));
    setWorkday(null);
    save.reset();
  };
  const submit = ({ notice }: NoticeValues) => {
    setLeftover([]);
    save.mutate(
      {
        year,
        input: {
          holidays,
          adjustedWorkdays: workdays,
          notice: { number: notice.number, date: notice.date ? iso(notice.date) : "" },
          expectedVersion: existing?.version ?? 0,
        },
      },
      {
        onSuccess: () => {
          message.success(t("calendar.saved", { year }));
          onDone();
        },
        onError: (error) =>
          setLeftover(
            applyServerErrors(form, error, ["notice"]).filter(
              ({ field }) => !DATE_FIELDS.some((list) => field.startsWith(`${list}.`)),
            ),
          ),
      },
    );
  };
  const listHelp = (field: DateField, dates: readonly string[]) => {
    const errors = [...dateErrors[field]];
    return errors.length > 0 ? (
      <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid={`calendar-${field}-errors`}>
        {errors.map(([index, text]) => (
          <li key={index}>
            {dates[index]}: {text}
          </li>
        ))}
      </ul>
    ) : undefined;
  };

  return (
    <Card
      title={t("calendar.editTitle", { year })}
      extra={!existing && <Typography.Text type="warning">{t("calendar.newYear")}</Typography.Text>}
      data-testid="calendar-editor"
    >
      <ProblemAlert error={toldOnForm ? null : save.error} fieldErrors={leftover} />
      <Form<NoticeValues>
        form={form}
        layout="horizontal"
        labelCol={{ span: 4 }}
        wrapperCol={{ span: 18 }}
        onFinish={submit}
        initialValues={{
          notice: {
            number: existing?.notice.number ?? "",
            date: existing ? dayjs(existing.notice.date) : null,
          },
        }}
      >
        <Form.Item name={["notice", "number"]} label={t("calendar.notice")} rules={[{ required: true }]}>
          <Input
            maxLength={60}
            placeholder={t("calendar.noticeNumberPlaceholder")}
            style={{ maxWidth: 360 }}
            data-testid="calendar-notice-number"
          />
        </Form.Item>
        <Form.Item name={["notice", "date"]} label={t("calendar.noticeDate")} rules={[{ required: true }]}>
          <DatePicker data-testid="calendar-notice-date" />
        </Form.Item>
        <Form.Item
          label={t("calendar.holidays")}
          validateStatus={dateErrors.holidays.size > 0 ? "error" : undefined}
          help={listHelp("holidays", holidays)}
        >
          <Space direction="vertical" style={{ width: "100%" }}>
            <Space wrap>
              <DatePicker.RangePicker
                value={range}
                onChange={(value) => setRange(value)}
                disabledDate={outsideYear}
                defaultPickerValue={[firstOfYear, firstOfYear]}
                placeholder={[t("calendar.rangePlaceholderStart"), t("calendar.rangePlaceholderEnd")]}
                data-testid="calendar-holiday-range"
              />
              <Button
                onClick={addRange}
                disabled={!range?.[0] || !range?.[1]}
                data-testid="calendar-add-range"
              >
                {t("calendar.addRange")}
              </Button>
            </Space>
            <DateTags
              dates={holidays}
              errors={dateErrors.holidays}
              onRemove={(date) => setHolidays(holidays.filter((d) => d !== date))}
              testId="calendar-holidays"
            />
          </Space>
        </Form.Item>
        <Form.Item
          label={t("calendar.adjustedWorkdays")}
          validateStatus={dateErrors.adjustedWorkdays.size > 0 ? "error" : undefined}
          help={listHelp("adjustedWorkdays", workdays)}
        >
          <Space direction="vertical" style={{ width: "100%" }}>
            <Space wrap>
              <DatePicker
                value={workday}
                onChange={(value) => setWorkday(value)}
                disabledDate={outsideYear}
                defaultPickerValue={firstOfYear}
                placeholder={t("calendar.workdayPlaceholder")}
                data-testid="calendar-workday-picker"
              />
              <Button onClick={addWorkday} disabled={!workday} data-testid="calendar-add-workday">
                {t("calendar.addWorkday")}
              </Button>
            </Space>
            <DateTags
              dates={workdays}
              errors={dateErrors.adjustedWorkdays}
              onRemove={(date) => setWorkdays(workdays.filter((d) => d !== date))}
              testId="calendar-workdays"
            />
          </Space>
        </Form.Item>
        <Form.Item wrapperCol={{ offset: 4 }}>
          <Space>
            {/* No submit button: Enter in a date picker picks the date, it does not save the year. */}
            <Button
              type="primary"
              onClick={() => form.submit()}
              loading={save.isPending}
              data-testid="calendar-save"
            >
              {t("common.save")}
            </Button>
            <Button onClick={onDone}>{t("common.cancel")}</Button>
          </Space>
        </Form.Item>
      </Form>
    </Card>
  );
}

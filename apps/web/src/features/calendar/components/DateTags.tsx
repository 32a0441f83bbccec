import { Tag, Tooltip, Typography } from "antd";
import dayjs from "dayjs";
import { useI18n } from "../../../shared/i18n";

/**
 * A list of dates as tags, each with its weekday (周五 / Fri), removable while editing; a date the
 * server refused is red, its reason on hover.
 */
export function DateTags({
  dates,
  errors = new Map(),
  onRemove,
  testId,
}: {
  dates: readonly string[];
  /** The server's message for a date, by the date's index in `dates`. */
  errors?: ReadonlyMap<number, string>;
  onRemove?: (date: string) => void;
  testId: string;
}) {
  const { t } = useI18n();
  if (dates.length === 0) return <Typography.Text type="secondary">{t("calendar.noDates")}</Typography.Text>;
  return (
    <div data-testid={testId}>
      {dates.map((date, index) => {
        const error = errors.get(index);
        const tag = (
          <Tag
            key={date}
            color={error ? "error" : undefined}
            closable={onRemove !== undefined}
            onClose={() => onRemove?.(date)}
            style={{ marginBottom: 4 }}
            data-testid={`${testId}-date`}
          >
            {date} {dayjs(date).format("ddd")}
          </Tag>
        );
        return error ? (
          <Tooltip key={date} title={error}>
            {tag}
          </Tooltip>
        ) : (
          tag
        );
      })}
    </div>
  );
}

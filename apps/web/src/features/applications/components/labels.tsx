import { Tag } from "antd";
import { useI18n } from "../../../shared/i18n";
import type { MessageKey } from "../../../shared/i18n/messages";
import type { ApplicationStatus, ReviewState, SlaState } from "../api/applications";

type T = ReturnType<typeof useI18n>["t"];

/** A label from the dictionary when it has one, else the raw code. */
export function labelOr(t: T, key: string, fallback: string): string {
  const text = t(key as MessageKey);
  return text === key ? fallback : text;
}

export const actionLabel = (t: T, action: string) => labelOr(t, `appAction.${action}`, action);

/** The colour of a code the answers send as a string: a code outside the table gets the default. */
const colourOf = (colours: Readonly<Record<string, string>>, code: string): string =>
  Object.entries(colours).find(([known]) => known === code)?.[1] ?? "default";

const STATUS_COLOURS: Record<ApplicationStatus, string> = {
  DRAFT: "default",
  SUBMITTED: "blue",
  UNDER_REVIEW: "processing",
  APPROVED: "cyan",
  CONTRACTED: "geekblue",
  DISBURSED: "green",
  SETTLED: "success",
  REJECTED: "red",
  WITHDRAWN: "default",
};

/** An application's status; the answers send it as a string, so an unknown one shows as sent. */
export function StatusTag({ status, testId }: { status: ApplicationStatus | string; testId?: string }) {
  const { t } = useI18n();
  return (
    <Tag color={colourOf(STATUS_COLOURS, status)} data-testid={testId} data-status={status}>
      {labelOr(t, `appStatus.${status}`, status)}
    </Tag>
  );
}

const REVIEW_COLOURS: Record<ReviewState, string> = {
  NOT_STARTED: "default",
  PENDING: "processing",
  MATERIALS_REQUESTED: "orange",
  APPROVED: "green",
  REJECTED: "red",
  CLOSED: "default",
};

export function ReviewTag({
  prefix,
  state,
  testId,
}: {
  prefix: string;
  state: ReviewState | string;
  testId?: string;
}) {
  const { t } = useI18n();
  return (
    <Tag color={colourOf(REVIEW_COLOURS, state)} data-testid={testId} data-state={state}>
      {prefix}: {labelOr(t, `review.${state}`, state)}
    </Tag>
  );
}

const SLA_COLOURS: Record<SlaState, string> = {
  overdue: "red",
  "due-today": "orange",
  "due-soon": "orange",
  "on-time": "green",
};

export function SlaTag({
  sla,
  dueOn,
  testId,
}: {
  sla: SlaState | null;
  dueOn?: string | null;
  testId?: string;
}) {
  const { t } = useI18n();
  if (!sla) return null;
  return (
    <Tag color={SLA_COLOURS[sla]} data-testid={testId} data-sla={sla}>
      {labelOr(t, `sla.${sla}`, sla)}
      {dueOn ? ` · ${dueOn}` : ""}
    </Tag>
  );
}

import { Card, Tag, Timeline, Typography } from "antd";
import type { ReactNode } from "react";
import { formatStepTime } from "../format";
import { useI18n } from "../i18n";
import { orgTypeLabel } from "../labels";
import type { OrgType } from "../types";

/** One step of an item's append-only history, by whom and when, with its opinion or reason. */
export interface HistoryStep<Action extends string = string, Status extends string = string> {
  id: string | number;
  action: Action;
  fromStatus: Status | null;
  toStatus: Status;
  opinion: string | null;
  reason: string | null;
  at: string;
  /** The business date of the step, when kept: what the user reads instead of the machine's date. */
  businessDate?: string | null;
  actorName: string | null;
  actorUsername?: string | null;
  actorOrgName: string | null;
  /** The organisation type, as the answers name it (orgTypeLabel shows an unknown one as sent). */
  actorOrgType: OrgType | string | null;
}

interface HistoryCardProps<Step extends HistoryStep> {
  title: string;
  steps: readonly Step[];
  /** The timeline's test id. */
  testId: string;
  /** The prefix of each step's test ids: `${stepTestId}-item`, `-opinion`, `-reason`. */
  stepTestId: string;
  actionLabel: (action: Step["action"]) => string;
  statusLabel: (status: Step["toStatus"]) => string;
  /** A refusal, return or withdrawal: its dot is red. */
  isRefusal: (step: Step) => boolean;
  /** The status that completes the item: the step that reaches it has a green dot (the others blue). */
  completingStatus: Step["toStatus"];
  /** Anything more a kind of item says about a step, under its opinion and reason. */
  more?: (step: Step) => ReactNode;
}

/** An item's history as a timeline: each step, the status it led to, who took it and what they said. */
export function HistoryCard<Step extends HistoryStep>({
  title,
  steps,
  testId,
  stepTestId,
  actionLabel,
  statusLabel,
  isRefusal,
  completingStatus,
  more,
}: HistoryCardProps<Step>) {
  const { t } = useI18n();
  return (
    <Card title={title}>
      <div data-testid={testId}>
        <Timeline
          items={steps.map((step) => ({
            key: String(step.id),
            color: isRefusal(step) ? "red" : step.toStatus === completingStatus ? "green" : "blue",
            content: (
              <div data-testid={`${stepTestId}-item`} data-action={step.action}>
                <Typography.Text strong>{actionLabel(step.action)}</Typography.Text>
                {step.fromStatus !== step.toStatus && (
                  <Tag style={{ marginInlineStart: 8 }}>{statusLabel(step.toStatus)}</Tag>
                )}
                <div>
                  <Typography.Text type="secondary">
                    {step.actorName ?? step.actorUsername ?? ""}
                    {step.actorOrgName ? ` · ${step.actorOrgName}` : ""}
                    {step.actorOrgType ? ` (${orgTypeLabel(t, step.actorOrgType)})` : ""} ·{" "}
                    {formatStepTime(step.businessDate, step.at)}
                  </Typography.Text>
                </div>
                {step.opinion && (
                  <div data-testid={`${stepTestId}-opinion`}>
                    {t("worklist.opinion")}: {step.opinion}
                  </div>
                )}
                {step.reason && (
                  <Typography.Text type="danger" data-testid={`${stepTestId}-reason`}>
                    {t("worklist.reason")}: {step.reason}
                  </Typography.Text>
                )}
                {more?.(step)}
              </div>
            ),
          }))}
        />
      </div>
    </Card>
  );
}

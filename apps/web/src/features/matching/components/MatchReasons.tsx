import { CheckCircleTwoTone, CloseCircleTwoTone, MinusCircleTwoTone } from "@ant-design/icons";
import { Flex, List, Tag, Typography } from "antd";
import type { MessageKey } from "../../../shared/i18n";
import { useI18n } from "../../../shared/i18n";
import type { MatchWorking } from "../api/matching";

const OUTCOME_COLOURS: Record<string, string> = {
  met: "green",
  missed: "red",
  neutral: "default",
  scored: "blue",
};

/** A match's score as a tag: the figure every ranked list leads with. */
export function ScoreTag({ score, testId }: { score: string; testId?: string }) {
  const value = Number(score);
  return (
    <Tag color={value >= 70 ? "green" : value >= 50 ? "blue" : "default"} data-testid={testId}>
      {score}
    </Tag>
  );
}

/**
 * The working of one match, the same wherever a ranking is shown: every hard filter passed or failed and
 * every weighted criterion met, missed, open to all or scored, each with its reason and its points.
 */
export function MatchReasons({ working, testId }: { working: MatchWorking; testId: string }) {
  const { t, label } = useI18n();
  return (
    <Flex vertical gap={8} data-testid={testId}>
      <Typography.Text type="secondary">{t("matching.filters")}</Typography.Text>
      <List
        size="small"
        dataSource={working.filters}
        renderItem={(filter) => (
          <List.Item data-testid={`filter-${filter.filter}`}>
            <Flex gap={8} align="center">
              {filter.passed ? (
                <CheckCircleTwoTone twoToneColor="#52c41a" />
              ) : (
                <CloseCircleTwoTone twoToneColor="#ff4d4f" />
              )}
              <Typography.Text strong>{t(`matching.filter.${filter.filter}` as MessageKey)}</Typography.Text>
              <span>{label(filter.reason)}</span>
            </Flex>
          </List.Item>
        )}
      />
      <Typography.Text type="secondary">{t("matching.criteria")}</Typography.Text>
      <List
        size="small"
        dataSource={working.criteria}
        renderItem={(criterion) => (
          <List.Item
            data-testid={`criterion-${criterion.criterion}`}
            extra={
              <Typography.Text strong>
                {t("matching.points", { points: criterion.points, weight: criterion.weight })}
              </Typography.Text>
            }
          >
            <Flex gap={8} align="center" wrap>
              {criterion.outcome === "neutral" ? (
                <MinusCircleTwoTone twoToneColor="#bfbfbf" />
              ) : criterion.outcome === "missed" ? (
                <CloseCircleTwoTone twoToneColor="#ff4d4f" />
              ) : (
                <CheckCircleTwoTone twoToneColor="#52c41a" />
              )}
              <Typography.Text strong>
                {t(`matching.criterion.${criterion.criterion}` as MessageKey)}
              </Typography.Text>
              <Tag color={OUTCOME_COLOURS[criterion.outcome]}>
                {t(`matching.outcome.${criterion.outcome}` as MessageKey)}
              </Tag>
              <span>{label(criterion.reason)}</span>
            </Flex>
          </List.Item>
        )}
      />
    </Flex>
  );
}

import { PIPELINE_STAGE_TERMS } from "@chanrong/domain";
import { Card, Col, Flex, Progress, Row, Tag, Typography } from "antd";
import { useI18n } from "../../../shared/i18n";
import { useFunnel } from "../api/listing-pipeline";
import { useBoardName } from "./labels";

/** The region's pool against the 千里马 target, stage by stage (how many reached each) and by board. */
export function FunnelCard() {
  const { t, locale } = useI18n();
  const funnel = useFunnel(true);
  const boardName = useBoardName();
  const data = funnel.data;
  return (
    <Card
      title={t("pipeline.funnel")}
      loading={funnel.isLoading}
      style={{ marginBottom: 16 }}
      data-testid="pipeline-funnel"
    >
      {data && (
        <Row gutter={24}>
          <Col xs={24} md={8}>
            <Flex vertical align="center" gap={8}>
              <Progress
                type="dashboard"
                percent={Math.min(100, Number(data.progress))}
                format={() => `${data.progress}%`}
              />
              <Typography.Text data-testid="pipeline-total">
                {t("pipeline.target", { total: data.total, target: data.target })}
              </Typography.Text>
            </Flex>
          </Col>
          <Col xs={24} md={16}>
            {data.byStage.map((stage) => (
              <Flex key={stage.stage} align="center" gap={12} style={{ marginBottom: 4 }}>
                <Typography.Text style={{ width: 84 }}>
                  {PIPELINE_STAGE_TERMS[stage.stage][locale]}
                </Typography.Text>
                <Progress
                  style={{ flex: 1, margin: 0 }}
                  percent={data.total ? (stage.reachedAtLeast * 100) / data.total : 0}
                  format={() => stage.count}
                  data-testid={`pipeline-stage-${stage.stage}`}
                />
                <Typography.Text type="secondary" style={{ width: 130 }}>
                  {t("pipeline.reachedAtLeast", { count: stage.reachedAtLeast })}
                </Typography.Text>
              </Flex>
            ))}
            <Flex gap={4} wrap style={{ marginTop: 8 }}>
              <Typography.Text type="secondary">{t("pipeline.byBoard")}:</Typography.Text>
              {data.byBoard
                .filter((board) => board.count > 0)
                .map((board) => (
                  <Tag key={board.board}>
                    {boardName(board.board)} {board.count}
                  </Tag>
                ))}
            </Flex>
          </Col>
        </Row>
      )}
    </Card>
  );
}

import { Card, Col, Progress, Row, Statistic } from "antd";
import { useSession } from "../../../app/session";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { useI18n } from "../../../shared/i18n";
import { useServed } from "../api/events";

/** The region's 家次 served this year against seed 004's 1,000: on the bureau's home page and events list. */
export function ServedCard() {
  const { t } = useI18n();
  const { access } = useSession();
  const served = useServed(access.eventsServed);
  if (!access.eventsServed) return null;
  if (served.isError) return <ProblemAlert error={served.error} />;
  const data = served.data;
  return (
    <Card
      title={t("events.servedTitle", { year: data?.year ?? "" })}
      loading={served.isPending}
      style={{ marginBottom: 16 }}
      data-testid="events-served"
    >
      <Row gutter={24} align="middle">
        <Col>
          <Statistic
            title={t("events.servedTarget", { target: data?.target ?? 0 })}
            value={data?.total ?? 0}
            data-testid="events-served-total"
          />
        </Col>
        <Col>
          <Statistic title={t("events.servedVisits")} value={data?.eventVisits ?? 0} />
        </Col>
        <Col>
          <Statistic title={t("events.servedDemands")} value={data?.demandsHandled ?? 0} />
        </Col>
        <Col flex="auto">
          <Progress
            percent={Math.min(100, data?.progressPercent ?? 0)}
            format={() => `${data?.progressPercent ?? 0}%`}
          />
        </Col>
      </Row>
    </Card>
  );
}

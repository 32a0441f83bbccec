import { Card, Col, Row, Statistic } from "antd";
import { Link } from "react-router";
import { useSession } from "../../app/session";
import { ProblemAlert } from "../../shared/components/ProblemAlert";
import { type MessageKey, useI18n } from "../../shared/i18n";
import { PlatformTasks } from "./PlatformTasks";
import { useWorkbench, type Workbench as WorkbenchData } from "./useWorkbench";
import { WorkItemTable } from "./WorkItemTable";

/** Each kind's count, and the worklist it opens on its waiting tab. */
const COUNTS: { key: Exclude<keyof WorkbenchData["waiting"], "total">; label: MessageKey; to: string }[] = [
  { key: "applications", label: "workbench.kind.application", to: "/applications?tab=waiting" },
  { key: "payments", label: "workbench.kind.payment", to: "/fund/payments?tab=waiting" },
  { key: "defaultCases", label: "workbench.kind.default-case", to: "/default-cases" },
  { key: "claims", label: "workbench.kind.interest-subsidy-claim", to: "/interest-subsidy-accounting" },
  { key: "products", label: "workbench.kind.product-review", to: "/products" },
  { key: "demands", label: "workbench.demands", to: "/financing-demands" },
  { key: "bridgeLoans", label: "workbench.kind.bridge-loan", to: "/bridge-loans" },
];

/** The home page's workbench: what waits for the organisation, the soonest due first, and its latest items. */
export function Workbench() {
  const { access } = useSession();
  const { t } = useI18n();
  const takesPart =
    access.applications ||
    access.fund ||
    access.defaultCases ||
    access.publishProducts ||
    access.financingDemands ||
    access.financingClaims ||
    access.bridgeLoans;
  const workbench = useWorkbench(takesPart);
  if (!takesPart) return null;
  if (workbench.isError) return <ProblemAlert error={workbench.error} />;
  const data = workbench.data;
  const dueSoon = data?.items.filter((item) => item.sla !== null && item.sla !== "on-time").length ?? 0;
  const more = (data?.waiting.total ?? 0) - (data?.items.length ?? 0);
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }} data-testid="workbench">
      {/* Side by side only on screens wide enough for every column of the waiting items (≥ 1920 px):
          narrower, the latest items go below rather than the waiting items' status and due date off
          the card's edge. */}
      <Col xs={24} xxxl={16}>
        <Card
          title={t("workbench.waitingTitle")}
          loading={workbench.isPending}
          extra={more > 0 && t("workbench.more", { count: more })}
        >
          <PlatformTasks tasks={data?.tasks ?? []} />
          <Row gutter={16} style={{ marginBottom: 12 }}>
            <Col>
              <Statistic
                title={t("workbench.total")}
                value={data?.waiting.total ?? 0}
                data-testid="workbench-total"
              />
            </Col>
            <Col>
              <Statistic
                title={t("workbench.dueSoon")}
                value={dueSoon}
                valueStyle={dueSoon > 0 ? { color: "#d4380d" } : undefined}
              />
            </Col>
            {COUNTS.filter(({ key }) => (data?.waiting[key] ?? 0) > 0).map(({ key, label, to }) => (
              <Col key={key}>
                {/* An institution's demands wait in its claim worklist, not in the whitelist. */}
                <Link
                  to={key === "demands" && access.financingClaims ? "/financing-claims" : to}
                  data-testid={`workbench-count-${key}`}
                >
                  <Statistic title={t(label)} value={data?.waiting[key] ?? 0} />
                </Link>
              </Col>
            ))}
          </Row>
          <WorkItemTable
            items={data?.items ?? []}
            testId="workbench-waiting"
            emptyText={t("workbench.waitingEmpty")}
          />
        </Card>
      </Col>
      <Col xs={24} xxxl={8}>
        <Card title={t("workbench.latestTitle")} loading={workbench.isPending}>
          <WorkItemTable
            items={data?.latest ?? []}
            testId="workbench-latest"
            emptyText={t("workbench.latestEmpty")}
            compact
          />
        </Card>
      </Col>
    </Row>
  );
}

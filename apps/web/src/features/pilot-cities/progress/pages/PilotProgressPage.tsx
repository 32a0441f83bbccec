import { Alert, Button, Card, Empty, Flex, Typography } from "antd";
import { useState } from "react";
import { PageHeader } from "../../../../shared/components/PageHeader";
import { ProblemAlert } from "../../../../shared/components/ProblemAlert";
import { useI18n } from "../../../../shared/i18n";
import { useRenewalEligibility } from "../../renewal/api/renewals";
import { RenewalModal } from "../../renewal/components/RenewalModal";
import { RenewalsCard } from "../../renewal/components/RenewalsCard";
import { type PilotDetail, usePilots } from "../api/pilots";
import { usePilotLabels, YearTags } from "../components/labels";
import { PilotDrawer } from "../components/PilotDrawer";
import { ReportModal } from "../components/ReportModal";

/** 试点进展: the city's pilot terms with their yearly reports, and its renewal when the plan has ended. */
export function PilotProgressPage() {
  const { t, locale } = useI18n();
  const pilots = usePilots();
  const eligibility = useRenewalEligibility();
  const labels = usePilotLabels();
  const [openId, setOpenId] = useState<string | null>(null);
  const [reporting, setReporting] = useState<{ pilot: PilotDetail; year: number } | null>(null);
  const [renewing, setRenewing] = useState(false);
  const renewal = eligibility.data;

  return (
    <>
      <PageHeader
        title={t("menu.pilotProgress")}
        subtitle={t("pilot.progressSubtitle")}
        testId="pilot-progress-header"
      />
      <ProblemAlert error={pilots.error ?? eligibility.error} />
      {renewal?.pilotId && (
        <Alert
          style={{ marginBottom: 16 }}
          showIcon
          type={renewal.refusal ? "info" : "success"}
          data-testid="renewal-eligibility"
          message={
            renewal.refusal
              ? t("pilot.renewalRefused", { reason: renewal.refusal[locale] })
              : t("pilot.renewalOpen", { number: renewal.batchNumber ?? "" })
          }
          action={
            !renewal.refusal && (
              <Button type="primary" onClick={() => setRenewing(true)} data-testid="renewal-apply">
                {t("pilot.applyRenewal")}
              </Button>
            )
          }
        />
      )}
      {pilots.data?.length === 0 && <Empty description={t("pilot.none")} />}
      {pilots.data?.map((pilot) => (
        <Card
          key={pilot.id}
          style={{ marginBottom: 16 }}
          title={`${labels.batch(pilot)} · ${labels.period(pilot)}`}
          extra={
            <Button onClick={() => setOpenId(pilot.id)} data-testid={`pilot-term-${pilot.batch.number}`}>
              {t("pilot.view")}
            </Button>
          }
        >
          <Flex vertical gap={8}>
            <Typography.Text type="secondary">
              {pilot.city.name} · {pilot.province[locale]}
            </Typography.Text>
            <YearTags years={pilot.years} />
          </Flex>
        </Card>
      ))}
      <RenewalsCard canDecide={false} />
      <PilotDrawer
        id={openId}
        onClose={() => setOpenId(null)}
        onReport={(pilot, year) => setReporting({ pilot, year })}
      />
      {reporting && (
        <ReportModal pilot={reporting.pilot} year={reporting.year} onClose={() => setReporting(null)} />
      )}
      {renewing && renewal?.batchId && (
        <RenewalModal
          batchId={renewal.batchId}
          previousEnd={renewal.periodEnd ?? ""}
          onClose={() => setRenewing(false)}
        />
      )}
    </>
  );
}

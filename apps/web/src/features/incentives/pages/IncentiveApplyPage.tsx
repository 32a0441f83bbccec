import { UploadOutlined } from "@ant-design/icons";
import { LISTING_REWARD_STAGE_TERMS, LISTING_REWARD_STAGES, type ListingRewardStage } from "@chanrong/domain";
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Form,
  Input,
  Row,
  Select,
  Space,
  Tag,
  Typography,
  Upload,
} from "antd";
import { useMemo, useState } from "react";
import { useNavigate, useSearchParams } from "react-router";
import { useSession } from "../../../app/session";
import { newIdempotencyKey } from "../../../shared/api/idempotency";
import { useRegionName } from "../../../shared/api/reference";
import { PageHeader } from "../../../shared/components/PageHeader";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { formatYuan } from "../../../shared/format";
import { useI18n } from "../../../shared/i18n";
import {
  type ApplicationInput,
  type Evidence,
  type Preview,
  type RewardOffer,
  usePolicies,
  usePreview,
  useRewardOffers,
  useSubmitApplication,
  useUploadEvidence,
} from "../api/incentives";
import { formulaSummary } from "../components/formulaSummary";
import { IncentiveRules, IncentiveWorkingView } from "../components/IncentiveWorkingView";

/**
 * 奖励申报: the enterprise (or, for the equity reward, the investment fund) chooses a policy, enters the
 * base or the stage, attaches the evidence the policy lists, and sees every rule and the working first.
 */
export function IncentiveApplyPage() {
  const i18n = useI18n();
  const { t, label } = i18n;
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { me } = useSession();
  const policies = usePolicies();
  const regionName = useRegionName();
  const upload = useUploadEvidence();
  const preview = usePreview();
  const submit = useSubmitApplication();
  // An offer (or its bell notice) opens the form with the policy and the stage filled in.
  const [search] = useSearchParams();
  const [policyId, setPolicyId] = useState(search.get("policy") ?? undefined);
  const [base, setBase] = useState("");
  const [stage, setStage] = useState(
    (LISTING_REWARD_STAGES as readonly string[]).includes(search.get("stage") ?? "")
      ? (search.get("stage") as ListingRewardStage)
      : undefined,
  );
  const [enterpriseId, setEnterpriseId] = useState("");
  const [evidence, setEvidence] = useState<Record<string, Evidence>>({});
  const [result, setResult] = useState<Preview | null>(null);
  // One key for this form: a retried submission applies once.
  const [idempotencyKey] = useState(newIdempotencyKey);
  const isFund = me?.organisation.type === "FINANCIAL_INSTITUTION";
  const offers = useRewardOffers(me?.organisation.type === "ENTERPRISE");
  const open = (policies.data ?? []).filter(
    (policy) => !policy.retiredAt && (policy.policy.applicant === "FUND") === isFund,
  );
  const chosen = open.find((policy) => policy.id === policyId);

  const input = useMemo((): ApplicationInput | null => {
    if (!chosen) return null;
    return {
      policyId: chosen.id,
      ...(chosen.policy.applicant === "FUND" && enterpriseId.trim() && { enterpriseId: enterpriseId.trim() }),
      ...(chosen.policy.formula.kind === "SHARE_OF_BASE" && base.trim() && { base: base.trim() }),
      ...(chosen.policy.formula.kind === "STAGED" && stage && { stage }),
      evidence: Object.values(evidence).map((file) => file.id),
    };
  }, [chosen, enterpriseId, base, stage, evidence]);

  const choose = (id: string, offeredStage?: ListingRewardStage | null) => {
    setPolicyId(id);
    setStage(offeredStage ?? undefined);
    setEvidence({});
    setResult(null);
  };
  const check = async () => {
    if (input) setResult(await preview.mutateAsync(input));
  };
  const apply = async () => {
    if (!input) return;
    const application = await submit.mutateAsync({ input, idempotencyKey });
    message.success(t("incentives.submitted", { amount: formatYuan(application.amount) }));
    navigate("/incentives/applications");
  };

  return (
    <>
      <PageHeader title={t("incentives.apply.title")} subtitle={t("incentives.apply.subtitle")} />
      <ProblemAlert error={policies.error ?? upload.error ?? submit.error ?? preview.error} />
      {(offers.data ?? []).length > 0 && (
        <OffersCard offers={offers.data ?? []} onApply={(offer) => choose(offer.policyId, offer.stage)} />
      )}
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Card>
            <Form layout="vertical">
              <Form.Item label={t("incentives.policy")} required>
                <Select
                  data-testid="apply-policy"
                  value={policyId}
                  onChange={(id: string) => choose(id)}
                  options={open.map((policy) => ({
                    value: policy.id,
                    label: `${label({ zh: policy.name, en: policy.policy.nameEn })} · ${regionName(policy.regionCode)}`,
                  }))}
                />
              </Form.Item>
              {chosen && (
                <Typography.Paragraph type="secondary" data-testid="apply-formula">
                  {formulaSummary(chosen.policy, i18n)}
                </Typography.Paragraph>
              )}
              {chosen?.policy.applicant === "FUND" && (
                <Form.Item label={t("incentives.enterpriseId")} required>
                  <Input value={enterpriseId} onChange={(event) => setEnterpriseId(event.target.value)} />
                </Form.Item>
              )}
              {chosen?.policy.formula.kind === "SHARE_OF_BASE" && (
                <Form.Item label={t("incentives.base")} required>
                  <Input
                    data-testid="apply-base"
                    value={base}
                    onChange={(event) => setBase(event.target.value)}
                    placeholder="10000000.00"
                  />
                </Form.Item>
              )}
              {chosen?.policy.formula.kind === "STAGED" && (
                <Form.Item label={t("incentives.stage")} required>
                  <Select
                    data-testid="apply-stage"
                    value={stage}
                    onChange={setStage}
                    options={chosen.policy.formula.stages.map((item) => ({
                      value: item.stage,
                      label: `${label(LISTING_REWARD_STAGE_TERMS[item.stage])} · ${formatYuan(item.amount)}`,
                    }))}
                  />
                </Form.Item>
              )}
              {chosen && (
                <Form.Item label={t("incentives.evidence")} required>
                  <Space direction="vertical" style={{ width: "100%" }}>
                    {chosen.policy.evidence.map((item) => (
                      <Space key={item.code} data-testid={`evidence-${item.code}`}>
                        <Typography.Text>{label(item)}</Typography.Text>
                        <Upload
                          showUploadList={false}
                          beforeUpload={(file) => {
                            void upload
                              .mutateAsync({ file, code: item.code })
                              .then((uploaded) =>
                                setEvidence((current) => ({ ...current, [item.code]: uploaded })),
                              );
                            return false;
                          }}
                        >
                          <Button size="small" icon={<UploadOutlined />}>
                            {t("incentives.upload")}
                          </Button>
                        </Upload>
                        {evidence[item.code] && (
                          <Typography.Text type="success" data-testid={`uploaded-${item.code}`}>
                            {t("incentives.uploaded", { name: evidence[item.code]?.filename ?? "" })}
                          </Typography.Text>
                        )}
                      </Space>
                    ))}
                  </Space>
                </Form.Item>
              )}
              <Space>
                <Button
                  onClick={check}
                  disabled={!input}
                  loading={preview.isPending}
                  data-testid="apply-check"
                >
                  {t("incentives.check")}
                </Button>
                <Button
                  type="primary"
                  onClick={apply}
                  disabled={!result?.eligible}
                  loading={submit.isPending}
                  data-testid="apply-submit"
                >
                  {t("incentives.submit")}
                </Button>
              </Space>
            </Form>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          {result && (
            <Card title={t("incentives.rules")} data-testid="apply-preview">
              <Alert
                type={result.eligible ? "success" : "warning"}
                showIcon
                message={result.eligible ? t("incentives.eligible") : t("incentives.notEligible")}
                style={{ marginBottom: 12 }}
              />
              <IncentiveRules rules={result.rules} />
              <Typography.Title level={5} style={{ marginTop: 16 }}>
                {t("incentives.working")}
              </Typography.Title>
              <IncentiveWorkingView working={result.working} />
            </Card>
          )}
        </Col>
      </Row>
    </>
  );
}

/** 可申请: each listing reward the enterprise's pipeline entry has reached and it has not applied for. */
function OffersCard({ offers, onApply }: { offers: RewardOffer[]; onApply: (offer: RewardOffer) => void }) {
  const { t, label, locale } = useI18n();
  return (
    <Card
      title={t("incentives.offers.title")}
      style={{ marginBottom: 16 }}
      data-testid="incentive-offers"
      extra={<Typography.Text type="secondary">{t("incentives.offers.hint")}</Typography.Text>}
    >
      <Space direction="vertical" style={{ width: "100%" }}>
        {offers.map((offer) => (
          <Space
            key={`${offer.policyId}:${offer.stage}`}
            data-testid="incentive-offer"
            data-stage={offer.stage}
          >
            <Tag color="green">{t("incentives.offers.available")}</Tag>
            <Typography.Text strong>
              {locale === "zh" ? offer.policyName : offer.policyNameEn}
            </Typography.Text>
            <Typography.Text>
              {offer.stage
                ? label(LISTING_REWARD_STAGE_TERMS[offer.stage])
                : t("incentives.offers.quotation")}
            </Typography.Text>
            <Typography.Text className="money">{formatYuan(offer.amount)}</Typography.Text>
            <Button
              size="small"
              type="primary"
              data-testid="incentive-offer-apply"
              onClick={() => onApply(offer)}
            >
              {t("incentives.offers.apply")}
            </Button>
          </Space>
        ))}
      </Space>
    </Card>
  );
}

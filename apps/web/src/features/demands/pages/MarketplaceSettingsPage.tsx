import {
  CLAIM_MODES,
  DEFAULT_MATCHING_WEIGHTS,
  MARKETPLACE_PRESETS,
  MATCH_CRITERIA,
  type MarketplacePreset,
} from "@chanrong/domain";
import { App, Button, Card, Divider, Flex, Form, InputNumber, Radio, Select, Space, Typography } from "antd";
import { useEffect, useState } from "react";
import { useSession } from "../../../app/session";
import type { FieldError } from "../../../shared/api/client";
import { useRegions } from "../../../shared/api/reference";
import { PageHeader } from "../../../shared/components/PageHeader";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { formatDateTime } from "../../../shared/format";
import { applyServerErrors } from "../../../shared/forms";
import { useI18n } from "../../../shared/i18n";
import {
  type MarketplaceSettingsInput,
  useMarketplaceSettings,
  useSaveMarketplaceSettings,
} from "../api/demands";

const DAY_FIELDS = [
  "claimWorkingDays",
  "contactWorkingDays",
  "decisionWorkingDays",
  "escalateAfterWorkingDays",
] as const;
const FIELDS = ["claimMode", "maxClaimants", ...DAY_FIELDS, "matchingWeights"] as const;
const PRESETS = Object.keys(MARKETPLACE_PRESETS) as MarketplacePreset[];

type Values = Required<Omit<MarketplaceSettingsInput, "preset">>;

/**
 * A region's claim rules: the bureau's own region, or any region the platform admin picks. The
 * presets fill the form; saving sends the fields, which the server checks together.
 */
export function MarketplaceSettingsPage() {
  const { t } = useI18n();
  const { me, access } = useSession();
  const ownRegion = me?.organisation.type === "INDUSTRY_BUREAU" ? me.organisation.regionCode : "";
  const [regionCode, setRegionCode] = useState(ownRegion);
  const regions = useRegions();
  const settings = useMarketplaceSettings(regionCode);
  const save = useSaveMarketplaceSettings(regionCode);
  const [form] = Form.useForm<Values>();
  const [leftover, setLeftover] = useState<FieldError[]>([]);
  const { message } = App.useApp();
  const mode = Form.useWatch("claimMode", form);
  const weights = Form.useWatch("matchingWeights", form);
  const weightTotal = MATCH_CRITERIA.reduce((sum, criterion) => sum + (weights?.[criterion] ?? 0), 0);

  useEffect(() => {
    if (settings.data) form.setFieldsValue(settings.data);
  }, [settings.data, form]);

  const submit = (values: Values) => {
    setLeftover([]);
    save.mutate(values, {
      onSuccess: () => message.success(t("marketSettings.saved")),
      onError: (error) => setLeftover(applyServerErrors(form, error, FIELDS)),
    });
  };
  const fill = (preset: MarketplacePreset) => form.setFieldsValue(MARKETPLACE_PRESETS[preset]);
  const data = settings.data;

  return (
    <>
      <PageHeader title={t("marketSettings.title")} subtitle={t("marketSettings.subtitle")} />
      {ownRegion === "" && (
        <Flex gap={8} align="center" style={{ marginBottom: 16 }}>
          <Typography.Text>{t("marketSettings.region")}</Typography.Text>
          <Select
            style={{ width: 240 }}
            showSearch
            optionFilterProp="label"
            value={regionCode || undefined}
            onChange={setRegionCode}
            loading={regions.isLoading}
            data-testid="settings-region"
            options={(regions.data ?? [])
              .filter((region) => region.level !== "district")
              .map((region) => ({ value: region.code, label: `${region.name}(${region.code})` }))}
          />
        </Flex>
      )}
      <ProblemAlert error={settings.error ?? save.error} fieldErrors={leftover} />
      {regionCode !== "" && (
        <Card
          title={t("marketSettings.claimTitle")}
          loading={settings.isLoading}
          data-testid="settings-claims"
          extra={
            data && (
              <Typography.Text type="secondary" data-testid="settings-changed">
                {data.changedBy && data.changedAt
                  ? t("marketSettings.changed", {
                      name: data.changedBy,
                      at: formatDateTime(String(data.changedAt)),
                    })
                  : t("marketSettings.neverChanged")}
              </Typography.Text>
            )
          }
        >
          <Form<Values>
            form={form}
            layout="horizontal"
            labelCol={{ span: 6 }}
            wrapperCol={{ span: 14 }}
            onFinish={submit}
            disabled={!access.editMarketplaceSettings}
          >
            <Form.Item label={t("marketSettings.presets")}>
              <Space wrap>
                {PRESETS.map((preset) => (
                  <Button key={preset} onClick={() => fill(preset)} data-testid={`settings-preset-${preset}`}>
                    {t(`marketSettings.preset.${preset}`)}
                  </Button>
                ))}
              </Space>
            </Form.Item>
            <Form.Item name="claimMode" label={t("marketSettings.claimMode")} rules={[{ required: true }]}>
              <Radio.Group
                data-testid="settings-claimMode"
                onChange={(event) => {
                  if (event.target.value === "SINGLE") form.setFieldValue("maxClaimants", 1);
                }}
                options={CLAIM_MODES.map((value) => ({ value, label: t(`marketSettings.mode.${value}`) }))}
              />
            </Form.Item>
            <Form.Item
              name="maxClaimants"
              label={t("marketSettings.maxClaimants")}
              rules={[{ required: true }]}
            >
              <InputNumber
                min={1}
                max={10}
                precision={0}
                disabled={mode === "SINGLE"}
                data-testid="settings-maxClaimants"
              />
            </Form.Item>
            {DAY_FIELDS.map((field) => (
              <Form.Item
                key={field}
                name={field}
                label={t(`marketSettings.${field}`)}
                rules={[{ required: true }]}
              >
                <InputNumber
                  min={1}
                  max={60}
                  precision={0}
                  addonAfter={t("marketSettings.workingDays")}
                  data-testid={`settings-${field}`}
                />
              </Form.Item>
            ))}
            <Divider titlePlacement="start">{t("marketSettings.weightsTitle")}</Divider>
            <Typography.Paragraph type="secondary" style={{ marginLeft: "25%" }}>
              {t("marketSettings.weightsHint")}
            </Typography.Paragraph>
            {MATCH_CRITERIA.map((criterion) => (
              <Form.Item
                key={criterion}
                name={["matchingWeights", criterion]}
                label={t(`matching.criterion.${criterion}`)}
                rules={[{ required: true }]}
              >
                <InputNumber
                  min={0}
                  max={100}
                  precision={0}
                  addonAfter={t("marketSettings.points")}
                  data-testid={`settings-weight-${criterion}`}
                />
              </Form.Item>
            ))}
            <Form.Item label={t("marketSettings.weightTotal")}>
              <Space>
                <Typography.Text
                  type={weightTotal === 100 ? "success" : "danger"}
                  data-testid="settings-weight-total"
                >
                  {weightTotal} / 100
                </Typography.Text>
                <Button
                  size="small"
                  onClick={() => form.setFieldValue("matchingWeights", DEFAULT_MATCHING_WEIGHTS)}
                >
                  {t("marketSettings.weightsDefault")}
                </Button>
              </Space>
            </Form.Item>
            <Form.Item wrapperCol={{ offset: 6 }}>
              {access.editMarketplaceSettings ? (
                <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="settings-save">
                  {t("marketSettings.save")}
                </Button>
              ) : (
                <Typography.Text type="secondary">{t("marketSettings.readOnly")}</Typography.Text>
              )}
            </Form.Item>
          </Form>
        </Card>
      )}
    </>
  );
}

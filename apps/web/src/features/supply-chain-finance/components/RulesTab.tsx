import { App, Button, Card, Descriptions, Form, InputNumber, Select, Tag } from "antd";
import { useState } from "react";
import { useSession } from "../../../app/session";
import type { FieldError } from "../../../shared/api/client";
import { useRegions } from "../../../shared/api/reference";
import { AmountInput } from "../../../shared/components/AmountInput";
import { PercentInput } from "../../../shared/components/PercentInput";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { formatYuan, RATE_PATTERN, rateAsPercent, YUAN_PATTERN } from "../../../shared/format";
import { applyServerErrors } from "../../../shared/forms";
import { useI18n } from "../../../shared/i18n";
import { type ScfRules, type ScfRulesInput, useScfRules, useSetScfRules } from "../api/supply-chain-finance";

/**
 * The advance rate, per-supplier cap and days to due that apply in a region: a bureau reads its own, the
 * platform admin reads any region's and sets them (lines already financed keep the rules they had).
 */
export function RulesTab() {
  const { t, locale } = useI18n();
  const { me } = useSession();
  const regions = useRegions();
  const admin = me?.organisation.type === "PLATFORM_ADMIN";
  const [regionCode, setRegionCode] = useState(admin ? undefined : me?.organisation.regionCode);
  const rules = useScfRules(regionCode);
  const cities = (regions.data ?? []).filter(
    (region) => region.level === "city" || region.level === "province",
  );

  return (
    <>
      {admin && (
        <Select
          showSearch={{ optionFilterProp: "label" }}
          placeholder={t("scf.rules.region")}
          style={{ width: 280, marginBottom: 16 }}
          value={regionCode}
          onChange={setRegionCode}
          options={cities.map((region) => ({
            value: region.code,
            label: locale === "zh" ? region.name : region.nameEn,
          }))}
          data-testid="scf-rules-region"
        />
      )}
      <ProblemAlert error={rules.error} />
      {rules.data && (
        <Card
          title={t("scf.rules.title")}
          extra={
            <Tag color={rules.data.configured ? "blue" : "default"} data-testid="scf-rules-source">
              {rules.data.configured ? t("scf.rules.configured") : t("scf.rules.defaults")}
            </Tag>
          }
        >
          {admin ? (
            <RulesForm key={`${rules.data.regionCode}-${rules.dataUpdatedAt}`} rules={rules.data} />
          ) : (
            <Descriptions column={{ xs: 1, md: 2 }} data-testid="scf-rules">
              <Descriptions.Item label={t("scf.rules.advanceRate")}>
                {rateAsPercent(rules.data.advanceRate)}
              </Descriptions.Item>
              <Descriptions.Item label={t("scf.rules.supplierCap")}>
                {formatYuan(rules.data.supplierCap)}
              </Descriptions.Item>
              <Descriptions.Item label={t("scf.rules.daysToDue")}>
                {t("scf.rules.daysRange", { min: rules.data.minDaysToDue, max: rules.data.maxDaysToDue })}
              </Descriptions.Item>
            </Descriptions>
          )}
        </Card>
      )}
    </>
  );
}

function RulesForm({ rules }: { rules: ScfRules }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const save = useSetScfRules();
  const [form] = Form.useForm<ScfRulesInput>();
  const [leftover, setLeftover] = useState<FieldError[]>([]);
  const required = { required: true, message: t("form.required") };

  const submit = async (values: ScfRulesInput) => {
    setLeftover([]);
    try {
      await save.mutateAsync({ regionCode: rules.regionCode, ...values });
      message.success(t("common.saved"));
    } catch (error) {
      setLeftover(
        applyServerErrors(form, error, ["advanceRate", "supplierCap", "minDaysToDue", "maxDaysToDue"]),
      );
    }
  };

  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={submit}
      initialValues={{
        advanceRate: rules.advanceRate,
        supplierCap: rules.supplierCap,
        minDaysToDue: rules.minDaysToDue,
        maxDaysToDue: rules.maxDaysToDue,
      }}
      style={{ maxWidth: 560 }}
    >
      <Form.Item
        name="advanceRate"
        label={t("scf.rules.advanceRate")}
        tooltip={t("scf.rules.advanceRateHint")}
        rules={[required, { pattern: RATE_PATTERN, message: t("form.ratePattern") }]}
      >
        <PercentInput data-testid="scf-rules-advance-rate" />
      </Form.Item>
      <Form.Item
        name="supplierCap"
        label={t("scf.rules.supplierCap")}
        rules={[required, { pattern: YUAN_PATTERN, message: t("form.yuanPattern") }]}
      >
        <AmountInput data-testid="scf-rules-supplier-cap" />
      </Form.Item>
      <Form.Item name="minDaysToDue" label={t("scf.rules.minDaysToDue")} rules={[required]}>
        <InputNumber min={0} max={365} precision={0} style={{ width: "100%" }} />
      </Form.Item>
      <Form.Item name="maxDaysToDue" label={t("scf.rules.maxDaysToDue")} rules={[required]}>
        <InputNumber min={1} max={1825} precision={0} style={{ width: "100%" }} />
      </Form.Item>
      <ProblemAlert error={save.error} fieldErrors={leftover} />
      <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="scf-rules-save">
        {t("common.save")}
      </Button>
    </Form>
  );
}

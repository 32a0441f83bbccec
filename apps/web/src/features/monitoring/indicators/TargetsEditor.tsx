import { App, Button, Card, Form, Input, InputNumber, Space, Typography } from "antd";
import { useEffect, useState } from "react";
import type { FieldError } from "../../../shared/api/client";
import { AmountInput } from "../../../shared/components/AmountInput";
import { PercentInput } from "../../../shared/components/PercentInput";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { applyServerErrors } from "../../../shared/forms";
import { useI18n } from "../../../shared/i18n";
import { type Targets, type TargetsSave, useSaveTargets, useTargets } from "./api";

type TargetsForm = TargetsSave["targets"];

const TARGET_FIELDS = [
  "targetMonth",
  "manufacturingShare",
  "fundInvestment",
  "bondFinancing",
  "enterprisesServedPerYear",
  "listingPipeline",
];

const formOf = (targets: Targets): TargetsForm => ({ ...targets.inForce, ...(targets.configured ?? {}) });

/** The region's industry bureau edits its targets; each save is a new version over the one it read. */
export function TargetsEditor({ regionCode }: { regionCode: string }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<TargetsForm>();
  const targets = useTargets(regionCode);
  const save = useSaveTargets(regionCode);
  const [leftover, setLeftover] = useState<FieldError[]>([]);

  useEffect(() => {
    if (targets.data) form.setFieldsValue(formOf(targets.data));
  }, [targets.data, form]);

  const submit = async (values: TargetsForm) => {
    if (!targets.data) return;
    setLeftover([]);
    try {
      const saved = await save.mutateAsync({ version: targets.data.version, targets: values });
      message.success(t("mon.saved", { version: saved.version }));
    } catch (error) {
      setLeftover(applyServerErrors(form, error, TARGET_FIELDS));
    }
  };

  const version = targets.data?.version ?? 0;
  return (
    <Card title={t("mon.targets")} style={{ marginTop: 16 }} data-testid="targets-editor">
      <Typography.Paragraph type="secondary">
        {t("mon.targetsHint")} {version > 0 ? t("mon.version", { version }) : t("mon.noVersion")}
      </Typography.Paragraph>
      <ProblemAlert error={save.error} fieldErrors={leftover} />
      <Form form={form} layout="vertical" onFinish={submit} style={{ maxWidth: 720 }}>
        <Space wrap size="large">
          <Form.Item name="targetMonth" label={t("mon.targetMonth")}>
            <Input style={{ width: 120 }} data-testid="target-month" />
          </Form.Item>
          <Form.Item name="manufacturingShare" label={t("mon.manufacturingShare")}>
            <PercentInput style={{ width: 140 }} data-testid="target-share" />
          </Form.Item>
        </Space>
        <Space wrap size="large">
          <Form.Item name={["fundInvestment", "amount"]} label={t("mon.fundInvestment")}>
            <AmountInput style={{ width: 220 }} data-testid="target-fund" />
          </Form.Item>
          <Form.Item name={["fundInvestment", "from"]} label={t("mon.countFrom")}>
            <Input style={{ width: 120 }} />
          </Form.Item>
        </Space>
        <Space wrap size="large">
          <Form.Item name={["bondFinancing", "amount"]} label={t("mon.bondFinancing")}>
            <AmountInput style={{ width: 220 }} data-testid="target-bond" />
          </Form.Item>
          <Form.Item name={["bondFinancing", "from"]} label={t("mon.countFrom")}>
            <Input style={{ width: 120 }} />
          </Form.Item>
        </Space>
        <Space wrap size="large">
          <Form.Item name="enterprisesServedPerYear" label={t("mon.enterprisesServedPerYear")}>
            <InputNumber min={1} precision={0} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="listingPipeline" label={t("mon.listingPipeline")}>
            <InputNumber min={1} precision={0} style={{ width: 160 }} />
          </Form.Item>
        </Space>
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="targets-save">
          {t("mon.saveTargets")}
        </Button>
      </Form>
    </Card>
  );
}

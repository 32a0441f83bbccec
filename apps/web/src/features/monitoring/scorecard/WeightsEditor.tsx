import { SCORECARD_CRITERION_TERMS } from "@chanrong/domain";
import { App, Button, Card, Form, Input, InputNumber, Space, Typography } from "antd";
import { useEffect } from "react";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { useI18n } from "../../../shared/i18n";
import { type ScorecardConfig, useSaveScorecardConfig, useScorecardConfig } from "./api";

type WeightsForm = ScorecardConfig["config"];

/** The region's industry bureau sets each criterion's weight and how many slowest banks are named. */
export function WeightsEditor({ regionCode }: { regionCode: string }) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<WeightsForm>();
  const config = useScorecardConfig(regionCode, true);
  const save = useSaveScorecardConfig(regionCode);

  useEffect(() => {
    if (config.data) form.setFieldsValue(config.data.config);
  }, [config.data, form]);

  const submit = async (values: WeightsForm) => {
    if (!config.data) return;
    const saved = await save.mutateAsync({ version: config.data.version, config: values });
    message.success(t("mon.saved", { version: saved.version }));
  };

  const criteria = config.data?.config.criteria ?? [];
  return (
    <Card title={t("score.weights")} style={{ marginTop: 16 }} data-testid="weights-editor">
      <Typography.Paragraph type="secondary">
        {config.data && config.data.version > 0
          ? t("mon.version", { version: config.data.version })
          : t("score.noVersion")}
      </Typography.Paragraph>
      <ProblemAlert error={save.error} />
      <Form form={form} layout="vertical" onFinish={(values) => submit(values).catch(() => undefined)}>
        <Space wrap size="large">
          {criteria.map((entry, index) => (
            <Form.Item key={entry.criterion} label={label(SCORECARD_CRITERION_TERMS[entry.criterion])}>
              <Form.Item name={["criteria", index, "criterion"]} hidden>
                <Input />
              </Form.Item>
              <Form.Item name={["criteria", index, "weight"]} noStyle>
                <Input style={{ width: 100 }} data-testid={`weight-${entry.criterion}`} />
              </Form.Item>
            </Form.Item>
          ))}
          <Form.Item name="slowestCount" label={t("score.slowestCount")}>
            <InputNumber min={0} max={20} precision={0} />
          </Form.Item>
        </Space>
        <div>
          <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="weights-save">
            {t("score.saveWeights")}
          </Button>
        </div>
      </Form>
    </Card>
  );
}

import { SafetyCertificateOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Form, Input, Space, Typography } from "antd";
import { useState } from "react";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { useI18n } from "../../../shared/i18n";
import { type UsccResult, useUsccCheck } from "../api/calculators";

/** GET /api/v1/uscc/:code — GB 32100-2015 check of a unified social credit code. */
export function UsccTab() {
  const { t } = useI18n();
  const check = useUsccCheck();
  const [result, setResult] = useState<{ code: string; value: UsccResult } | null>(null);
  const [code, setCode] = useState("91440300708461136T");

  const run = async () => {
    const trimmed = code.trim();
    if (!trimmed) return;
    try {
      setResult({ code: trimmed, value: await check.mutateAsync(trimmed) });
    } catch {
      setResult(null);
    }
  };

  return (
    <Card title={t("calc.uscc.title")} style={{ maxWidth: 760 }}>
      <Typography.Paragraph type="secondary">{t("calc.uscc.hint")}</Typography.Paragraph>
      <Form layout="vertical" onFinish={run}>
        <Form.Item label={t("enterprise.uscc")}>
          <Space.Compact style={{ width: "100%" }}>
            <Input
              value={code}
              onChange={(event) => setCode(event.target.value)}
              maxLength={64}
              style={{ fontFamily: "monospace" }}
              data-testid="uscc-input"
            />
            <Button
              type="primary"
              htmlType="submit"
              icon={<SafetyCertificateOutlined />}
              loading={check.isPending}
              data-testid="uscc-check"
            >
              {t("calc.uscc.check")}
            </Button>
          </Space.Compact>
        </Form.Item>
      </Form>
      {check.isError && <ProblemAlert error={check.error} />}
      {result && (
        <div data-testid="uscc-result">
          {result.value.valid ? (
            <Alert
              type="success"
              showIcon
              title={t("calc.uscc.valid", { code: result.code })}
              description={t("calc.uscc.division", { division: result.value.divisionCode })}
            />
          ) : (
            <Alert
              type="error"
              showIcon
              title={t("calc.uscc.invalid", { code: result.code })}
              description={result.value.reason}
            />
          )}
        </div>
      )}
    </Card>
  );
}

import { Form, Table, Typography } from "antd";
import { useState } from "react";
import { AmountInput } from "../../../shared/components/AmountInput";
import { formatYuan, YUAN_PATTERN } from "../../../shared/format";
import { type MessageKey, useI18n } from "../../../shared/i18n";
import { type RecoveryResult, useRecoveryDistribution } from "../api/calculators";
import { SchemeCalculator } from "./SchemeCalculator";

const ROWS: { key: keyof RecoveryResult; label: MessageKey }[] = [
  { key: "reguarantor", label: "calc.party.reguarantor" },
  { key: "guarantor", label: "calc.recovery.guarantorNet" },
  { key: "fund", label: "calc.recovery.fund" },
  { key: "nationalFund", label: "calc.party.nationalFund" },
];

export function RecoveryTab() {
  const { t, paren } = useI18n();
  const compute = useRecoveryDistribution();
  const [result, setResult] = useState<{ recovered: string; value: RecoveryResult } | null>(null);
  const rows = result ? ROWS.filter((row) => result.value[row.key] !== undefined) : [];

  return (
    <SchemeCalculator
      testId="recovery"
      inputTitle={t("calc.recovery.inputTitle")}
      initialValues={{
        scheme: "4321",
        loss: "1000000.00",
        recovered: "100000.00",
        fundShareOfGuarantor: "0.5",
      }}
      extraFields={
        <Form.Item
          name="recovered"
          label={`${t("calc.recovery.recovered")}${paren(t("unit.yuan"))}`}
          rules={[
            { required: true, message: t("form.required") },
            { pattern: YUAN_PATTERN, message: t("form.yuanPattern") },
          ]}
        >
          <AmountInput suffix={t("unit.yuan")} data-testid="recovery-recovered" />
        </Form.Item>
      }
      pending={compute.isPending}
      compute={async (values) => {
        const value = await compute.mutateAsync({
          scheme: values.scheme,
          loss: values.loss.trim(),
          recovered: values.recovered.trim(),
          fundShareOfGuarantor: values.fundShareOfGuarantor.trim(),
        });
        setResult({ recovered: values.recovered.trim(), value });
      }}
      onFailure={() => setResult(null)}
      explain={t("calc.recovery.explain")}
      result={
        result ? (
          <Table
            size="small"
            pagination={false}
            rowKey="key"
            dataSource={rows}
            columns={[
              { key: "party", title: t("calc.party"), render: (_, row) => t(row.label) },
              {
                key: "amount",
                title: `${t("calc.recovery.receives")}${paren(t("unit.yuan"))}`,
                align: "right",
                render: (_, row) => (
                  <span className="money" data-testid={`recovery-${row.key}`}>
                    {formatYuan(result.value[row.key] ?? "")}
                  </span>
                ),
              },
            ]}
            summary={() => (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0}>
                  <Typography.Text strong>{t("calc.recovery.total")}</Typography.Text>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={1} align="right">
                  <Typography.Text strong className="money">
                    {formatYuan(result.recovered)}
                  </Typography.Text>
                </Table.Summary.Cell>
              </Table.Summary.Row>
            )}
          />
        ) : null
      }
    />
  );
}

import { Descriptions, Table, Typography } from "antd";
import { useState } from "react";
import { formatYuan } from "../../../shared/format";
import { useI18n } from "../../../shared/i18n";
import { type RiskSharingResult, useRiskSharing } from "../api/calculators";
import { SchemeCalculator } from "./SchemeCalculator";
import { PARTY_LABEL, SCHEMES } from "./schemes";

const RESULT_KEY: Record<string, keyof RiskSharingResult> = {
  reguarantor: "reguarantor",
  guarantor: "guarantor",
  bank: "bank",
  government: "government",
  national_fund: "nationalFund",
};

export function RiskSharingTab() {
  const { t, paren } = useI18n();
  const compute = useRiskSharing();
  const [result, setResult] = useState<{ scheme: string; value: RiskSharingResult } | null>(null);
  const shown = result ? SCHEMES.find((s) => s.code === result.scheme) : undefined;

  return (
    <SchemeCalculator
      testId="risk-sharing"
      inputTitle={t("calc.risk.inputTitle")}
      initialValues={{ scheme: "4321", loss: "1000000.00", fundShareOfGuarantor: "0.5" }}
      pending={compute.isPending}
      compute={async (values) => {
        const value = await compute.mutateAsync({
          scheme: values.scheme,
          loss: values.loss.trim(),
          fundShareOfGuarantor: values.fundShareOfGuarantor.trim(),
        });
        setResult({ scheme: values.scheme, value });
      }}
      onFailure={() => setResult(null)}
      explain={t("calc.risk.explain")}
      result={
        result && shown ? (
          <>
            <Table
              size="small"
              pagination={false}
              rowKey="party"
              dataSource={shown.parties}
              style={{ marginBottom: 16 }}
              columns={[
                { key: "party", title: t("calc.party"), render: (_, p) => t(PARTY_LABEL[p.party]) },
                { key: "share", title: t("calc.share"), dataIndex: "percent", align: "right", width: 100 },
                {
                  key: "amount",
                  title: `${t("calc.amountBorne")}${paren(t("unit.yuan"))}`,
                  align: "right",
                  render: (_, p) => {
                    const key = RESULT_KEY[p.party];
                    const value = key ? result.value[key] : undefined;
                    return (
                      <span className="money" data-testid={`risk-sharing-${p.party}`}>
                        {typeof value === "string" ? formatYuan(value) : "—"}
                      </span>
                    );
                  },
                },
              ]}
            />
            <Descriptions
              bordered
              size="small"
              column={1}
              items={[
                {
                  key: "fundPays",
                  label: t("calc.fundPays"),
                  children: (
                    <Typography.Text strong className="money" data-testid="risk-sharing-fund-pays">
                      {formatYuan(result.value.fundPays)} {t("unit.yuan")}
                    </Typography.Text>
                  ),
                },
                {
                  key: "guarantorNet",
                  label: t("calc.guarantorNet"),
                  children: (
                    <span className="money" data-testid="risk-sharing-guarantor-net">
                      {formatYuan(result.value.guarantorNet)} {t("unit.yuan")}
                    </span>
                  ),
                },
              ]}
            />
          </>
        ) : null
      }
    />
  );
}

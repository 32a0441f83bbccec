import { CheckCircleFilled, CloseCircleFilled } from "@ant-design/icons";
import { Button, Card, Descriptions, Flex, Statistic, Table, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useState } from "react";
import { dateCell } from "../../../shared/components/Nowrap";
import { formatYuan } from "../../../shared/format";
import { useI18n } from "../../../shared/i18n";
import type { VerifiedLimit } from "../api/supply-chain-finance";
import { FinancingModal } from "./FinancingModal";
import { PayableStatusTag, useKindName } from "./labels";

type Receivable = VerifiedLimit["receivables"][number];

/**
 * A supplier's verified limit against one core with its working and fundamentals, and its receivables:
 * the supplier selects some and asks an arranged bank; a bank selects some and finances them.
 */
export function LimitCard({ limit, mode }: { limit: VerifiedLimit; mode: "supplier" | "bank" }) {
  const { t, locale } = useI18n();
  const kindName = useKindName();
  const [selected, setSelected] = useState<string[]>([]);
  const [asking, setAsking] = useState(false);

  const columns: ColumnsType<Receivable> = [
    { key: "documentNo", title: t("scf.documentNo"), dataIndex: "documentNo" },
    { key: "kind", title: t("scf.kind"), render: (_, r) => kindName(r.kind) },
    { key: "amount", title: t("scf.amount"), align: "right", render: (_, r) => formatYuan(r.amount) },
    { key: "dueOn", title: t("scf.dueOn"), dataIndex: "dueOn", render: dateCell },
    { key: "status", title: t("scf.status"), render: (_, r) => <PayableStatusTag status={r.status} /> },
    {
      key: "eligible",
      title: t("scf.limit"),
      render: (_, r) =>
        r.eligible ? (
          <Tag color="green">{t("scf.eligibleYes")}</Tag>
        ) : (
          <Typography.Text type="secondary">{r.reason?.[locale]}</Typography.Text>
        ),
    },
  ];
  const party = mode === "supplier" ? limit.coreName : (limit.supplierName ?? limit.supplierUscc);

  return (
    <Card
      title={`${mode === "supplier" ? t("scf.core") : t("scf.supplier")}:${party}`}
      style={{ marginBottom: 16 }}
      data-testid="scf-limit"
      extra={
        <Button
          type="primary"
          disabled={selected.length === 0 || limit.limit === "0.00"}
          onClick={() => setAsking(true)}
          data-testid="scf-ask"
        >
          {mode === "supplier" ? t("scf.request") : t("scf.financeSelected")}
        </Button>
      }
    >
      <Flex gap={32} wrap style={{ marginBottom: 16 }}>
        <Statistic title={t("scf.limit")} value={formatYuan(limit.limit)} data-testid="scf-limit-amount" />
        <Statistic title={t("scf.eligible")} value={formatYuan(limit.eligible)} />
        <Statistic title={t("scf.advanceRate")} value={`${Number(limit.advanceRate) * 100}%`} />
        <Statistic title={t("scf.cap")} value={formatYuan(limit.cap)} />
        <Statistic title={t("scf.outstanding")} value={formatYuan(limit.outstanding)} />
      </Flex>
      <Descriptions size="small" column={1} bordered style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t("scf.checks")}>
          <Flex gap={4} wrap>
            {limit.checks.map((check) => (
              <Tag
                key={check.rule}
                color={check.passed ? "success" : "error"}
                icon={check.passed ? <CheckCircleFilled /> : <CloseCircleFilled />}
              >
                {check.reason[locale]}
              </Tag>
            ))}
          </Flex>
        </Descriptions.Item>
        <Descriptions.Item label={t("scf.working")}>
          <div data-testid="scf-working">
            {limit.working.map((line) => (
              <div key={line.zh}>{line[locale]}</div>
            ))}
          </div>
        </Descriptions.Item>
      </Descriptions>
      {mode === "supplier" && limit.banks.length === 0 && (
        <Typography.Paragraph type="warning">{t("scf.noBank")}</Typography.Paragraph>
      )}
      <Typography.Paragraph type="secondary">{t("scf.selectHint")}</Typography.Paragraph>
      <Table
        rowKey="id"
        size="small"
        dataSource={limit.receivables}
        columns={columns}
        pagination={false}
        rowSelection={{
          selectedRowKeys: selected,
          onChange: (keys) => setSelected(keys as string[]),
          getCheckboxProps: (r) =>
            ({ disabled: !r.eligible, "data-testid": `scf-select-${r.documentNo}` }) as object,
        }}
        data-testid="scf-receivables"
      />
      {asking && (
        <FinancingModal
          limit={limit}
          mode={mode}
          payableIds={selected}
          onClose={(done) => {
            setAsking(false);
            if (done) setSelected([]);
          }}
        />
      )}
    </Card>
  );
}

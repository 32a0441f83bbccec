import { Card, Empty, Flex, Table, Typography } from "antd";
import { useSession } from "../../../app/session";
import { dateCell } from "../../../shared/components/Nowrap";
import { formatYuan, rateAsPercent } from "../../../shared/format";
import { useI18n } from "../../../shared/i18n";
import type { ApplicationDetail, Contract, ContractKind } from "../api/applications";
import { useUploadAttachment } from "../api/attachments";
import { AttachmentLink, UploadButton, UploadRefusal, usePartyAttachments } from "./Attachments";
import { labelOr } from "./labels";

const CONTRACT_ORDER = ["LOAN", "ENTRUSTED_GUARANTEE", "COUNTER_GUARANTEE", "SURETY"];

/**
 * 合同: the four contracts the bank recorded. A scan is the attachment of the contract's kind
 * (one contract per kind per application); the bank attaches it, the latest one counts.
 */
export function ContractsCard({ detail }: { detail: ApplicationDetail }) {
  const { t } = useI18n();
  const { me } = useSession();
  const { query: attachments, visible: showScans } = usePartyAttachments(detail.id);
  const upload = useUploadAttachment(detail.id);
  const isBank = me?.organisation.id === detail.bank.id;
  const latestScan = (kind: ContractKind) => attachments.data?.findLast((a) => a.kind === kind);

  return (
    <Card title={t("application.cardContracts")}>
      <UploadRefusal upload={upload} testId="contract-scan-error" />
      <div data-testid="application-contracts">
        <Table<Contract>
          rowKey="kind"
          size="small"
          pagination={false}
          dataSource={[...detail.contracts].sort(
            (a, b) => CONTRACT_ORDER.indexOf(a.kind) - CONTRACT_ORDER.indexOf(b.kind),
          )}
          locale={{
            emptyText: (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("application.noContracts")} />
            ),
          }}
          columns={[
            {
              key: "kind",
              title: "",
              dataIndex: "kind",
              width: 120,
              render: (kind: string) => labelOr(t, `contract.${kind}`, kind),
            },
            { key: "number", title: t("application.contractNumber"), dataIndex: "number" },
            {
              key: "signedOn",
              title: t("application.contractDate"),
              dataIndex: "signedOn",
              render: dateCell,
            },
            {
              key: "amount",
              title: t("application.contractAmount"),
              dataIndex: "amount",
              align: "right",
              render: (amount: string) => formatYuan(amount),
            },
            {
              key: "annualRate",
              title: t("application.contractAnnualRate"),
              dataIndex: "annualRate",
              align: "right",
              render: (rate: string | null) => (rate ? rateAsPercent(rate) : ""),
            },
            {
              key: "parties",
              title: t("application.contractParties"),
              dataIndex: "parties",
              render: (parties: string[]) => parties.join("、"),
            },
            ...(showScans
              ? [
                  {
                    key: "scan",
                    title: t("attachment.contractScan"),
                    dataIndex: "kind",
                    render: (kind: ContractKind) => {
                      const scan = latestScan(kind);
                      return (
                        <Flex gap={12} align="center" wrap data-testid={`contract-scan-${kind}`}>
                          {scan ? (
                            <AttachmentLink attachment={scan} />
                          ) : (
                            <Typography.Text type="secondary">{t("attachment.noScan")}</Typography.Text>
                          )}
                          {isBank && (
                            <UploadButton
                              upload={upload}
                              kind={kind}
                              label={scan ? t("attachment.replaceScan") : t("attachment.attachScan")}
                              testId={`contract-scan-upload-${kind}`}
                            />
                          )}
                        </Flex>
                      );
                    },
                  },
                ]
              : []),
          ]}
        />
      </div>
    </Card>
  );
}

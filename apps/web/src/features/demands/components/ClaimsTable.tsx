import { CLAIM_ACTION_TERMS, DEMAND_KINDS } from "@chanrong/domain";
import { Button, Flex, Table, Typography } from "antd";
import { useState } from "react";
import { Link } from "react-router";
import { formatYuan } from "../../../shared/format";
import { useI18n } from "../../../shared/i18n";
import type { ClaimActionInput, ClaimRow } from "../api/demands";
import { ClaimActionModal } from "./ClaimActionModal";
import { ClaimStateTag, SlaTag } from "./labels";

/** Claims with the caller's buttons: an institution its own steps, the enterprise its confirmation. */
export function ClaimsTable({
  claims,
  showEnterprise,
  testId,
}: {
  claims: ClaimRow[];
  showEnterprise: boolean;
  testId: string;
}) {
  const { t, label } = useI18n();
  const [open, setOpen] = useState<{ claim: ClaimRow; action: ClaimActionInput["action"] } | null>(null);
  return (
    <>
      <Table<ClaimRow>
        rowKey="id"
        size="middle"
        dataSource={claims}
        pagination={false}
        locale={{ emptyText: t("claims.none") }}
        data-testid={testId}
        onRow={(claim) =>
          ({ "data-testid": `claim-row-${claim.orgName}` }) as React.HTMLAttributes<HTMLElement>
        }
        columns={[
          ...(showEnterprise
            ? [
                {
                  title: t("demands.enterprise"),
                  key: "enterprise",
                  render: (_: unknown, claim: ClaimRow) => (
                    <Link to={`/financing-demands/${claim.demandId}`}>{claim.enterpriseName}</Link>
                  ),
                },
                {
                  title: t("demands.kind"),
                  key: "kind",
                  render: (_: unknown, claim: ClaimRow) =>
                    label(DEMAND_KINDS.find((kind) => kind.code === claim.demandKind)),
                },
                {
                  title: t("demands.amount"),
                  key: "amount",
                  align: "right" as const,
                  render: (_: unknown, claim: ClaimRow) => formatYuan(claim.demandAmount),
                },
              ]
            : []),
          { title: t("demands.institution"), dataIndex: "orgName" },
          {
            title: t("claims.state"),
            key: "state",
            render: (_, claim) => (
              <Flex gap={4} wrap>
                <ClaimStateTag state={claim.state} />
                {claim.state === "PUSHED" && !claim.claimable && (
                  <Typography.Text type="secondary">{t("claims.taken")}</Typography.Text>
                )}
              </Flex>
            ),
          },
          { title: t("claims.sla"), key: "sla", render: (_, claim) => <SlaTag claim={claim} /> },
          {
            title: t("claims.approved"),
            key: "approved",
            render: (_, claim) =>
              claim.approvedAmount &&
              `${formatYuan(claim.approvedAmount)} · ${claim.approvedRate} · ${claim.approvedTermMonths}`,
          },
          {
            title: t("claims.funded"),
            key: "funded",
            render: (_, claim) =>
              claim.fundedAmount &&
              `${formatYuan(claim.creditAmount)} / ${formatYuan(claim.fundedAmount)} · ${claim.fundedOn}`,
          },
          {
            title: t("claims.rating"),
            key: "rating",
            render: (_, claim) =>
              claim.rating !== null
                ? `${"★".repeat(claim.rating)} ${claim.ratingComment ?? ""}`
                : claim.declineReason,
          },
          {
            title: t("claims.actions"),
            key: "actions",
            render: (_, claim) => (
              <Flex gap={4} wrap>
                {claim.actions.map((action) => (
                  <Button
                    key={action}
                    size="small"
                    danger={action === "decline"}
                    type={action === "decline" ? "default" : "primary"}
                    onClick={() => setOpen({ claim, action })}
                    data-testid={`claim-${action}`}
                  >
                    {label(CLAIM_ACTION_TERMS[action])}
                  </Button>
                ))}
              </Flex>
            ),
          },
        ]}
      />
      {open && <ClaimActionModal claim={open.claim} action={open.action} onClose={() => setOpen(null)} />}
    </>
  );
}

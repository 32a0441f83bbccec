import { Button, Flex, Typography } from "antd";
import { Link } from "react-router";
import { download, pathOf } from "../../../shared/api/client";
import { useI18n } from "../../../shared/i18n";
import { claimFormUrl } from "../../interest-subsidy/api/interest-subsidy";
import type { PaymentLine } from "../api/payments";

/**
 * What a line pays for, one click away for the reviewers: the 贴息申请, its 贴息表 and each voucher; the
 * default case compensated; or the loan whose guarantee fee is subsidised. The working is the row's
 * expansion.
 */
export function LineSource({ line }: { line: PaymentLine }) {
  const { t } = useI18n();
  const { claimId, defaultCaseId, vouchers } = line.source;
  return (
    <Flex vertical gap={2} data-testid="line-source" style={{ whiteSpace: "nowrap" }}>
      {claimId && (
        <>
          <Link to={`/interest-subsidy/claims/${claimId}`} data-testid="line-source-claim">
            {t("fundPayment.sourceClaim")}
          </Link>
          <a href={claimFormUrl(claimId)} target="_blank" rel="noreferrer" data-testid="line-source-form">
            {t("fundPayment.sourceForm")}
          </a>
          {vouchers.map((voucher) => (
            <Button
              key={voucher.id}
              type="link"
              size="small"
              style={{ padding: 0, height: "auto", justifyContent: "flex-start" }}
              data-testid="line-source-voucher"
              onClick={() =>
                download(
                  pathOf("/api/v1/attachments/{id}/content", { id: voucher.id }),
                  undefined,
                  voucher.filename,
                )
              }
            >
              {voucher.filename}
            </Button>
          ))}
        </>
      )}
      {defaultCaseId && (
        <Link to={`/default-cases/${defaultCaseId}`} data-testid="line-source-default-case">
          {t("fundPayment.sourceDefaultCase")}
        </Link>
      )}
      {!claimId && !defaultCaseId && line.applicationId && (
        <Link to={`/applications/${line.applicationId}`} data-testid="line-source-loan">
          {t("fundPayment.sourceLoan")}
        </Link>
      )}
    </Flex>
  );
}

/** The account a line is (or was) paid into, as a bank slip names it; a warning when none is registered. */
export function PayeeAccount({ account }: { account: PaymentLine["payeeAccount"] }) {
  const { t } = useI18n();
  if (!account) return <Typography.Text type="warning">{t("fundPayment.noPayeeAccount")}</Typography.Text>;
  return (
    <Flex vertical data-testid="payee-account">
      <span>{account.name}</span>
      <Typography.Text type="secondary">{account.bank}</Typography.Text>
      <span style={{ whiteSpace: "nowrap" }} data-testid="payee-account-number">
        {account.number}
      </span>
    </Flex>
  );
}

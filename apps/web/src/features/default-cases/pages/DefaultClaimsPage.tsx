import { App, Button, Card, DatePicker, Form, Input, Modal, Select, Table } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { Link, useNavigate } from "react-router";
import { useBusinessDate, useSession } from "../../../app/session";
import type { FieldError } from "../../../shared/api/client";
import { AmountInput } from "../../../shared/components/AmountInput";
import { dateCell } from "../../../shared/components/Nowrap";
import { PageHeader } from "../../../shared/components/PageHeader";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { DATE_FORMAT, formatYuan, YUAN_PATTERN } from "../../../shared/format";
import { applyServerErrors } from "../../../shared/forms";
import { useI18n } from "../../../shared/i18n";
import { type ClaimableLoan, useClaim, useClaimableLoans } from "../api/default-cases";

/** 代偿申请 (seed 002 art. 11(8)): the bank's overdue programme loans, each of which it may claim on once. */
export function DefaultClaimsPage() {
  const { t } = useI18n();
  const { me } = useSession();
  const loans = useClaimableLoans();
  const [claiming, setClaiming] = useState<ClaimableLoan | null>(null);
  const canClaim = Boolean(me?.user.roles.some((role) => role === "operator" || role === "reviewer"));

  return (
    <>
      <PageHeader
        title={t("menu.defaultClaims")}
        subtitle={t("defaults.claimsSubtitle")}
        testId="default-claims-header"
        extra={
          <Link to="/default-cases">
            <Button>{t("menu.defaultCases")}</Button>
          </Link>
        }
      />
      {loans.isError && <ProblemAlert error={loans.error} />}
      <Card title={t("defaults.overdueLoans")}>
        <Table<ClaimableLoan>
          rowKey="applicationId"
          loading={loans.isPending}
          dataSource={loans.data?.items}
          pagination={false}
          data-testid="claimable-loans"
          onRow={(loan) => ({ "data-application-id": loan.applicationId }) as object}
          locale={{ emptyText: t("defaults.noOverdueLoans") }}
          columns={[
            {
              key: "enterprise",
              title: t("defaults.enterprise"),
              render: (_, loan) => (
                <Link to={`/applications/${loan.applicationId}`}>{loan.enterpriseName}</Link>
              ),
            },
            { key: "programme", title: t("defaults.programme"), dataIndex: "programmeName" },
            {
              key: "amount",
              title: t("defaults.loanAmount"),
              dataIndex: "amount",
              align: "right",
              render: formatYuan,
            },
            {
              key: "outstanding",
              title: t("defaults.outstanding"),
              dataIndex: "outstanding",
              align: "right",
              render: formatYuan,
            },
            {
              key: "overdue",
              title: t("defaults.overdueSince"),
              dataIndex: "overdueSince",
              render: dateCell,
            },
            ...(canClaim
              ? [
                  {
                    key: "actions",
                    title: t("common.actions"),
                    render: (_: unknown, loan: ClaimableLoan) => (
                      <Button
                        type="primary"
                        danger
                        onClick={() => setClaiming(loan)}
                        data-testid="claim-open"
                      >
                        {t("defaults.claim")}
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      {claiming && <ClaimModal loan={claiming} onClose={() => setClaiming(null)} />}
    </>
  );
}

interface Values {
  loss: string;
  claimedOn: Dayjs | null;
  reason: string;
  scheme: string;
}

function ClaimModal({ loan, onClose }: { loan: ClaimableLoan; onClose: () => void }) {
  const { t } = useI18n();
  const today = useBusinessDate();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const claim = useClaim();
  const [leftover, setLeftover] = useState<FieldError[]>([]);

  const onFinish = async (values: Values) => {
    setLeftover([]);
    try {
      const created = await claim.mutateAsync({
        applicationId: loan.applicationId,
        loss: values.loss.trim(),
        claimedOn: values.claimedOn?.format(DATE_FORMAT) ?? "",
        reason: values.reason.trim(),
        scheme: values.scheme,
      });
      message.success(t("defaults.claimed"));
      navigate(`/default-cases/${created.id}`);
    } catch (error) {
      setLeftover(applyServerErrors(form, error, ["loss", "claimedOn", "reason", "scheme"]));
    }
  };

  return (
    <Modal
      open
      title={t("defaults.claimTitle", { enterprise: loan.enterpriseName })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t("common.confirm")}
      cancelText={t("common.cancel")}
      okButtonProps={{ loading: claim.isPending, "data-testid": "claim-submit" }}
    >
      {claim.isError && <ProblemAlert error={claim.error} fieldErrors={leftover} testId="claim-error" />}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ loss: loan.outstanding, claimedOn: dayjs(today), scheme: loan.schemes[0] }}
        data-testid="claim-form"
      >
        <Form.Item
          name="loss"
          label={t("defaults.loss")}
          extra={t("defaults.lossHint", { outstanding: formatYuan(loan.outstanding) })}
          rules={[
            { required: true, whitespace: true, message: t("application.required") },
            { pattern: YUAN_PATTERN, message: t("application.amountInvalid") },
          ]}
        >
          <AmountInput data-testid="claim-loss" />
        </Form.Item>
        <Form.Item
          name="claimedOn"
          label={t("defaults.claimedOn")}
          rules={[{ required: true, message: t("application.required") }]}
        >
          <DatePicker format={DATE_FORMAT} style={{ width: "100%" }} data-testid="claim-date" />
        </Form.Item>
        <Form.Item name="scheme" label={t("defaults.scheme")}>
          <Select
            options={loan.schemes.map((scheme) => ({ value: scheme, label: scheme }))}
            data-testid="claim-scheme"
          />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t("defaults.reason")}
          rules={[{ required: true, whitespace: true, message: t("application.required") }]}
        >
          <Input.TextArea
            rows={3}
            maxLength={2000}
            placeholder={t("defaults.reasonPlaceholder")}
            data-testid="claim-reason"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

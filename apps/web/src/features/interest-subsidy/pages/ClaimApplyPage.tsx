import { INTEREST_SUBSIDY_VOUCHER_KINDS } from "@chanrong/domain";
import {
  App,
  AutoComplete,
  Button,
  Card,
  Col,
  Descriptions,
  Flex,
  Form,
  Input,
  Result,
  Row,
  Spin,
  Table,
  Tag,
  Typography,
} from "antd";
import { useEffect, useState } from "react";
import { useNavigate, useParams } from "react-router";
import type { FieldError } from "../../../shared/api/client";
import { AmountInput } from "../../../shared/components/AmountInput";
import { dateCell, Nowrap } from "../../../shared/components/Nowrap";
import { PageHeader } from "../../../shared/components/PageHeader";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { formatDate, formatWanBrief, formatYuan, YUAN_PATTERN } from "../../../shared/format";
import { applyServerErrors } from "../../../shared/forms";
import { useI18n } from "../../../shared/i18n";
import { useAttachments, useUploadAttachment } from "../../applications/api/attachments";
import { AttachmentLink, UploadButton, UploadRefusal } from "../../applications/components/Attachments";
import { useEnterprise } from "../../enterprises/api/enterprises";
import { LineWorking } from "../../payments/components/LineWorking";
import {
  type ClaimForm,
  type SubsidyLoanRow,
  useCreateClaim,
  useSubsidyLoans,
} from "../api/interest-subsidy";
import { WindowCell } from "../components/LoanTable";

interface Values {
  claimed: string;
  form: ClaimForm;
}

/** The enterprise fills in the 贴息表 (seed 002 附件2) for one settled loan whose window is open. */
export function ClaimApplyPage() {
  const { applicationId } = useParams();
  const { t } = useI18n();
  const loans = useSubsidyLoans();
  if (loans.isPending) return <Spin style={{ display: "block", margin: 48 }} />;
  if (loans.isError) return <ProblemAlert error={loans.error} />;
  const row = loans.data.items.find((item) => item.applicationId === applicationId);
  if (!row?.open || !row.subsidy.eligible)
    return <Result status="warning" subTitle={t("subsidy.apply.closed")} />;
  return <Apply row={row} />;
}

const FIELDS = ["claimed", "form"] as const;

function Apply({ row }: { row: SubsidyLoanRow }) {
  const { t, paren } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const create = useCreateClaim();
  const [leftover, setLeftover] = useState<FieldError[]>([]);
  const enterprise = useEnterprise(row.enterprise.id).data;
  const subsidy = row.subsidy.eligible ? row.subsidy : null;

  // The registry's figures are a start; the enterprise confirms or corrects them on the form. They
  // arrive after the form is shown, so they fill only the fields the enterprise has not typed in yet.
  useEffect(() => {
    if (!enterprise) return;
    const account =
      enterprise.bankAccounts.find((a) => a.bankOrgId === row.bank.id) ?? enterprise.bankAccounts[0];
    const prefill = (name: keyof ClaimForm, value: string) => {
      if (!form.isFieldTouched(["form", name])) form.setFieldValue(["form", name], value);
    };
    prefill("address", enterprise.address);
    prefill("legalRepresentative", enterprise.legalRepresentative);
    prefill("contactName", enterprise.contactName ?? "");
    prefill("contactPhone", enterprise.contactPhone ?? "");
    prefill("bankAccount", account ? `${account.bankName} ${account.accountNo}` : "");
  }, [enterprise, form, row.bank.id]);

  const onFinish = async (values: Values) => {
    setLeftover([]);
    try {
      const claim = await create.mutateAsync({ applicationId: row.applicationId, ...values });
      message.success(t("subsidy.apply.submitted"));
      navigate(`/interest-subsidy/claims/${claim.id}`);
    } catch (error) {
      setLeftover(applyServerErrors(form, error, FIELDS));
    }
  };

  const required = [{ required: true, whitespace: true, message: t("subsidy.form.required") }];
  const text = (name: keyof ClaimForm, max: number, testId: string, rows = 0) => (
    <Form.Item name={["form", name]} label={t(`subsidy.form.${name}`)} rules={required}>
      {rows ? (
        <Input.TextArea rows={rows} maxLength={max} showCount data-testid={testId} />
      ) : (
        <Input maxLength={max} data-testid={testId} />
      )}
    </Form.Item>
  );

  return (
    <>
      <PageHeader
        title={t("subsidy.apply.title")}
        subtitle={`${row.enterprise.name} · ${row.bank.name} · ${formatYuan(row.disbursed)} ${t("unit.yuan")}`}
        backTo="/interest-subsidy"
        testId="claim-apply-header"
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={10}>
          <Flex vertical gap={16}>
            <Card title={t("subsidy.apply.loan")}>
              <Descriptions size="small" column={1} bordered>
                <Descriptions.Item label={t("subsidy.form.loanAmount")}>
                  {formatWanBrief(row.disbursed)}
                </Descriptions.Item>
                <Descriptions.Item label={t("subsidy.form.loanPeriod")}>
                  <Nowrap>{formatDate(row.termStart)}</Nowrap> — <Nowrap>{formatDate(row.termEnd)}</Nowrap>
                </Descriptions.Item>
                <Descriptions.Item label={t("subsidy.form.outstanding")}>
                  {formatWanBrief(row.outstanding)}
                </Descriptions.Item>
                <Descriptions.Item label={t("subsidy.form.settledOn")}>
                  {dateCell(row.settledOn)}
                </Descriptions.Item>
                <Descriptions.Item label={t("subsidy.form.interestPaid")}>
                  <span className="money">{formatYuan(row.interestPaid)}</span>
                </Descriptions.Item>
                <Descriptions.Item label={t("subsidy.window")}>
                  <WindowCell subsidy={row.subsidy} />
                </Descriptions.Item>
                <Descriptions.Item label={t("subsidy.computed")}>
                  <Typography.Text strong className="money" data-testid="apply-computed">
                    {subsidy && formatYuan(subsidy.amount)}
                  </Typography.Text>
                </Descriptions.Item>
              </Descriptions>
              <Typography.Paragraph type="secondary" style={{ margin: "8px 0 0" }}>
                {t("subsidy.form.fromBank")}
              </Typography.Paragraph>
            </Card>
            <Vouchers applicationId={row.applicationId} />
          </Flex>
        </Col>
        <Col xs={24} xl={14}>
          <Card title={t("subsidy.apply.form", { programme: row.programme.name })}>
            {create.isError && (
              <ProblemAlert error={create.error} fieldErrors={leftover} testId="claim-apply-error" />
            )}
            <Form<Values>
              form={form}
              layout="vertical"
              onFinish={onFinish}
              initialValues={{ claimed: subsidy?.amount ?? "" }}
              data-testid="claim-apply-form"
            >
              <Form.Item label={t("subsidy.form.enterpriseName")}>
                <Input value={row.enterprise.name} disabled />
              </Form.Item>
              {text("address", 200, "claim-address")}
              <Row gutter={16}>
                <Col xs={24} md={12}>
                  {text("legalRepresentative", 50, "claim-legal")}
                </Col>
                <Col xs={24} md={12}>
                  {text("phone", 30, "claim-phone")}
                </Col>
                <Col xs={24} md={12}>
                  {text("contactName", 50, "claim-contact-name")}
                </Col>
                <Col xs={24} md={12}>
                  {text("contactPhone", 30, "claim-contact-phone")}
                </Col>
              </Row>
              <Form.Item
                name={["form", "bankAccount"]}
                label={t("subsidy.form.bankAccount")}
                rules={required}
              >
                <AutoComplete
                  data-testid="claim-bank-account"
                  options={enterprise?.bankAccounts.map((a) => ({ value: `${a.bankName} ${a.accountNo}` }))}
                />
              </Form.Item>
              <Form.Item
                name="claimed"
                label={`${t("subsidy.form.claimed")}`}
                rules={[...required, { pattern: YUAN_PATTERN, message: t("subsidy.form.amountInvalid") }]}
              >
                <AmountInput suffix={paren(t("unit.yuan"))} data-testid="claim-amount" />
              </Form.Item>
              {text("businessDevelopment", 2000, "claim-business", 4)}
              {text("enterpriseOpinion", 1000, "claim-opinion", 3)}
              <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="claim-submit">
                {t("subsidy.apply.submit")}
              </Button>
            </Form>
          </Card>
        </Col>
        {subsidy && (
          <Col span={24}>
            <Card title={t("subsidy.working.title")}>
              <LineWorking working={subsidy.working} />
            </Card>
          </Col>
        )}
      </Row>
    </>
  );
}

/** The three vouchers of the form's note, each uploaded onto the loan's application. */
function Vouchers({ applicationId }: { applicationId: string }) {
  const { t } = useI18n();
  const attachments = useAttachments(applicationId);
  const upload = useUploadAttachment(applicationId);
  return (
    <Card title={t("subsidy.apply.vouchers")} data-testid="claim-vouchers">
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {t("subsidy.apply.vouchersHint")}
      </Typography.Paragraph>
      <UploadRefusal upload={upload} testId="voucher-error" />
      {attachments.isError && <ProblemAlert error={attachments.error} />}
      <Table
        size="small"
        pagination={false}
        rowKey={(kind) => kind}
        dataSource={[...INTEREST_SUBSIDY_VOUCHER_KINDS]}
        columns={[
          { key: "kind", title: t("attachment.kind"), render: (_, kind) => t(`attachment.kind.${kind}`) },
          {
            key: "files",
            title: t("attachment.name"),
            render: (_, kind) => {
              const files = attachments.data?.filter((file) => file.kind === kind) ?? [];
              return files.length ? (
                <Flex vertical>
                  {files.map((file) => (
                    <AttachmentLink key={file.id} attachment={file} />
                  ))}
                </Flex>
              ) : (
                <Tag color="orange" data-testid={`voucher-missing-${kind}`}>
                  {t("subsidy.apply.voucherMissing")}
                </Tag>
              );
            },
          },
          {
            key: "upload",
            title: t("common.actions"),
            render: (_, kind) => (
              <UploadButton
                upload={upload}
                kind={kind}
                label={t("subsidy.apply.upload")}
                testId={`voucher-upload-${kind}`}
              />
            ),
          },
        ]}
      />
    </Card>
  );
}

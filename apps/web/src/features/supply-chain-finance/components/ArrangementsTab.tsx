import { PlusOutlined } from "@ant-design/icons";
import { App, Button, DatePicker, Flex, Form, Input, Modal, Select, Table, Tag } from "antd";
import type { ColumnsType } from "antd/es/table";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import { useSession } from "../../../app/session";
import { useBanks } from "../../../shared/api/reference";
import { dateCell } from "../../../shared/components/Nowrap";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { ReasonModal } from "../../../shared/components/ReasonModal";
import { DATE_FORMAT } from "../../../shared/format";
import { useI18n } from "../../../shared/i18n";
import {
  type Arrangement,
  useArrangements,
  useDecideArrangement,
  useRecordArrangement,
} from "../api/supply-chain-finance";

const COLOURS: Record<Arrangement["status"], string> = {
  PROPOSED: "gold",
  CONFIRMED: "green",
  DECLINED: "red",
  ENDED: "default",
};

/**
 * 协助账户锁定: the core records its collection account at a bank; the bank's reviewer confirms or
 * declines it, and ends a confirmed one (the account is no longer locked), each with who and why.
 */
export function ArrangementsTab({ side }: { side: "core" | "bank" }) {
  const { t } = useI18n();
  const { me } = useSession();
  const arrangements = useArrangements();
  const decide = useDecideArrangement();
  const [recording, setRecording] = useState(false);
  const [refusing, setRefusing] = useState<{ arrangement: Arrangement; action: "DECLINE" | "END" } | null>(
    null,
  );
  const reviewer =
    side === "bank" && (me?.user.roles ?? []).some((role) => role === "reviewer" || role === "admin");

  const columns: ColumnsType<Arrangement> = [
    {
      key: "party",
      title: side === "core" ? t("scf.bank") : t("scf.core"),
      render: (_, a) => (side === "core" ? a.bankName : a.coreName),
    },
    { key: "accountBank", title: t("scf.accountBank"), dataIndex: "accountBank" },
    { key: "accountName", title: t("scf.accountName"), dataIndex: "accountName" },
    { key: "accountNo", title: t("scf.accountNo"), dataIndex: "accountNo" },
    { key: "from", title: t("scf.effectiveFrom"), dataIndex: "effectiveFrom", render: dateCell },
    { key: "to", title: t("scf.effectiveTo"), dataIndex: "effectiveTo", render: dateCell },
    {
      key: "status",
      title: t("scf.status"),
      render: (_, a) => (
        <Flex gap={4}>
          <Tag color={COLOURS[a.status]}>{t(`scf.arrangement.${a.status}`)}</Tag>
          {a.activeToday && <Tag color="blue">{t("scf.activeToday")}</Tag>}
        </Flex>
      ),
    },
    { key: "recordedBy", title: t("scf.recordedBy"), dataIndex: "recordedByName" },
    { key: "decidedBy", title: t("scf.decidedBy"), render: (_, a) => a.decidedByName ?? "—" },
    { key: "note", title: t("scf.note"), render: (_, a) => a.decisionNote ?? "—" },
    {
      key: "actions",
      render: (_, a) =>
        reviewer &&
        (a.status === "CONFIRMED" ? (
          <Button
            size="small"
            danger
            onClick={() => setRefusing({ arrangement: a, action: "END" })}
            data-testid="scf-arrangement-end"
          >
            {t("scf.end")}
          </Button>
        ) : (
          a.status === "PROPOSED" && (
            <Flex gap={4}>
              <Button
                size="small"
                type="primary"
                loading={decide.isPending}
                onClick={() => decide.mutate({ id: a.id, action: "CONFIRM", version: a.version })}
                data-testid="scf-arrangement-confirm"
              >
                {t("scf.confirm")}
              </Button>
              <Button size="small" danger onClick={() => setRefusing({ arrangement: a, action: "DECLINE" })}>
                {t("scf.decline")}
              </Button>
            </Flex>
          )
        )),
    },
  ];

  return (
    <>
      {side === "core" && (
        <Button
          icon={<PlusOutlined />}
          style={{ marginBottom: 16 }}
          onClick={() => setRecording(true)}
          data-testid="scf-arrangement-record"
        >
          {t("scf.recordArrangement")}
        </Button>
      )}
      <ProblemAlert error={arrangements.error ?? decide.error} />
      <Table
        rowKey="id"
        size="middle"
        data-testid="scf-arrangements"
        dataSource={arrangements.data ?? []}
        columns={columns}
        pagination={false}
      />
      {recording && <RecordModal onClose={() => setRecording(false)} />}
      {refusing && (
        <ReasonModal
          title={refusing.action === "END" ? t("scf.end") : t("scf.decline")}
          hint={
            refusing.action === "END"
              ? t("scf.endHint", { core: refusing.arrangement.coreName })
              : refusing.arrangement.coreName
          }
          label={t("scf.note")}
          okText={refusing.action === "END" ? t("scf.end") : t("scf.decline")}
          testId={refusing.action === "END" ? "scf-arrangement-ending" : "scf-arrangement-decline"}
          onSubmit={(note) =>
            decide.mutateAsync({
              id: refusing.arrangement.id,
              action: refusing.action,
              note,
              version: refusing.arrangement.version,
            })
          }
          onClose={() => setRefusing(null)}
        />
      )}
    </>
  );
}

interface Values {
  bankOrgId: string;
  accountBank: string;
  accountName: string;
  accountNo: string;
  effective: [Dayjs, Dayjs];
}

function RecordModal({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const banks = useBanks();
  const record = useRecordArrangement();
  const required = [{ required: true, message: t("form.required") }];

  const submit = (values: Values) =>
    record.mutate(
      {
        bankOrgId: values.bankOrgId,
        accountBank: values.accountBank,
        accountName: values.accountName,
        accountNo: values.accountNo.trim(),
        effectiveFrom: values.effective[0].format(DATE_FORMAT),
        effectiveTo: values.effective[1].format(DATE_FORMAT),
      },
      {
        onSuccess: () => {
          message.success(t("scf.arrangement.PROPOSED"));
          onClose();
        },
      },
    );

  return (
    <Modal
      open
      title={t("scf.recordArrangement")}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={record.isPending}
      okButtonProps={{ "data-testid": "scf-arrangement-submit" }}
    >
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="bankOrgId" label={t("scf.bank")} rules={required}>
          <Select
            data-testid="scf-arrangement-bank"
            options={(banks.data ?? [])
              .filter((b) => b.type === "BANK")
              .map((b) => ({ value: b.id, label: b.name }))}
          />
        </Form.Item>
        <Form.Item name="accountBank" label={t("scf.accountBank")} rules={required}>
          <Input data-testid="scf-arrangement-account-bank" />
        </Form.Item>
        <Form.Item name="accountName" label={t("scf.accountName")} rules={required}>
          <Input data-testid="scf-arrangement-account-name" />
        </Form.Item>
        <Form.Item name="accountNo" label={t("scf.accountNo")} rules={required}>
          <Input data-testid="scf-arrangement-account-no" />
        </Form.Item>
        <Form.Item name="effective" label={t("scf.effective")} rules={required}>
          <DatePicker.RangePicker
            format={DATE_FORMAT}
            style={{ width: "100%" }}
            data-testid="scf-arrangement-effective"
          />
        </Form.Item>
      </Form>
      <ProblemAlert error={record.error} />
    </Modal>
  );
}

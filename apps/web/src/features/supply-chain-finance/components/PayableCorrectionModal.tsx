import { PAYABLE_KINDS } from "@chanrong/domain";
import { App, DatePicker, Form, Input, Modal, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import type { FieldError } from "../../../shared/api/client";
import { AmountInput } from "../../../shared/components/AmountInput";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { DATE_FORMAT, YUAN_PATTERN } from "../../../shared/format";
import { applyServerErrors } from "../../../shared/forms";
import { useI18n } from "../../../shared/i18n";
import { type Payable, useCorrectPayable } from "../api/supply-chain-finance";
import { useKindName } from "./labels";

interface Values {
  kind: Payable["kind"];
  supplierUscc: string;
  amount: string;
  issuedOn: Dayjs;
  dueOn: Dayjs;
}

const FIELDS = ["kind", "supplierUscc", "amount", "issuedOn", "dueOn"];

/**
 * The core corrects a payable nobody has financed yet (a mistyped amount, due date or supplier); its
 * document number is what it is known by and stays. The server checks it as it checks an upload.
 */
export function PayableCorrectionModal({ payable, onClose }: { payable: Payable; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const kindName = useKindName();
  const correct = useCorrectPayable();
  const [form] = Form.useForm<Values>();
  const [leftover, setLeftover] = useState<FieldError[]>([]);
  const required = [{ required: true, message: t("form.required") }];

  const submit = async (values: Values) => {
    setLeftover([]);
    try {
      await correct.mutateAsync({
        id: payable.id,
        kind: values.kind,
        supplierUscc: values.supplierUscc.trim(),
        amount: values.amount,
        issuedOn: values.issuedOn.format(DATE_FORMAT),
        dueOn: values.dueOn.format(DATE_FORMAT),
        version: payable.version,
      });
      message.success(t("common.saved"));
      onClose();
    } catch (error) {
      setLeftover(applyServerErrors(form, error, FIELDS));
    }
  };

  return (
    <Modal
      open
      title={`${t("scf.correct")} ${payable.documentNo}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t("common.save")}
      confirmLoading={correct.isPending}
      okButtonProps={{ "data-testid": "scf-correct-submit" }}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          kind: payable.kind,
          supplierUscc: payable.supplierUscc,
          amount: payable.amount,
          issuedOn: dayjs(payable.issuedOn),
          dueOn: dayjs(payable.dueOn),
        }}
      >
        <Form.Item name="kind" label={t("scf.kind")} rules={required}>
          <Select options={PAYABLE_KINDS.map((kind) => ({ value: kind, label: kindName(kind) }))} />
        </Form.Item>
        <Form.Item name="supplierUscc" label={t("scf.supplierUscc")} rules={required}>
          <Input maxLength={18} />
        </Form.Item>
        <Form.Item
          name="amount"
          label={t("scf.amount")}
          rules={[...required, { pattern: YUAN_PATTERN, message: t("form.yuanPattern") }]}
        >
          <AmountInput data-testid="scf-correct-amount" />
        </Form.Item>
        <Form.Item name="issuedOn" label={t("scf.issuedOn")} rules={required}>
          <DatePicker format={DATE_FORMAT} style={{ width: "100%" }} />
        </Form.Item>
        <Form.Item name="dueOn" label={t("scf.dueOn")} rules={required}>
          <DatePicker format={DATE_FORMAT} style={{ width: "100%" }} />
        </Form.Item>
      </Form>
      <ProblemAlert error={correct.error} fieldErrors={leftover} />
    </Modal>
  );
}

import { PIPELINE_STAGE_TERMS, PIPELINE_STAGES, TARGET_BOARDS } from "@chanrong/domain";
import { App, DatePicker, Form, Input, Modal, Select } from "antd";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import type { FieldError } from "../../../shared/api/client";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { DATE_FORMAT } from "../../../shared/format";
import { applyServerErrors } from "../../../shared/forms";
import { useI18n } from "../../../shared/i18n";
import { EnterprisePicker } from "../../enterprises/components/EnterprisePicker";
import { type EntryInput, useAddEntry } from "../api/listing-pipeline";
import { useBoardName } from "./labels";

interface Values {
  enterpriseId: string;
  stage: EntryInput["stage"];
  stageReachedOn: Dayjs;
  board: EntryInput["board"];
  sponsor?: string;
  ipoAgreementOn?: Dayjs | null;
}

const FIELDS = ["enterpriseId", "stage", "stageReachedOn", "board", "sponsor", "ipoAgreementOn"] as const;

/** The bureau adds an enterprise of its region at the stage it has already reached. */
export function AddEntryModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t, locale } = useI18n();
  const [form] = Form.useForm<Values>();
  const add = useAddEntry();
  const boardName = useBoardName();
  const [leftover, setLeftover] = useState<FieldError[]>([]);
  const { message } = App.useApp();

  const submit = (values: Values) => {
    setLeftover([]);
    add.mutate(
      {
        enterpriseId: values.enterpriseId,
        stage: values.stage,
        stageReachedOn: values.stageReachedOn.format(DATE_FORMAT),
        board: values.board,
        sponsor: values.sponsor?.trim() || null,
        lawFirm: null,
        auditor: null,
        ipoAgreementOn: values.ipoAgreementOn ? values.ipoAgreementOn.format(DATE_FORMAT) : null,
        note: null,
      },
      {
        onSuccess: () => {
          message.success(t("pipeline.added"));
          form.resetFields();
          onClose();
        },
        onError: (error) => setLeftover(applyServerErrors(form, error, FIELDS)),
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t("pipeline.add")}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={add.isPending}
      okButtonProps={{ "data-testid": "pipeline-add-submit" }}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ stage: "RESERVE", board: "BSE" }}
      >
        <Form.Item
          name="enterpriseId"
          label={t("pipeline.enterprise")}
          rules={[{ required: true, message: t("form.required") }]}
        >
          <EnterprisePicker data-testid="pipeline-add-enterprise" />
        </Form.Item>
        <Form.Item name="stage" label={t("pipeline.stage")}>
          <Select
            options={PIPELINE_STAGES.map((stage) => ({
              value: stage,
              label: PIPELINE_STAGE_TERMS[stage][locale],
            }))}
          />
        </Form.Item>
        <Form.Item
          name="stageReachedOn"
          label={t("pipeline.stageReachedOn")}
          rules={[{ required: true, message: t("form.required") }]}
        >
          <DatePicker format={DATE_FORMAT} style={{ width: "100%" }} data-testid="pipeline-add-date" />
        </Form.Item>
        <Form.Item name="board" label={t("pipeline.board")}>
          <Select options={TARGET_BOARDS.map((board) => ({ value: board, label: boardName(board) }))} />
        </Form.Item>
        <Form.Item name="sponsor" label={t("pipeline.sponsor")}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="ipoAgreementOn" label={t("pipeline.ipoAgreementOn")}>
          <DatePicker format={DATE_FORMAT} style={{ width: "100%" }} />
        </Form.Item>
        <ProblemAlert error={add.error} fieldErrors={leftover} />
      </Form>
    </Modal>
  );
}

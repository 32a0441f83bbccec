import { App, Checkbox, Form, Input, InputNumber, Modal, Radio, Select } from "antd";
import { useState } from "react";
import type { FieldError } from "../../../shared/api/client";
import { newIdempotencyKey } from "../../../shared/api/idempotency";
import { AmountInput } from "../../../shared/components/AmountInput";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { YUAN_PATTERN } from "../../../shared/format";
import { applyServerErrors } from "../../../shared/forms";
import { useI18n } from "../../../shared/i18n";
import { orgTypeLabel } from "../../../shared/labels";
import { type EventDetail, type OutcomeInput, useInvite, useRecordOutcome } from "../api/events";

/** The bureau invites the enterprises its filters take today and the region's institutions it picks. */
export function InviteModal({ event, onClose }: { event: EventDetail; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ byFilter: boolean; institutionOrgIds: string[] }>();
  const invite = useInvite(event.id);
  const [leftover, setLeftover] = useState<FieldError[]>([]);
  const onFinish = async (values: { byFilter: boolean; institutionOrgIds: string[] }) => {
    setLeftover([]);
    try {
      const result = await invite.mutateAsync(values);
      message.success(
        t("events.invited", {
          enterprises: result.invitedEnterprises,
          institutions: result.invitedInstitutions,
          notified: result.notified,
        }),
      );
      onClose();
    } catch (error) {
      setLeftover(applyServerErrors(form, error, ["institutionOrgIds"]));
    }
  };
  return (
    <Modal
      open
      title={t("events.inviteTitle")}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t("events.invite")}
      cancelText={t("common.cancel")}
      okButtonProps={{ loading: invite.isPending, "data-testid": "event-invite-submit" }}
      destroyOnHidden
    >
      {invite.isError && (
        <ProblemAlert error={invite.error} fieldErrors={leftover} testId="event-invite-error" />
      )}
      <Form
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ byFilter: true, institutionOrgIds: [] }}
      >
        <Form.Item name="byFilter" valuePropName="checked">
          <Checkbox data-testid="event-invite-by-filter">{t("events.inviteByFilter")}</Checkbox>
        </Form.Item>
        <Form.Item name="institutionOrgIds" label={t("events.inviteInstitutions")}>
          <Select
            mode="multiple"
            allowClear
            showSearch={{ optionFilterProp: "label" }}
            options={event.invitableInstitutions.map((org) => ({
              value: org.id,
              label: `${org.name}(${orgTypeLabel(t, org.type)})`,
            }))}
            data-testid="event-invite-institutions"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

type OutcomeValues = Omit<OutcomeInput, "followUpDemandNeeded"> & { followUpDemandNeeded: boolean };

/** The bureau records what came of the event between an enterprise that attended and an institution. */
export function OutcomeModal({ event, onClose }: { event: EventDetail; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<OutcomeValues>();
  const record = useRecordOutcome(event.id);
  // One key per opening of the form: a double click or a retry records the outcome once.
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [leftover, setLeftover] = useState<FieldError[]>([]);
  const attended = event.invitations.filter(
    (invitation) => invitation.enterpriseId && invitation.status === "ATTENDED",
  );
  const institutions = event.invitations.filter((invitation) => invitation.institutionOrgId);
  const onFinish = async (values: OutcomeValues) => {
    setLeftover([]);
    try {
      await record.mutateAsync({ input: values, idempotencyKey });
      message.success(t("events.outcomeRecorded"));
      onClose();
    } catch (error) {
      setLeftover(
        applyServerErrors(form, error, [
          "enterpriseId",
          "institutionOrgId",
          "intentionsSigned",
          "intendedAmount",
          "note",
          "followUpDemandNeeded",
        ]),
      );
    }
  };
  const required = [{ required: true, message: t("events.required") }];
  return (
    <Modal
      open
      title={t("events.recordOutcome")}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t("common.save")}
      cancelText={t("common.cancel")}
      okButtonProps={{ loading: record.isPending, "data-testid": "event-outcome-submit" }}
      destroyOnHidden
    >
      {record.isError && (
        <ProblemAlert error={record.error} fieldErrors={leftover} testId="event-outcome-error" />
      )}
      <Form<OutcomeValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ intentionsSigned: 1, followUpDemandNeeded: false }}
      >
        <Form.Item name="enterpriseId" label={t("events.outcomeEnterprise")} rules={required}>
          <Select
            showSearch={{ optionFilterProp: "label" }}
            options={attended.map((invitation) => ({
              value: invitation.enterpriseId,
              label: invitation.name,
            }))}
            data-testid="event-outcome-enterprise"
          />
        </Form.Item>
        <Form.Item name="institutionOrgId" label={t("events.outcomeInstitution")} rules={required}>
          <Select
            showSearch={{ optionFilterProp: "label" }}
            options={institutions.map((invitation) => ({
              value: invitation.institutionOrgId,
              label: invitation.name,
            }))}
            data-testid="event-outcome-institution"
          />
        </Form.Item>
        <Form.Item name="intentionsSigned" label={t("events.intentionsSigned")} rules={required}>
          <InputNumber min={0} max={1000} precision={0} style={{ width: "100%" }} />
        </Form.Item>
        <Form.Item
          name="intendedAmount"
          label={t("events.intendedAmount")}
          rules={[...required, { pattern: YUAN_PATTERN, message: t("events.intendedAmount") }]}
        >
          <AmountInput data-testid="event-outcome-amount" />
        </Form.Item>
        <Form.Item name="note" label={t("events.note")} rules={required}>
          <Input.TextArea rows={2} maxLength={1000} data-testid="event-outcome-note" />
        </Form.Item>
        <Form.Item name="followUpDemandNeeded" label={t("events.followUp")}>
          <Radio.Group
            options={[
              { value: true, label: t("events.followUpYes") },
              { value: false, label: t("events.followUpNo") },
            ]}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

import { Form, Input, Modal, Select } from "antd";
import { useState } from "react";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { useI18n } from "../../../shared/i18n";
import { type ReviewApplication, useExperts, useSetReviewers } from "./pilotReviewApi";

/** The ministry sets an application's reviewers by hand; a reviewer the rules exclude is refused by name. */
export function ReviewersModal({
  application,
  onClose,
}: {
  application: ReviewApplication;
  onClose: () => void;
}) {
  const { t, label } = useI18n();
  const experts = useExperts(true);
  const setReviewers = useSetReviewers();
  const [expertIds, setExpertIds] = useState(application.reviewers.map((r) => r.expertId));
  const [reason, setReason] = useState("");
  const excluded = new Map(application.exclusions.map((e) => [e.expertId, label(e.message)]));
  return (
    <Modal
      open
      title={t("pilotReview.adjustTitle", { name: application.applicantName })}
      onCancel={onClose}
      okButtonProps={{
        disabled: !reason.trim(),
        loading: setReviewers.isPending,
        "data-testid": "reviewers-submit",
      }}
      onOk={() =>
        setReviewers.mutateAsync({ id: application.id, expertIds, reason }).then(onClose, () => undefined)
      }
    >
      <Form layout="vertical">
        <Form.Item label={t("pilotReview.reviewers")}>
          <Select
            mode="multiple"
            data-testid="reviewers-select"
            value={expertIds}
            onChange={setExpertIds}
            options={(experts.data ?? [])
              .filter((e) => e.active)
              .map((e) => ({
                value: e.id,
                label: excluded.has(e.id)
                  ? `${e.name} — ${excluded.get(e.id)}`
                  : `${e.name}(${label(e.province)})`,
              }))}
          />
        </Form.Item>
        <Form.Item label={t("pilotReview.adjustReason")} required>
          <Input.TextArea
            data-testid="reviewers-reason"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        </Form.Item>
      </Form>
      <ProblemAlert error={setReviewers.error} testId="reviewers-error" />
    </Modal>
  );
}

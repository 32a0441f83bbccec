import { Alert, Button, Card, Form, Input, Modal, Select, Space, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { useI18n } from "../../../shared/i18n";
import { DecisionHistory } from "./DecisionHistory";
import {
  type PilotList,
  useChangeList,
  usePilotList,
  useProposeList,
  usePublish,
  useRanking,
} from "./pilotReviewApi";

/** 工信部 proposes the list from the ranking, changes it with a reason, and publishes it once all five approve. */
export function ListCard({ batchId, canPublish }: { batchId: string; canPublish: boolean }) {
  const { t } = useI18n();
  const list = usePilotList(batchId);
  const propose = useProposeList();
  const publish = usePublish();
  const change = useChangeList();
  const [changed, setChanged] = useState<PilotList | null>(null);
  const [editing, setEditing] = useState(false);
  const data = list.data;
  if (!data) return null;
  const editable = data.proposed && data.status !== "PUBLISHED";
  return (
    <Card
      title={t("pilotReview.list")}
      extra={
        <Space>
          <Tag
            color={data.status === "PUBLISHED" ? "green" : "blue"}
            data-testid="list-status"
            data-status={data.status}
          >
            {t(`pilotReview.status.${data.status}`)}
          </Tag>
          {data.proposed && <span>{t("pilotReview.version", { version: data.version })}</span>}
          {!data.proposed && (
            <Button
              type="primary"
              data-testid="list-propose"
              loading={propose.isPending}
              onClick={() => propose.mutate(batchId)}
            >
              {t("pilotReview.propose")}
            </Button>
          )}
          {editable && (
            <Button data-testid="list-change" onClick={() => setEditing(true)}>
              {t("pilotReview.changeList")}
            </Button>
          )}
          {editable && canPublish && (
            <Button
              type="primary"
              data-testid="list-publish"
              disabled={data.status !== "APPROVED"}
              loading={publish.isPending}
              onClick={() => publish.mutate(batchId)}
            >
              {t("pilotReview.publish")}
            </Button>
          )}
        </Space>
      }
    >
      <ProblemAlert error={propose.error ?? publish.error} />
      {changed && changed.invalidated.length > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="list-voided"
          message={t("pilotReview.voided", { names: changed.invalidated.map((d) => d.name.zh).join("、") })}
        />
      )}
      <ListEntries list={data} />
      <DecisionHistory list={data} />
      {editing && (
        <ChangeListModal
          batchId={batchId}
          list={data}
          onClose={() => setEditing(false)}
          onSave={async (applicationIds, reason) => {
            setChanged(
              (await change.mutateAsync({
                id: batchId,
                applicationIds,
                reason,
                listVersion: data.version,
              })) as PilotList,
            );
            setEditing(false);
          }}
          error={change.error}
        />
      )}
    </Card>
  );
}

export function ListEntries({ list }: { list: PilotList }) {
  const { t, label } = useI18n();
  return (
    <Table
      rowKey="applicationId"
      data-testid="list-entries"
      size="small"
      pagination={false}
      dataSource={list.entries}
      columns={[
        { title: t("pilotReview.position"), dataIndex: "position", width: 70 },
        { title: t("pilotReview.applicant"), dataIndex: "applicantName" },
        { title: t("pilotReview.province"), render: (_, row) => label(row.province) },
        { title: t("pilotReview.score"), dataIndex: "score" },
        { title: t("pilotReview.rank"), dataIndex: "rank" },
      ]}
    />
  );
}

function ChangeListModal({
  batchId,
  list,
  onClose,
  onSave,
  error,
}: {
  batchId: string;
  list: PilotList;
  onClose: () => void;
  onSave: (ids: string[], reason: string) => Promise<void>;
  error: unknown;
}) {
  const { t } = useI18n();
  const ranking = useRanking(batchId, true);
  const [ids, setIds] = useState(list.entries.map((e) => e.applicationId));
  const [reason, setReason] = useState("");
  return (
    <Modal
      open
      title={t("pilotReview.changeList")}
      onCancel={onClose}
      okButtonProps={{ disabled: !reason.trim(), "data-testid": "list-change-submit" }}
      onOk={() => onSave(ids, reason).catch(() => undefined)}
    >
      <Form layout="vertical">
        <Form.Item label={t("pilotReview.listEntries")}>
          <Select
            mode="multiple"
            data-testid="list-change-select"
            value={ids}
            onChange={setIds}
            options={(ranking.data ?? []).map((r) => ({
              value: r.applicationId,
              label: `${r.rank}. ${r.applicantName} ${r.score}`,
            }))}
          />
        </Form.Item>
        <Form.Item label={t("pilotReview.changeReason")} required>
          <Input.TextArea
            data-testid="list-change-reason"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        </Form.Item>
      </Form>
      <Typography.Paragraph type="secondary">{t("pilotList.subtitle")}</Typography.Paragraph>
      <ProblemAlert error={error} />
    </Modal>
  );
}

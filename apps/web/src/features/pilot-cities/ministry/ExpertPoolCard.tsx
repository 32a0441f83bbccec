import { Button, Card, Form, Modal, Select, Space, Switch, Table, Tag } from "antd";
import { useState } from "react";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { useI18n } from "../../../shared/i18n";
import { type Expert, type ExpertInput, useExperts, useSaveExpert } from "./pilotReviewApi";

/** 评审专家库: 工信部 keeps each expert's fields, declared conflicts (regions, applications) and whether active. */
export function ExpertPoolCard() {
  const { t, label } = useI18n();
  const experts = useExperts(true);
  const [editing, setEditing] = useState<Expert | null>(null);
  return (
    <Card title={t("pilotExperts.title")}>
      <Table<Expert>
        rowKey="id"
        size="small"
        data-testid="expert-pool"
        pagination={false}
        dataSource={experts.data}
        columns={[
          { title: t("pilotExperts.name"), dataIndex: "name" },
          { title: t("pilotReview.province"), render: (_, row) => label(row.province) },
          {
            title: t("pilotExperts.fields"),
            render: (_, row) => row.fields.map((f) => <Tag key={f}>{f}</Tag>),
          },
          {
            title: t("pilotExperts.conflicts"),
            render: (_, row) =>
              row.conflicts.map((c) => (
                <Tag key={"regionCode" in c ? c.regionCode : c.applicationId} color="orange">
                  {"regionCode" in c ? c.regionCode : t("pilotExperts.applicationConflict")}
                </Tag>
              )),
          },
          {
            title: t("pilotExperts.active"),
            render: (_, row) =>
              row.active ? (
                <Tag color="green">{t("pilotExperts.active")}</Tag>
              ) : (
                <Tag>{t("pilotExperts.inactive")}</Tag>
              ),
          },
          {
            title: "",
            render: (_, row) => (
              <Button size="small" data-testid="expert-edit" onClick={() => setEditing(row)}>
                {t("pilotExperts.edit")}
              </Button>
            ),
          },
        ]}
      />
      {editing && <ExpertModal expert={editing} onClose={() => setEditing(null)} />}
    </Card>
  );
}

function ExpertModal({ expert, onClose }: { expert: Expert; onClose: () => void }) {
  const { t } = useI18n();
  const save = useSaveExpert();
  const [fields, setFields] = useState(expert.fields);
  const [regions, setRegions] = useState(
    expert.conflicts.flatMap((c) => ("regionCode" in c ? [c.regionCode] : [])),
  );
  const [active, setActive] = useState(expert.active);
  // Conflicts declared on single applications are kept as they are; the ministry edits the regions.
  const applications = expert.conflicts.filter((c) => "applicationId" in c) as ExpertInput["conflicts"];
  const input: ExpertInput = {
    fields,
    conflicts: [...regions.map((regionCode) => ({ regionCode })), ...applications],
    active,
  };
  return (
    <Modal
      open
      title={expert.name}
      onCancel={onClose}
      okButtonProps={{ loading: save.isPending, "data-testid": "expert-save" }}
      onOk={() => save.mutateAsync({ id: expert.id, input }).then(onClose, () => undefined)}
    >
      <Form layout="vertical">
        <Form.Item label={t("pilotExperts.fields")}>
          <Select mode="tags" value={fields} onChange={setFields} data-testid="expert-fields" />
        </Form.Item>
        <Form.Item label={t("pilotExperts.conflictRegions")}>
          <Select mode="tags" value={regions} onChange={setRegions} data-testid="expert-conflicts" />
        </Form.Item>
        <Form.Item label={t("pilotExperts.active")}>
          <Space>
            <Switch checked={active} onChange={setActive} data-testid="expert-active" />
          </Space>
        </Form.Item>
      </Form>
      <ProblemAlert error={save.error} />
    </Modal>
  );
}

import { CopyOutlined, PlusOutlined, StopOutlined } from "@ant-design/icons";
import {
  Alert,
  App,
  Button,
  Card,
  Empty,
  Form,
  Input,
  Modal,
  Popconfirm,
  Table,
  Tag,
  Typography,
} from "antd";
import { useState } from "react";
import { ApiError, type FieldError } from "../../../shared/api/client";
import { dateTimeCell } from "../../../shared/components/Nowrap";
import { PageHeader } from "../../../shared/components/PageHeader";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { formatDateTime } from "../../../shared/format";
import { applyServerErrors } from "../../../shared/forms";
import { useI18n } from "../../../shared/i18n";
import {
  type ApiKey,
  type CreatedApiKey,
  useApiKeys,
  useCreateApiKey,
  useRevokeApiKey,
} from "../api/apiKeys";

/** 接口密钥: the bank admin's keys for the bank's systems; a new key is shown once, then only its prefix. */
export function ApiKeysPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const keys = useApiKeys();
  const revoke = useRevokeApiKey();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreatedApiKey | null>(null);

  const onRevoke = async (key: ApiKey) => {
    try {
      await revoke.mutateAsync(key.id);
      message.success(t("apiKeys.revoked"));
    } catch (error) {
      message.error(error instanceof ApiError ? error.problem.detail : String(error));
    }
  };

  return (
    <>
      <PageHeader
        title={t("menu.apiKeys")}
        subtitle={t("apiKeys.subtitle")}
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="api-key-create"
          >
            {t("apiKeys.create")}
          </Button>
        }
      />
      <Card>
        {keys.isError && <ProblemAlert error={keys.error} />}
        <div data-testid="api-key-table">
          <Table<ApiKey>
            rowKey="id"
            size="middle"
            loading={keys.isFetching}
            dataSource={keys.isError ? [] : keys.data}
            pagination={false}
            onRow={(row) => ({ "data-prefix": row.prefix }) as React.HTMLAttributes<HTMLElement>}
            locale={{
              emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("apiKeys.empty")} />,
            }}
            columns={[
              { key: "name", title: t("apiKeys.name"), dataIndex: "name" },
              {
                key: "prefix",
                title: t("apiKeys.prefix"),
                dataIndex: "prefix",
                render: (prefix: string) => <Typography.Text code>{prefix}…</Typography.Text>,
              },
              {
                key: "created",
                title: t("apiKeys.createdBy"),
                render: (_, row) => (
                  <>
                    <div>{row.createdBy}</div>
                    <Typography.Text type="secondary">{dateTimeCell(row.createdAt)}</Typography.Text>
                  </>
                ),
              },
              {
                key: "lastUsedAt",
                title: t("apiKeys.lastUsedAt"),
                dataIndex: "lastUsedAt",
                render: (value: string | null) =>
                  value ? (
                    dateTimeCell(value)
                  ) : (
                    <Typography.Text type="secondary">{t("apiKeys.neverUsed")}</Typography.Text>
                  ),
              },
              {
                key: "status",
                title: t("common.status"),
                render: (_, row) =>
                  row.revokedAt ? (
                    <Tag data-testid="api-key-status" data-revoked="true">
                      {t("apiKeys.statusRevoked", { at: formatDateTime(row.revokedAt) })}
                    </Tag>
                  ) : (
                    <Tag color="green" data-testid="api-key-status" data-revoked="false">
                      {t("apiKeys.statusActive")}
                    </Tag>
                  ),
              },
              {
                key: "actions",
                title: t("common.actions"),
                width: 100,
                render: (_, row) =>
                  !row.revokedAt && (
                    <Popconfirm
                      title={t("apiKeys.revokeConfirm", { name: row.name })}
                      description={t("apiKeys.revokeHint")}
                      okText={t("apiKeys.revoke")}
                      okButtonProps={{ danger: true, "data-testid": "api-key-revoke-confirm" }}
                      cancelText={t("common.cancel")}
                      onConfirm={() => onRevoke(row)}
                    >
                      <Button
                        type="link"
                        danger
                        size="small"
                        icon={<StopOutlined />}
                        data-testid="api-key-revoke"
                      >
                        {t("apiKeys.revoke")}
                      </Button>
                    </Popconfirm>
                  ),
              },
            ]}
          />
        </div>
      </Card>
      <CreateKeyModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(key) => {
          setCreating(false);
          setCreated(key);
        }}
      />
      {created && <NewKeyModal created={created} onClose={() => setCreated(null)} />}
    </>
  );
}

function CreateKeyModal({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose(): void;
  onCreated(key: CreatedApiKey): void;
}) {
  const { t } = useI18n();
  const create = useCreateApiKey();
  const [form] = Form.useForm<{ name: string }>();
  const [problem, setProblem] = useState<{ error: unknown; leftover: FieldError[] } | null>(null);

  const close = () => {
    setProblem(null);
    form.resetFields();
    onClose();
  };

  const submit = async ({ name }: { name: string }) => {
    setProblem(null);
    try {
      const key = await create.mutateAsync(name.trim());
      form.resetFields();
      onCreated(key);
    } catch (error) {
      const leftover = applyServerErrors(form, error, ["name"]);
      if (leftover.length || !(error instanceof ApiError) || error.fieldErrors.length === 0) {
        setProblem({ error, leftover });
      }
    }
  };

  return (
    <Modal
      open={open}
      title={t("apiKeys.create")}
      okText={t("apiKeys.create")}
      okButtonProps={{ "data-testid": "api-key-form-submit" }}
      cancelText={t("common.cancel")}
      confirmLoading={create.isPending}
      onOk={() => form.submit()}
      onCancel={close}
      forceRender
    >
      {problem && <ProblemAlert error={problem.error} fieldErrors={problem.leftover} />}
      <Form<{ name: string }> form={form} layout="vertical" onFinish={submit} data-testid="api-key-form">
        <Form.Item
          name="name"
          label={t("apiKeys.name")}
          rules={[
            { required: true, whitespace: true, message: t("apiKeys.nameRequired") },
            { min: 2, max: 60, message: t("apiKeys.nameRequired") },
          ]}
        >
          <Input maxLength={60} placeholder={t("apiKeys.namePlaceholder")} data-testid="api-key-name" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The one time the key is seen: closing asks for a deliberate click, not a stray Esc or mask click. */
function NewKeyModal({ created, onClose }: { created: CreatedApiKey; onClose(): void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(created.key);
      message.success(t("apiKeys.copied"));
    } catch {
      message.error(t("apiKeys.copyFailed"));
    }
  };
  return (
    <Modal
      open
      title={`${t("apiKeys.createdTitle")} · ${created.name}`}
      closable={false}
      keyboard={false}
      mask={{ closable: false }}
      onCancel={onClose}
      footer={
        <Button type="primary" onClick={onClose} data-testid="api-key-created-close">
          {t("apiKeys.savedIt")}
        </Button>
      }
    >
      <div data-testid="api-key-created">
        <Alert type="warning" showIcon title={t("apiKeys.createdWarning")} style={{ marginBottom: 16 }} />
        <Input.TextArea
          readOnly
          value={created.key}
          autoSize
          onFocus={(event) => event.target.select()}
          style={{ fontFamily: "monospace" }}
          data-testid="api-key-secret"
        />
        <Button icon={<CopyOutlined />} onClick={copy} style={{ marginTop: 12 }} data-testid="api-key-copy">
          {t("apiKeys.copy")}
        </Button>
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
          {t("apiKeys.usage")}
        </Typography.Paragraph>
      </div>
    </Modal>
  );
}

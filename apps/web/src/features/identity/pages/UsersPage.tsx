import { EditOutlined, KeyOutlined, PlusOutlined } from "@ant-design/icons";
import {
  App,
  Badge,
  Button,
  Card,
  Checkbox,
  Form,
  Input,
  Modal,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
} from "antd";
import { useState } from "react";
import { useSearchParams } from "react-router";
import { useSession } from "../../../app/session";
import { ApiError, type FieldError } from "../../../shared/api/client";
import { dateTimeCell } from "../../../shared/components/Nowrap";
import { PageHeader } from "../../../shared/components/PageHeader";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { formatDateTime } from "../../../shared/format";
import { applyServerErrors } from "../../../shared/forms";
import { useI18n } from "../../../shared/i18n";
import { orgTypeLabel, roleLabel } from "../../../shared/labels";
import { ROLES, type Role, rolesOf } from "../../../shared/types";
import { type User, useCreateUser, useOrganisations, useUpdateUser, useUsers } from "../api/identity";

type Dialog = { kind: "create" } | { kind: "edit"; user: User } | { kind: "password"; user: User };

interface FormValues {
  username?: string;
  displayName?: string;
  password?: string;
  confirm?: string;
  roles?: Role[];
}

export function UsersPage() {
  const { t } = useI18n();
  const { me, access } = useSession();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const orgId = (access.usersOfAnyOrganisation && params.get("org")) || me?.organisation.id || "";
  const organisations = useOrganisations({}, access.usersOfAnyOrganisation);
  const organisation = organisations.data?.find((o) => o.id === orgId);
  const users = useUsers(orgId);
  const create = useCreateUser(orgId);
  const update = useUpdateUser(orgId);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [dialogOpen, setDialogOpen] = useState(false);
  const [form] = Form.useForm<FormValues>();
  const [problem, setProblem] = useState<{ error: unknown; leftover: FieldError[] } | null>(null);

  const orgName = organisation?.name ?? (orgId === me?.organisation.id ? me.organisation.name : "");
  const orgType = organisation?.type ?? (orgId === me?.organisation.id ? me.organisation.type : undefined);

  const open = (next: Dialog) => {
    setProblem(null);
    form.resetFields();
    if (next.kind === "edit")
      form.setFieldsValue({ displayName: next.user.displayName, roles: rolesOf(next.user.roles) });
    if (next.kind === "create") form.setFieldsValue({ roles: ["operator"] });
    setDialog(next);
    setDialogOpen(true);
  };

  const submit = async (values: FormValues) => {
    if (!dialog) return;
    setProblem(null);
    try {
      if (dialog.kind === "create") {
        await create.mutateAsync({
          username: (values.username ?? "").trim(),
          displayName: (values.displayName ?? "").trim(),
          password: values.password ?? "",
          roles: values.roles ?? [],
        });
        message.success(t("users.created"));
      } else if (dialog.kind === "edit") {
        await update.mutateAsync({
          id: dialog.user.id,
          update: {
            displayName: (values.displayName ?? "").trim(),
            roles: values.roles ?? [],
            version: dialog.user.version,
          },
        });
        message.success(t("common.saved"));
      } else {
        await update.mutateAsync({
          id: dialog.user.id,
          update: { password: values.password ?? "", version: dialog.user.version },
        });
        message.success(t("users.passwordReset"));
      }
      setDialogOpen(false);
    } catch (error) {
      const leftover = applyServerErrors(form, error, ["username", "displayName", "password", "roles"]);
      if (
        leftover.length ||
        !(error instanceof ApiError) ||
        error.fieldErrors.length === 0 ||
        error.status === 409
      ) {
        setProblem({ error, leftover });
      }
    }
  };

  const toggleActive = async (user: User) => {
    try {
      await update.mutateAsync({ id: user.id, update: { active: !user.active, version: user.version } });
      message.success(user.active ? t("users.disabled") : t("users.enabled"));
    } catch (error) {
      message.error(error instanceof ApiError ? error.problem.detail : String(error));
    }
  };

  const now = new Date().toISOString();
  const dialogTitle =
    dialog?.kind === "create"
      ? t("users.create")
      : dialog?.kind === "edit"
        ? t("users.edit", { name: dialog.user.username })
        : dialog?.kind === "password"
          ? t("users.resetPassword", { name: dialog.user.username })
          : "";

  return (
    <>
      <PageHeader
        title={t("menu.users")}
        subtitle={
          orgName ? `${orgName}${orgType ? ` · ${orgTypeLabel(t, orgType)}` : ""}` : t("users.subtitle")
        }
        backTo={access.usersOfAnyOrganisation && params.get("org") ? "/organisations" : undefined}
        extra={
          <>
            {access.usersOfAnyOrganisation && (
              <Select<string>
                showSearch={{ optionFilterProp: "label" }}
                style={{ width: 280 }}
                value={orgId}
                onChange={(value) => setParams({ org: value })}
                options={organisations.data?.map((o) => ({ value: o.id, label: o.name }))}
                data-testid="users-org-select"
              />
            )}
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => open({ kind: "create" })}
              data-testid="user-create"
            >
              {t("users.create")}
            </Button>
          </>
        }
      />
      <Card>
        {users.isError && <ProblemAlert error={users.error} />}
        <Table<User>
          rowKey="id"
          size="middle"
          loading={users.isFetching}
          dataSource={users.data}
          data-testid="users-table"
          pagination={false}
          scroll={{ x: 1200 }}
          columns={[
            { key: "username", title: t("users.username"), dataIndex: "username", width: 200, fixed: "left" },
            { key: "displayName", title: t("users.displayName"), dataIndex: "displayName", width: 240 },
            {
              key: "roles",
              title: t("users.roles"),
              dataIndex: "roles",
              width: 220,
              render: (roles: Role[]) =>
                roles.map((role) => (
                  <Tag key={role} color="geekblue">
                    {roleLabel(t, role)}
                  </Tag>
                )),
            },
            {
              key: "status",
              title: t("common.status"),
              width: 200,
              render: (_, user) => (
                <Space size={4} wrap>
                  {user.active ? (
                    <Badge status="success" text={t("common.active")} />
                  ) : (
                    <Badge status="default" text={t("users.disabledState")} />
                  )}
                  {user.lockedUntil && user.lockedUntil > now && (
                    <Tag color="red">
                      {t("users.lockedUntil", { time: formatDateTime(user.lockedUntil) })}
                    </Tag>
                  )}
                </Space>
              ),
            },
            {
              key: "createdAt",
              title: t("common.createdAt"),
              dataIndex: "createdAt",
              width: 170,
              render: dateTimeCell,
            },
            {
              key: "actions",
              title: t("common.actions"),
              width: 280,
              // Held at the right: on a narrower screen the middle columns scroll, never the buttons.
              fixed: "right",
              render: (_, user) => (
                <Space size={0} wrap>
                  <Button
                    type="link"
                    size="small"
                    icon={<EditOutlined />}
                    onClick={() => open({ kind: "edit", user })}
                  >
                    {t("common.edit")}
                  </Button>
                  <Button
                    type="link"
                    size="small"
                    icon={<KeyOutlined />}
                    onClick={() => open({ kind: "password", user })}
                  >
                    {t("users.resetPasswordShort")}
                  </Button>
                  {user.id !== me?.user.id && (
                    <Popconfirm
                      title={user.active ? t("users.confirmDisable") : t("users.confirmEnable")}
                      okText={t("common.confirm")}
                      cancelText={t("common.cancel")}
                      onConfirm={() => toggleActive(user)}
                    >
                      <Button type="link" size="small" danger={user.active}>
                        {user.active ? t("users.disable") : t("users.enable")}
                      </Button>
                    </Popconfirm>
                  )}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <Modal
        open={dialogOpen}
        title={dialogTitle}
        okText={t("common.save")}
        cancelText={t("common.cancel")}
        confirmLoading={create.isPending || update.isPending}
        onOk={() => form.submit()}
        onCancel={() => setDialogOpen(false)}
        forceRender
      >
        {problem && <ProblemAlert error={problem.error} fieldErrors={problem.leftover} />}
        <Form<FormValues> form={form} layout="vertical" onFinish={submit} data-testid="user-form">
          {dialog?.kind === "create" && (
            <Form.Item
              name="username"
              label={t("users.username")}
              extra={t("users.usernameHint")}
              rules={[
                { required: true, message: t("form.required") },
                { pattern: /^[a-z0-9][a-z0-9._-]{2,39}$/, message: t("users.usernamePattern") },
              ]}
            >
              <Input autoComplete="off" />
            </Form.Item>
          )}
          {dialog?.kind !== "password" && (
            <>
              <Form.Item
                name="displayName"
                label={t("users.displayName")}
                rules={[{ required: true, whitespace: true, message: t("form.required") }, { max: 60 }]}
              >
                <Input maxLength={60} />
              </Form.Item>
              <Form.Item
                name="roles"
                label={t("users.roles")}
                rules={[{ required: true, type: "array", min: 1, message: t("users.rolesRequired") }]}
              >
                <Checkbox.Group options={ROLES.map((role) => ({ value: role, label: roleLabel(t, role) }))} />
              </Form.Item>
            </>
          )}
          {dialog?.kind !== "edit" && (
            <>
              <Form.Item
                name="password"
                label={dialog?.kind === "password" ? t("users.newPassword") : t("users.password")}
                extra={t("users.passwordHint")}
                rules={[{ required: true, message: t("form.required") }]}
              >
                <Input.Password autoComplete="new-password" />
              </Form.Item>
              <Form.Item
                name="confirm"
                label={t("users.confirmPassword")}
                dependencies={["password"]}
                rules={[
                  { required: true, message: t("form.required") },
                  ({ getFieldValue }) => ({
                    validator: async (_, value: string | undefined) => {
                      if (value && value !== getFieldValue("password"))
                        throw new Error(t("users.passwordMismatch"));
                    },
                  }),
                ]}
              >
                <Input.Password autoComplete="new-password" />
              </Form.Item>
            </>
          )}
        </Form>
      </Modal>
    </>
  );
}

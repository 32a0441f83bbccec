import { App, Card, Skeleton } from "antd";
import { useNavigate, useParams } from "react-router";
import { PageHeader } from "../../../shared/components/PageHeader";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { useI18n } from "../../../shared/i18n";
import { useCreateEnterprise, useEnterprise, useUpdateEnterprise } from "../api/enterprises";
import { EnterpriseForm } from "../components/EnterpriseForm";

export function EnterpriseCreatePage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const create = useCreateEnterprise();
  return (
    <>
      <PageHeader
        title={t("enterprise.create")}
        subtitle={t("enterprise.createSubtitle")}
        backTo="/enterprises"
      />
      <EnterpriseForm
        submitting={create.isPending}
        onCancel={() => navigate("/enterprises")}
        onSubmit={async (input) => {
          const created = await create.mutateAsync(input);
          message.success(t("enterprise.created", { name: created.name }));
          navigate(`/enterprises/${created.id}`);
        }}
      />
    </>
  );
}

export function EnterpriseEditPage() {
  const { id = "" } = useParams();
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const query = useEnterprise(id);
  const update = useUpdateEnterprise(id);

  if (query.isPending) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 12 }} />
      </Card>
    );
  }
  if (query.isError) {
    return (
      <>
        <PageHeader title={t("enterprise.edit")} backTo={`/enterprises/${id}`} />
        <ProblemAlert error={query.error} />
      </>
    );
  }
  const enterprise = query.data;
  if (!enterprise.canEdit) {
    return (
      <>
        <PageHeader title={t("enterprise.edit")} backTo={`/enterprises/${id}`} />
        <ProblemAlert error={new Error(t("enterprise.noEditRight"))} title={t("error.forbiddenTitle")} />
      </>
    );
  }
  return (
    <>
      <PageHeader
        title={`${t("enterprise.edit")} · ${enterprise.name}`}
        subtitle={t("enterprise.editSubtitle", { version: enterprise.version })}
        backTo={`/enterprises/${id}`}
      />
      <EnterpriseForm
        // A new version (after reloading) starts the form afresh from the server's data.
        key={`${enterprise.id}-${enterprise.version}`}
        enterprise={enterprise}
        submitting={update.isPending}
        onCancel={() => navigate(`/enterprises/${id}`)}
        onReload={() => query.refetch()}
        onSubmit={async (input) => {
          await update.mutateAsync({ ...input, version: enterprise.version });
          message.success(t("enterprise.saved"));
          navigate(`/enterprises/${id}`);
        }}
      />
    </>
  );
}

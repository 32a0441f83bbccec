import { CopyOutlined, EditOutlined } from "@ant-design/icons";
import { App, Button, Card, Skeleton, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { useParams } from "react-router";
import { useSession } from "../../../app/session";
import { ApiError } from "../../../shared/api/client";
import { useRegionName } from "../../../shared/api/reference";
import { dateTimeCell } from "../../../shared/components/Nowrap";
import { PageHeader } from "../../../shared/components/PageHeader";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { useI18n } from "../../../shared/i18n";
import { useProgramme, useSaveProgrammeConfig } from "../api/programmes";
import type { ProgrammeVersion } from "../api/types";
import { CopyProgrammeModal } from "../components/CopyProgrammeModal";
import { EligibilityPanel } from "../components/EligibilityPanel";
import { ProgrammeConfigForm } from "../components/ProgrammeConfigForm";
import { ProgrammeConfigView } from "../components/ProgrammeConfigView";

export function ProgrammeDetailPage() {
  const { code = "" } = useParams();
  const { t } = useI18n();
  const { access } = useSession();
  const { message } = App.useApp();
  const regionName = useRegionName();
  const query = useProgramme(code);
  const save = useSaveProgrammeConfig(code);
  const [copyOpen, setCopyOpen] = useState(false);
  const [editOpen, setEditOpen] = useState(false);

  if (query.isPending) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 12 }} />
      </Card>
    );
  }
  if (query.isError) {
    const notFound = query.error instanceof ApiError && query.error.status === 404;
    return (
      <>
        <PageHeader title={t("programme.detailTitle")} backTo="/programmes" />
        <ProblemAlert error={query.error} title={notFound ? t("programme.notFound") : undefined} />
      </>
    );
  }
  const programme = query.data;

  return (
    <>
      <PageHeader
        title={programme.name}
        subtitle={t("programme.detailSubtitle", {
          code: programme.code,
          region: regionName(programme.regionCode),
          version: programme.currentVersion,
        })}
        backTo="/programmes"
        testId="programme-detail-header"
        extra={
          access.configureProgrammes && (
            <>
              <Button icon={<CopyOutlined />} onClick={() => setCopyOpen(true)} data-testid="programme-copy">
                {t("programme.copy")}
              </Button>
              <Button
                type="primary"
                icon={<EditOutlined />}
                onClick={() => setEditOpen(true)}
                data-testid="programme-edit"
              >
                {t("programme.edit")}
              </Button>
            </>
          )
        }
      />
      <ProgrammeConfigView config={programme.config} />
      {access.eligibilityCheck && <EligibilityPanel key={programme.code} programme={programme} />}
      <Card title={t("programme.versions")} style={{ marginBottom: 16 }}>
        <div data-testid="programme-versions">
          <Table<ProgrammeVersion>
            rowKey="version"
            size="small"
            pagination={programme.versions.length > 10 ? { pageSize: 10 } : false}
            dataSource={programme.versions}
            columns={[
              {
                key: "version",
                title: t("programme.version"),
                dataIndex: "version",
                width: 150,
                render: (version: number) => (
                  <>
                    {t("programme.versionN", { n: version })}
                    {version === programme.currentVersion && (
                      <Tag color="green" style={{ marginLeft: 8 }}>
                        {t("programme.current")}
                      </Tag>
                    )}
                  </>
                ),
              },
              { key: "note", title: t("programme.note"), dataIndex: "note" },
              {
                key: "createdBy",
                title: t("programme.createdBy"),
                dataIndex: "createdBy",
                width: 160,
                render: (username: string | null) =>
                  username ?? <Typography.Text type="secondary">{t("programme.preset")}</Typography.Text>,
              },
              {
                key: "createdAt",
                title: t("programme.createdAt"),
                dataIndex: "createdAt",
                width: 180,
                render: dateTimeCell,
              },
            ]}
          />
        </div>
      </Card>
      {access.configureProgrammes && (
        <>
          <CopyProgrammeModal programme={programme} open={copyOpen} onClose={() => setCopyOpen(false)} />
          <ProgrammeConfigForm
            // A new version (saved here, or reloaded after a conflict) starts the form afresh.
            key={`${programme.code}-${programme.currentVersion}`}
            programme={programme}
            open={editOpen}
            submitting={save.isPending}
            onClose={() => setEditOpen(false)}
            onReload={() => query.refetch()}
            onSubmit={async (input) => {
              const saved = await save.mutateAsync(input);
              message.success(t("programme.saved", { version: saved.currentVersion }));
              setEditOpen(false);
            }}
          />
        </>
      )}
    </>
  );
}

import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { App, Button, Card, Table, Typography } from "antd";
import { useState } from "react";
import { Link } from "react-router";
import { useSession } from "../../../app/session";
import { PageHeader } from "../../../shared/components/PageHeader";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { formatDateTime } from "../../../shared/format";
import { useI18n } from "../../../shared/i18n";
import { useAddNegative, useNegativeList, useRemoveNegative } from "../api/programmes";
import type { NegativeListEntry } from "../api/types";
import { AddToListModal, RemoveFromListModal } from "../components/ListModals";

/** 负面清单: the re-guarantor keeps it, every entry with its reason; readers see it. */
export function NegativeListPage() {
  const { t } = useI18n();
  const { access } = useSession();
  const { message } = App.useApp();
  const list = useNegativeList();
  const add = useAddNegative();
  const remove = useRemoveNegative();
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<NegativeListEntry | null>(null);
  const canMaintain = access.maintainNegativeList;

  return (
    <>
      <PageHeader
        title={t("menu.negativeList")}
        subtitle={t("negList.subtitle")}
        extra={
          canMaintain && (
            <Button
              type="primary"
              danger
              icon={<PlusOutlined />}
              onClick={() => setAdding(true)}
              data-testid="negative-list-add"
            >
              {t("negList.add")}
            </Button>
          )
        }
      />
      <Card>
        {list.isError && <ProblemAlert error={list.error} />}
        <div data-testid="negative-list-table">
          <Table<NegativeListEntry>
            rowKey="id"
            size="middle"
            loading={list.isFetching}
            dataSource={list.isError ? [] : list.data}
            pagination={{
              pageSize: 20,
              hideOnSinglePage: true,
              showTotal: (total) => t("common.total", { total }),
            }}
            columns={[
              {
                key: "name",
                title: t("list.enterprise"),
                dataIndex: "enterpriseName",
                render: (name: string, row) => <Link to={`/enterprises/${row.enterpriseId}`}>{name}</Link>,
              },
              {
                key: "uscc",
                title: t("enterprise.uscc"),
                dataIndex: "uscc",
                width: 200,
                render: (uscc: string) => <Typography.Text copyable={{ text: uscc }}>{uscc}</Typography.Text>,
              },
              { key: "reason", title: t("negList.reason"), dataIndex: "reason" },
              {
                key: "addedAt",
                title: t("negList.addedAt"),
                dataIndex: "addedAt",
                width: 180,
                render: (value: string) => formatDateTime(value),
              },
              ...(canMaintain
                ? [
                    {
                      key: "actions",
                      title: t("common.actions"),
                      width: 100,
                      render: (_: unknown, row: NegativeListEntry) => (
                        <Button
                          type="link"
                          danger
                          size="small"
                          icon={<DeleteOutlined />}
                          onClick={() => setRemoving(row)}
                          data-testid="negative-list-remove"
                        >
                          {t("common.remove")}
                        </Button>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        </div>
      </Card>
      {canMaintain && (
        <>
          <AddToListModal
            open={adding}
            title={t("negList.add")}
            textField="reason"
            textLabel={t("negList.reason")}
            textPlaceholder={t("negList.reasonPlaceholder")}
            textRequired={t("negList.reasonRequired")}
            testId="negative-list-form"
            submitting={add.isPending}
            onClose={() => setAdding(false)}
            onSubmit={async ({ enterpriseId, text }) => {
              await add.mutateAsync({ enterpriseId, reason: text });
              message.success(t("negList.added"));
            }}
          />
          <RemoveFromListModal
            enterpriseName={removing?.enterpriseName ?? null}
            title={(name) => t("negList.removeTitle", { name })}
            testId="negative-list-remove-form"
            submitting={remove.isPending}
            onClose={() => setRemoving(null)}
            onSubmit={async (reason) => {
              if (!removing) return;
              await remove.mutateAsync({ id: removing.id, reason });
              message.success(t("negList.removed"));
            }}
          />
        </>
      )}
    </>
  );
}

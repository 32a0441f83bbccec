import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { App, Button, Card, Col, Row, Select, Table, Typography } from "antd";
import { useState } from "react";
import { Link, useSearchParams } from "react-router";
import { useSession } from "../../../app/session";
import { useRegions } from "../../../shared/api/reference";
import { PageHeader } from "../../../shared/components/PageHeader";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { formatDateTime } from "../../../shared/format";
import { useI18n } from "../../../shared/i18n";
import {
  useAddKeySupported,
  useKeySupportedList,
  useProgrammes,
  useRemoveKeySupported,
} from "../api/programmes";
import type { KeySupportedEntry } from "../api/types";
import { AddToListModal, RemoveFromListModal } from "../components/ListModals";

/** 全市汽车产业重点支持企业: the industry bureau keeps its region's list; readers see it. */
export function KeySupportedListPage() {
  const { t, locale, paren } = useI18n();
  const { access } = useSession();
  const { message } = App.useApp();
  const regions = useRegions();
  const programmes = useProgrammes();
  const [params, setParams] = useSearchParams();
  // The platform admin has no region of its own: it names one (by default the first programme's).
  const anyRegion = access.keySupportedListAnyRegion;
  const region = anyRegion ? (params.get("region") ?? programmes.data?.[0]?.regionCode) : undefined;
  const list = useKeySupportedList(region, !anyRegion || Boolean(region));
  const add = useAddKeySupported();
  const remove = useRemoveKeySupported();
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<KeySupportedEntry | null>(null);
  const canMaintain = access.maintainKeySupportedList;

  return (
    <>
      <PageHeader
        title={t("menu.keySupportedList")}
        subtitle={t("keyList.subtitle")}
        extra={
          canMaintain && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setAdding(true)}
              data-testid="key-list-add"
            >
              {t("keyList.add")}
            </Button>
          )
        }
      />
      <Card>
        {anyRegion && (
          <Row gutter={[12, 12]} className="filter-bar">
            <Col xs={24} md={8}>
              <Select<string>
                showSearch={{ optionFilterProp: "label" }}
                style={{ width: "100%" }}
                placeholder={t("list.region")}
                value={region}
                onChange={(value) => setParams({ region: value })}
                options={(regions.data ?? [])
                  .filter((r) => r.level !== "country")
                  .map((r) => ({
                    value: r.code,
                    label: `${locale === "zh" ? r.name : r.nameEn}${paren(r.code)}`,
                  }))}
                data-testid="key-list-region"
              />
            </Col>
          </Row>
        )}
        {list.isError && <ProblemAlert error={list.error} />}
        <div data-testid="key-list-table">
          <Table<KeySupportedEntry>
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
              { key: "note", title: t("keyList.note"), dataIndex: "note" },
              {
                key: "addedAt",
                title: t("keyList.addedAt"),
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
                      render: (_: unknown, row: KeySupportedEntry) => (
                        <Button
                          type="link"
                          danger
                          size="small"
                          icon={<DeleteOutlined />}
                          onClick={() => setRemoving(row)}
                          data-testid="key-list-remove"
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
            title={t("keyList.add")}
            textField="note"
            textLabel={t("keyList.note")}
            textPlaceholder={t("keyList.notePlaceholder")}
            textRequired={t("keyList.noteRequired")}
            testId="key-list-form"
            submitting={add.isPending}
            onClose={() => setAdding(false)}
            onSubmit={async ({ enterpriseId, text }) => {
              await add.mutateAsync({ enterpriseId, note: text });
              message.success(t("keyList.added"));
            }}
          />
          <RemoveFromListModal
            enterpriseName={removing?.enterpriseName ?? null}
            title={(name) => t("keyList.removeTitle", { name })}
            testId="key-list-remove-form"
            submitting={remove.isPending}
            onClose={() => setRemoving(null)}
            onSubmit={async (reason) => {
              if (!removing) return;
              await remove.mutateAsync({ id: removing.id, reason });
              message.success(t("keyList.removed"));
            }}
          />
        </>
      )}
    </>
  );
}

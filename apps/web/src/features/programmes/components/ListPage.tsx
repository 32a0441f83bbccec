import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import type { UseQueryResult } from "@tanstack/react-query";
import { App, Button, Card, Table, Typography } from "antd";
import { type ReactNode, useState } from "react";
import { Link } from "react-router";
import { dateTimeCell } from "../../../shared/components/Nowrap";
import { PageHeader } from "../../../shared/components/PageHeader";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { type MessageKey, useI18n } from "../../../shared/i18n";
import type { KeySupportedEntry } from "../api/types";
import { AddToListModal, RemoveFromListModal } from "./ListModals";

/** What the key-supported list and the negative list have in common; `note` or `reason` is the rest. */
type ListEntry = Omit<KeySupportedEntry, "note">;

/** The words of one list. */
export interface ListTexts {
  title: MessageKey;
  subtitle: MessageKey;
  add: MessageKey;
  added: MessageKey;
  text: MessageKey;
  textPlaceholder: MessageKey;
  textRequired: MessageKey;
  addedAt: MessageKey;
  removeTitle: MessageKey;
  removed: MessageKey;
}

/** The entry's text, under its wire name: "note" on the key list, "reason" on the negative list. */
type TextField = "note" | "reason";
type AddInput<Field extends TextField> = { enterpriseId: string } & Record<Field, string>;

/** The part of a mutation the page uses. */
interface Mutation<Input> {
  mutateAsync(input: Input): Promise<unknown>;
  isPending: boolean;
}

export interface ListPageProps<Field extends TextField, Entry extends ListEntry & Record<Field, string>> {
  /** Prefix of every test id: "key-list" or "negative-list". */
  testId: string;
  texts: ListTexts;
  textField: Field;
  /** Adding to the negative list is a step against an enterprise: its button is red. */
  dangerousAdd?: boolean;
  canMaintain: boolean;
  list: UseQueryResult<Entry[]>;
  add: Mutation<AddInput<Field>>;
  remove: Mutation<{ id: string; reason: string }>;
  /** Filters above the table (the platform admin's region). */
  filters?: ReactNode;
}

/** A list of enterprises one organisation keeps and others read: table, add, remove with a reason. */
export function ListPage<Field extends TextField, Entry extends ListEntry & Record<Field, string>>({
  testId,
  texts,
  textField,
  dangerousAdd = false,
  canMaintain,
  list,
  add,
  remove,
  filters,
}: ListPageProps<Field, Entry>) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<Entry | null>(null);

  return (
    <>
      <PageHeader
        title={t(texts.title)}
        subtitle={t(texts.subtitle)}
        extra={
          canMaintain && (
            <Button
              type="primary"
              danger={dangerousAdd}
              icon={<PlusOutlined />}
              onClick={() => setAdding(true)}
              data-testid={`${testId}-add`}
            >
              {t(texts.add)}
            </Button>
          )
        }
      />
      <Card>
        {filters}
        {list.isError && <ProblemAlert error={list.error} />}
        <div data-testid={`${testId}-table`}>
          <Table<Entry>
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
              { key: textField, title: t(texts.text), dataIndex: textField },
              {
                key: "addedAt",
                title: t(texts.addedAt),
                dataIndex: "addedAt",
                width: 180,
                render: dateTimeCell,
              },
              ...(canMaintain
                ? [
                    {
                      key: "actions",
                      title: t("common.actions"),
                      width: 100,
                      render: (_: unknown, row: Entry) => (
                        <Button
                          type="link"
                          danger
                          size="small"
                          icon={<DeleteOutlined />}
                          onClick={() => setRemoving(row)}
                          data-testid={`${testId}-remove`}
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
            title={t(texts.add)}
            textField={textField}
            textLabel={t(texts.text)}
            textPlaceholder={t(texts.textPlaceholder)}
            textRequired={t(texts.textRequired)}
            testId={`${testId}-form`}
            submitting={add.isPending}
            onClose={() => setAdding(false)}
            onSubmit={async ({ enterpriseId, text }) => {
              // TypeScript widens a computed key to string; it is `textField`, i.e. Field.
              await add.mutateAsync({ enterpriseId, [textField]: text } as AddInput<Field>);
              message.success(t(texts.added));
            }}
          />
          <RemoveFromListModal
            enterpriseName={removing?.enterpriseName ?? null}
            title={(name) => t(texts.removeTitle, { name })}
            testId={`${testId}-remove-form`}
            submitting={remove.isPending}
            onClose={() => setRemoving(null)}
            onSubmit={async (reason) => {
              if (!removing) return;
              await remove.mutateAsync({ id: removing.id, reason });
              message.success(t(texts.removed));
            }}
          />
        </>
      )}
    </>
  );
}

import { CLUSTERS_33618, EVENT_HISTORY_TERMS, type InvitationStatus } from "@chanrong/domain";
import { App, Button, Card, Descriptions, Flex, Space, Table, Tag, Timeline, Typography } from "antd";
import { useState } from "react";
import { useParams } from "react-router";
import { useCatalogue, useRegionName } from "../../../shared/api/reference";
import { dateTimeCell } from "../../../shared/components/Nowrap";
import { PageHeader } from "../../../shared/components/PageHeader";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { ReasonModal } from "../../../shared/components/ReasonModal";
import { formatStepTime, formatYuan } from "../../../shared/format";
import { useI18n } from "../../../shared/i18n";
import {
  type EventDetail,
  type Invitation,
  useAnswer,
  useCancelEvent,
  useCheckIn,
  useCloseEvent,
  useEvent,
} from "../api/events";
import { InviteModal, OutcomeModal } from "../components/EventModals";
import { EventStatusTag, InvitationStatusTag, useEventTypeName } from "../components/labels";

type Dialog = "invite" | "outcome" | "close" | "cancel" | "decline" | null;

/** One event: what it is, the steps open to the caller, who was invited and came, what came of it. */
export function EventDetailPage() {
  const { id = "" } = useParams();
  const { t } = useI18n();
  const event = useEvent(id);
  const [dialog, setDialog] = useState<Dialog>(null);
  const answer = useAnswer(id);
  const close = useCloseEvent(id);
  const cancel = useCancelEvent(id);
  const detail = event.data;
  if (event.isError) return <ProblemAlert error={event.error} />;
  if (!detail) return <Card loading />;
  const can = (action: EventDetail["actions"][number]) => detail.actions.includes(action);

  return (
    <>
      <PageHeader
        title={detail.title}
        subtitle={<EventStatusTag status={detail.status} />}
        backTo="/events"
        testId="event-header"
        extra={
          <Space wrap>
            {can("invite") && (
              <Button type="primary" onClick={() => setDialog("invite")} data-testid="event-invite">
                {t("events.invite")}
              </Button>
            )}
            {can("record-outcome") && (
              <Button onClick={() => setDialog("outcome")} data-testid="event-record-outcome">
                {t("events.recordOutcome")}
              </Button>
            )}
            {can("close") && (
              <Button onClick={() => setDialog("close")} data-testid="event-close">
                {t("events.close")}
              </Button>
            )}
            {can("cancel") && (
              <Button danger onClick={() => setDialog("cancel")} data-testid="event-cancel">
                {t("events.cancel")}
              </Button>
            )}
            {detail.mayAnswer && detail.myInvitation?.status !== "REGISTERED" && (
              <Button
                type="primary"
                loading={answer.isPending}
                onClick={() => answer.mutate({ answer: "register" })}
                data-testid="event-register"
              >
                {t("events.register")}
              </Button>
            )}
            {detail.mayAnswer && detail.myInvitation?.status !== "DECLINED" && (
              <Button onClick={() => setDialog("decline")} data-testid="event-decline">
                {t("events.decline")}
              </Button>
            )}
          </Space>
        }
      />
      {answer.isError && <ProblemAlert error={answer.error} testId="event-answer-error" />}
      <Flex vertical gap={16}>
        <InfoCard detail={detail} />
        {detail.myInvitation && <MyInvitationCard invitation={detail.myInvitation} />}
        {detail.viewer !== "invitee" && <InvitationsCard detail={detail} />}
        <OutcomesCard detail={detail} />
        {detail.history.length > 0 && <HistoryCard history={detail.history} />}
      </Flex>
      {dialog === "invite" && <InviteModal event={detail} onClose={() => setDialog(null)} />}
      {dialog === "outcome" && <OutcomeModal event={detail} onClose={() => setDialog(null)} />}
      {dialog === "close" && (
        <ReasonModal
          title={t("events.closeTitle")}
          hint={t("events.closeHint")}
          label={t("events.closeNote")}
          okText={t("events.close")}
          testId="event-close"
          onSubmit={(note) => close.mutateAsync(note)}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === "cancel" && (
        <ReasonModal
          title={t("events.cancelTitle")}
          hint={t("events.cancelHint")}
          label={t("events.cancelReason")}
          okText={t("events.cancel")}
          testId="event-cancel"
          onSubmit={(reason) => cancel.mutateAsync(reason)}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === "decline" && (
        <ReasonModal
          title={t("events.declineTitle")}
          hint={t("events.declineHint")}
          label={t("events.declineReason")}
          okText={t("events.decline")}
          testId="event-decline"
          onSubmit={(reason) => answer.mutateAsync({ answer: "decline", reason })}
          onClose={() => setDialog(null)}
        />
      )}
    </>
  );
}

/** A 33618 cluster's name in the reader's language. */
function useClusterName() {
  const { label } = useI18n();
  return (code: string) =>
    label(
      CLUSTERS_33618.find((cluster) => cluster.code === code),
      code,
    );
}

function InfoCard({ detail }: { detail: EventDetail }) {
  const { t, label } = useI18n();
  const clusterName = useClusterName();
  const typeName = useEventTypeName();
  const regionName = useRegionName();
  const catalogue = useCatalogue();
  const anyone = t("events.anyone");
  const listed = (codes: string[], name: (code: string) => string) =>
    codes.length ? codes.map((code) => <Tag key={code}>{name(code)}</Tag>) : anyone;
  const fromCatalogue = (list: "tags" | "sizeClasses") => (code: string) =>
    label(
      catalogue.data?.[list].find((item) => item.code === code),
      code,
    );
  return (
    <Card title={t("events.infoCard")} data-testid="event-info">
      <Descriptions
        column={{ xs: 1, md: 2 }}
        items={[
          { key: "type", label: t("events.type"), children: typeName(detail.type) },
          { key: "organiser", label: t("events.organiser"), children: detail.organiserName },
          {
            key: "when",
            label: t("events.heldOn"),
            children: `${detail.heldOn} ${detail.startTime}–${detail.endTime}`,
          },
          {
            key: "where",
            label: t("events.place"),
            children: (
              <Space direction="vertical" size={0}>
                {detail.place}
                {detail.onlineLink && (
                  <Typography.Link href={detail.onlineLink} target="_blank" rel="noreferrer">
                    {detail.onlineLink}
                  </Typography.Link>
                )}
              </Space>
            ),
          },
          {
            key: "co",
            label: t("events.coOrganisers"),
            children: detail.coOrganisers.join("、") || "—",
          },
          { key: "capacity", label: t("events.capacity"), children: detail.capacity ?? anyone },
          {
            key: "districts",
            label: t("events.districts"),
            children: listed(detail.targets.districts, (code) => regionName(code)),
          },
          {
            key: "tags",
            label: t("events.tags"),
            children: listed(detail.targets.tags, fromCatalogue("tags")),
          },
          {
            key: "sizes",
            label: t("events.sizeClasses"),
            children: listed(detail.targets.sizeClasses, fromCatalogue("sizeClasses")),
          },
          {
            key: "clusters",
            label: t("events.clusters"),
            children: listed(detail.targets.clusters, clusterName),
          },
          ...(detail.cancelReason
            ? [{ key: "cancel", label: t("events.cancelReason"), children: detail.cancelReason }]
            : []),
        ]}
      />
    </Card>
  );
}

function MyInvitationCard({ invitation }: { invitation: Invitation }) {
  const { t } = useI18n();
  return (
    <Card title={t("events.myInvitation")} data-testid="event-my-invitation">
      <Space>
        <InvitationStatusTag status={invitation.status as InvitationStatus} />
        {invitation.declineReason && (
          <Typography.Text type="secondary">{invitation.declineReason}</Typography.Text>
        )}
      </Space>
    </Card>
  );
}

function InvitationsCard({ detail }: { detail: EventDetail }) {
  const { t, label } = useI18n();
  const clusterName = useClusterName();
  const { message } = App.useApp();
  const checkIn = useCheckIn(detail.id);
  const mayCheckIn = detail.actions.includes("check-in");
  return (
    <Card title={t("events.invitationsCard")} data-testid="event-invitations">
      {checkIn.isError && <ProblemAlert error={checkIn.error} />}
      <Table<Invitation>
        rowKey="id"
        size="small"
        dataSource={detail.invitations}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { key: "name", title: t("events.invitee"), dataIndex: "name" },
          {
            key: "kind",
            title: t("events.inviteeKind"),
            width: 100,
            render: (_, invitation) =>
              invitation.enterpriseId ? t("events.kind.enterprise") : t("events.kind.institution"),
          },
          {
            // 33618: which of the invited enterprises belong to a cluster, filterable by it.
            key: "cluster",
            title: t("events.cluster"),
            dataIndex: "cluster",
            width: 150,
            filters: CLUSTERS_33618.filter((cluster) =>
              detail.invitations.some((invitation) => invitation.cluster === cluster.code),
            ).map((cluster) => ({ value: cluster.code, text: label(cluster) })),
            onFilter: (value, invitation) => invitation.cluster === value,
            render: (code: string | null) => (code ? clusterName(code) : "—"),
          },
          {
            key: "status",
            title: t("events.invitationStatus"),
            dataIndex: "status",
            width: 100,
            render: (status: InvitationStatus) => <InvitationStatusTag status={status} />,
          },
          { key: "declineReason", title: t("events.declineReason"), dataIndex: "declineReason" },
          {
            key: "checkedInAt",
            title: t("events.checkedInAt"),
            dataIndex: "checkedInAt",
            width: 170,
            render: dateTimeCell,
          },
          ...(mayCheckIn
            ? [
                {
                  key: "action",
                  title: t("common.actions"),
                  width: 90,
                  render: (_: unknown, invitation: Invitation) =>
                    invitation.status !== "ATTENDED" && (
                      <Button
                        size="small"
                        loading={checkIn.isPending && checkIn.variables?.includes(invitation.id)}
                        onClick={async () => {
                          await checkIn.mutateAsync([invitation.id]);
                          message.success(t("events.checkedIn", { name: invitation.name }));
                        }}
                        data-testid={`event-check-in-${invitation.name}`}
                      >
                        {t("events.checkIn")}
                      </Button>
                    ),
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}

function OutcomesCard({ detail }: { detail: EventDetail }) {
  const { t } = useI18n();
  return (
    <Card title={t("events.outcomesCard")} data-testid="event-outcomes">
      <Table<EventDetail["outcomes"][number]>
        rowKey="id"
        size="small"
        dataSource={detail.outcomes}
        pagination={false}
        locale={{ emptyText: t("events.noOutcomes") }}
        columns={[
          { key: "enterprise", title: t("events.outcomeEnterprise"), dataIndex: "enterpriseName" },
          { key: "institution", title: t("events.outcomeInstitution"), dataIndex: "institutionName" },
          {
            key: "intentions",
            title: t("events.intentionsSigned"),
            dataIndex: "intentionsSigned",
            width: 110,
          },
          {
            key: "amount",
            title: t("events.intendedAmount"),
            dataIndex: "intendedAmount",
            align: "right",
            width: 160,
            render: (amount: string) => formatYuan(amount),
          },
          {
            key: "followUp",
            title: t("events.followUp"),
            dataIndex: "followUpDemandNeeded",
            width: 130,
            render: (followUp: boolean) =>
              followUp ? <Tag color="orange">{t("events.followUpYes")}</Tag> : t("events.followUpNo"),
          },
          { key: "note", title: t("events.note"), dataIndex: "note" },
        ]}
      />
    </Card>
  );
}

function HistoryCard({ history }: { history: EventDetail["history"] }) {
  const { t, label } = useI18n();
  return (
    <Card title={t("events.historyCard")} data-testid="event-history">
      <Timeline
        items={history.map((entry) => ({
          key: entry.id,
          children: (
            <Space direction="vertical" size={0}>
              <Typography.Text strong>{label(EVENT_HISTORY_TERMS[entry.action])}</Typography.Text>
              <Typography.Text type="secondary">
                {/* A user's display name often already names the organisation. */}
                {entry.actorName.includes(entry.orgName)
                  ? entry.actorName
                  : `${entry.orgName} · ${entry.actorName}`}{" "}
                · {formatStepTime(entry.businessDate, String(entry.at))}
              </Typography.Text>
              {entry.reason && <Typography.Text>{entry.reason}</Typography.Text>}
            </Space>
          ),
        }))}
      />
    </Card>
  );
}

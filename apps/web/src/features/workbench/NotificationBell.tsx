import { BellOutlined } from "@ant-design/icons";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Badge, Button, Empty, Flex, Popover, Typography } from "antd";
import { useState } from "react";
import { useNavigate } from "react-router";
import { call } from "../../shared/api/client";
import { dateTimeCell } from "../../shared/components/Nowrap";
import { useI18n } from "../../shared/i18n";
import { SlaTag } from "../applications/components/labels";
import { useWorkbench, workItemPath } from "./useWorkbench";

const KEY = ["notifications"] as const;

/**
 * The header bell: counts what waits for the organisation and lists it by due date, then the reminders
 * (SLA and workflow), which can be marked read.
 */
export function NotificationBell() {
  const { t } = useI18n();
  const workbench = useWorkbench();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [isOpen, setOpen] = useState(false);
  const notifications = useQuery({
    queryKey: KEY,
    queryFn: ({ signal }) => call("get", "/api/v1/notifications", { signal }),
    refetchInterval: 60_000,
    retry: false,
  });
  const markRead = useMutation({
    mutationFn: (id: string) => call("post", "/api/v1/notifications/{id}/read", { params: { id } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
  if (notifications.isError) return null;
  const items = notifications.data ?? [];
  const unread = items.filter((item) => !item.readAt).length;
  const waiting = workbench.data?.items ?? [];
  const waitingTotal = workbench.data?.waiting.total ?? 0;
  const open = (path: string) => {
    setOpen(false);
    navigate(path);
  };

  const content = (
    <div style={{ width: 380, maxHeight: 480, overflowY: "auto" }} data-testid="notification-list">
      {waitingTotal > 0 && (
        <Flex vertical gap={2} style={{ marginBottom: 8 }} data-testid="bell-waiting">
          <Typography.Text strong>{t("workbench.bellTitle", { count: waitingTotal })}</Typography.Text>
          {waiting.map((item) => (
            <Flex
              key={`${item.kind}:${item.id}`}
              justify="space-between"
              align="center"
              gap={8}
              data-testid="bell-waiting-item"
              style={{ padding: "6px 4px", borderBottom: "1px solid #f0f0f0", cursor: "pointer" }}
              onClick={() => open(workItemPath(item))}
            >
              <Typography.Text ellipsis>
                {t(`workbench.kind.${item.kind}`)} · {item.title}
              </Typography.Text>
              {item.dueOn && <SlaTag sla={item.sla} dueOn={item.dueOn} />}
            </Flex>
          ))}
        </Flex>
      )}
      <Typography.Text strong>{t("notifications.title")}</Typography.Text>
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("notifications.empty")} />
      ) : (
        <Flex vertical gap={4}>
          {items.map((item) => (
            <Flex
              key={item.id}
              vertical
              data-testid="notification-item"
              data-read={String(Boolean(item.readAt))}
              style={{
                padding: "8px 4px",
                borderBottom: "1px solid #f0f0f0",
                cursor: item.applicationId || item.link ? "pointer" : undefined,
              }}
              onClick={() => {
                if (!item.readAt) markRead.mutate(item.id);
                if (item.applicationId) open(`/applications/${item.applicationId}`);
                else if (item.link) open(item.link);
              }}
            >
              <Typography.Text strong={!item.readAt}>{item.message}</Typography.Text>
              <Flex justify="space-between" align="center">
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {dateTimeCell(item.createdAt)}
                </Typography.Text>
                {!item.readAt && (
                  <Button
                    size="small"
                    type="link"
                    data-testid="notification-mark-read"
                    onClick={(event) => {
                      event.stopPropagation();
                      markRead.mutate(item.id);
                    }}
                  >
                    {t("notifications.markRead")}
                  </Button>
                )}
              </Flex>
            </Flex>
          ))}
        </Flex>
      )}
    </div>
  );

  return (
    <Popover trigger="click" placement="bottomRight" content={content} open={isOpen} onOpenChange={setOpen}>
      <Badge
        count={waitingTotal}
        dot={waitingTotal === 0 && unread > 0}
        size="small"
        data-testid="notification-count"
      >
        <Button
          icon={<BellOutlined />}
          aria-label={t("notifications.title")}
          data-testid="notification-bell"
        />
      </Badge>
    </Popover>
  );
}

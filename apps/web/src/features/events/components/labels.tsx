import {
  EVENT_STATUS_TERMS,
  EVENT_TYPES,
  type EventStatus,
  INVITATION_STATUS_TERMS,
  type InvitationStatus,
} from "@chanrong/domain";
import { Tag } from "antd";
import { useI18n } from "../../../shared/i18n";

const STATUS_COLOURS: Record<EventStatus, string> = {
  PLANNED: "default",
  OPEN: "processing",
  HELD: "gold",
  CLOSED: "success",
  CANCELLED: "error",
};

const INVITATION_COLOURS: Record<InvitationStatus, string> = {
  INVITED: "default",
  REGISTERED: "processing",
  DECLINED: "warning",
  ATTENDED: "success",
};

export function EventStatusTag({ status }: { status: EventStatus }) {
  const { label } = useI18n();
  return (
    <Tag color={STATUS_COLOURS[status]} data-testid="event-status">
      {label(EVENT_STATUS_TERMS[status])}
    </Tag>
  );
}

export function InvitationStatusTag({ status }: { status: InvitationStatus }) {
  const { label } = useI18n();
  return <Tag color={INVITATION_COLOURS[status]}>{label(INVITATION_STATUS_TERMS[status])}</Tag>;
}

/** An event type's name in the reader's language. */
export function useEventTypeName(): (code: string) => string {
  const { label } = useI18n();
  return (code) =>
    label(
      EVENT_TYPES.find((type) => type.code === code),
      code,
    );
}

import { CLUSTERS_33618, EVENT_TYPES } from "@chanrong/domain";
import { Col, DatePicker, Form, Input, InputNumber, Modal, Row, Select, TimePicker } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { useNavigate } from "react-router";
import { useBusinessDate, useSession } from "../../../app/session";
import type { FieldError } from "../../../shared/api/client";
import { groupRegions, useCatalogue, useRegions } from "../../../shared/api/reference";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { DATE_FORMAT } from "../../../shared/format";
import { applyServerErrors } from "../../../shared/forms";
import { useI18n } from "../../../shared/i18n";
import { type EventInput, useCreateEvent } from "../api/events";

interface Values {
  type: EventInput["type"];
  title: string;
  heldOn: Dayjs | null;
  startTime: Dayjs | null;
  endTime: Dayjs | null;
  place?: string;
  onlineLink?: string;
  coOrganisers: string[];
  districts: string[];
  tags: NonNullable<EventInput["targets"]["tags"]>;
  sizeClasses: NonNullable<EventInput["targets"]["sizeClasses"]>;
  clusters: NonNullable<EventInput["targets"]["clusters"]>;
  capacity: number | null;
}

const FIELDS = [
  "type",
  "title",
  "heldOn",
  "startTime",
  "endTime",
  "place",
  "onlineLink",
  "coOrganisers",
  "capacity",
];
const TIME = "HH:mm";

/** The bureau plans an event: what, when, where, with whom, and whom the invitation by filter takes. */
export function CreateEventModal({ onClose }: { onClose: () => void }) {
  const { t, label } = useI18n();
  const { me } = useSession();
  const today = useBusinessDate();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const create = useCreateEvent();
  const regions = useRegions();
  const catalogue = useCatalogue();
  const [leftover, setLeftover] = useState<FieldError[]>([]);
  const ownRegion = me?.organisation.regionCode ?? "";
  const districts = groupRegions(regions.data)
    .filter((group) => group.parent.code === ownRegion)
    .flatMap((group) => group.children);

  const onFinish = async (values: Values) => {
    setLeftover([]);
    try {
      const created = await create.mutateAsync({
        type: values.type,
        title: values.title,
        heldOn: values.heldOn?.format(DATE_FORMAT) ?? "",
        startTime: values.startTime?.format(TIME) ?? "",
        endTime: values.endTime?.format(TIME) ?? "",
        place: values.place?.trim() || null,
        onlineLink: values.onlineLink?.trim() || null,
        coOrganisers: values.coOrganisers,
        targets: {
          districts: values.districts,
          tags: values.tags,
          sizeClasses: values.sizeClasses,
          clusters: values.clusters,
        },
        capacity: values.capacity ?? null,
      });
      onClose();
      navigate(`/events/${created.id}`);
    } catch (error) {
      // Errors on the targets (a district outside the region) have no field of that name: shown above.
      setLeftover(applyServerErrors(form, error, FIELDS));
    }
  };
  const required = [{ required: true, message: t("events.required") }];

  return (
    <Modal
      open
      width={720}
      title={t("events.createTitle")}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t("common.save")}
      cancelText={t("common.cancel")}
      okButtonProps={{ loading: create.isPending, "data-testid": "event-create-submit" }}
      destroyOnHidden
    >
      {create.isError && (
        <ProblemAlert error={create.error} fieldErrors={leftover} testId="event-create-error" />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{
          type: "BANK_ENTERPRISE",
          heldOn: dayjs(today),
          startTime: dayjs("09:30", TIME),
          endTime: dayjs("12:00", TIME),
          coOrganisers: [],
          districts: [],
          tags: [],
          sizeClasses: [],
          clusters: [],
          capacity: null,
        }}
      >
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item name="type" label={t("events.type")} rules={required}>
              <Select
                options={EVENT_TYPES.map((type) => ({ value: type.code, label: label(type) }))}
                data-testid="event-type"
              />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item name="title" label={t("events.title")} rules={required}>
              <Input maxLength={100} data-testid="event-title" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="heldOn" label={t("events.heldOn")} rules={required}>
              <DatePicker format={DATE_FORMAT} style={{ width: "100%" }} data-testid="event-date" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="startTime" label={t("events.startTime")} rules={required}>
              <TimePicker format={TIME} minuteStep={5} style={{ width: "100%" }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="endTime" label={t("events.endTime")} rules={required}>
              <TimePicker format={TIME} minuteStep={5} style={{ width: "100%" }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="place" label={t("events.place")} extra={t("events.venueHint")}>
              <Input maxLength={200} data-testid="event-place" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="onlineLink" label={t("events.onlineLink")}>
              <Input maxLength={500} placeholder="https://" data-testid="event-link" />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item
              name="coOrganisers"
              label={t("events.coOrganisers")}
              extra={t("events.coOrganisersHint")}
            >
              <Select mode="tags" open={false} tokenSeparators={[",", "、"]} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="capacity" label={t("events.capacity")}>
              <InputNumber min={1} max={10000} style={{ width: "100%" }} placeholder={t("events.anyone")} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label={t("events.targets")} style={{ marginBottom: 0 }}>
          <Row gutter={16}>
            <Col span={8}>
              <Form.Item name="districts" label={t("events.districts")}>
                <Select
                  mode="multiple"
                  allowClear
                  showSearch={{ optionFilterProp: "label" }}
                  placeholder={t("events.anyone")}
                  options={districts.map((region) => ({
                    value: region.code,
                    label: label({ zh: region.name, en: region.nameEn }),
                  }))}
                  data-testid="event-districts"
                />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="tags" label={t("events.tags")}>
                <Select
                  mode="multiple"
                  allowClear
                  showSearch={{ optionFilterProp: "label" }}
                  placeholder={t("events.anyone")}
                  options={catalogue.data?.tags.map((tag) => ({ value: tag.code, label: label(tag) }))}
                  data-testid="event-tags"
                />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="sizeClasses" label={t("events.sizeClasses")}>
                <Select
                  mode="multiple"
                  allowClear
                  showSearch={{ optionFilterProp: "label" }}
                  placeholder={t("events.anyone")}
                  options={catalogue.data?.sizeClasses.map((size) => ({
                    value: size.code,
                    label: label(size),
                  }))}
                />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="clusters" label={t("events.clusters")}>
                <Select
                  mode="multiple"
                  allowClear
                  showSearch={{ optionFilterProp: "label" }}
                  placeholder={t("events.anyone")}
                  options={CLUSTERS_33618.map((cluster) => ({ value: cluster.code, label: label(cluster) }))}
                  data-testid="event-clusters"
                />
              </Form.Item>
            </Col>
          </Row>
        </Form.Item>
      </Form>
    </Modal>
  );
}

import { UploadOutlined } from "@ant-design/icons";
import { Alert, App, Button, Card, Checkbox, DatePicker, Form, Input, List, Space, Tabs, Upload } from "antd";
import dayjs from "dayjs";
import { useParams } from "react-router";
import { PageHeader } from "../../../shared/components/PageHeader";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { useI18n } from "../../../shared/i18n";
import {
  downloadDocument,
  type PilotApplication,
  type PilotBatchDetail,
  type PilotContent,
  saveDeclarations,
  savePlan,
  submitApplication,
  uploadDocument,
  usePilotApplication,
  usePilotBatch,
  usePilotWrite,
} from "../api/pilotCities";
import { IndicatorTable } from "./IndicatorTable";
import { StatusTag } from "./PilotApplicationsPage";

/**
 * 试点申报, one application: documents, the plan by the batch's outline, the indicator table, the
 * strategies and bases, then review and submit. Once submitted, the frozen copy is shown read-only.
 */
export function PilotApplicationPage() {
  const { t } = useI18n();
  const { id = "" } = useParams();
  const application = usePilotApplication(id);
  const batch = usePilotBatch(application.data?.batchId);
  const data = application.data;
  const editable = !!data && (data.status === "DRAFT" || data.status === "RETURNED");
  const content = editable ? data?.draft : data?.submitted;
  return (
    <>
      <PageHeader
        title={t("pilot.apply.title")}
        subtitle={data && `${data.applicantName} · ${data.batchName}`}
        extra={data && <StatusTag status={data.status} />}
        backTo="/pilot-application"
      />
      <ProblemAlert error={application.error ?? batch.error} />
      {data?.status === "RETURNED" && (
        <Alert
          type="warning"
          showIcon
          message={t("pilot.returned", { reason: data.decisionReason ?? "" })}
          data-testid="pilot-return-reason"
        />
      )}
      {data?.status === "NOT_RECOMMENDED" && (
        <Alert type="error" showIcon message={t("pilot.declined", { reason: data.decisionReason ?? "" })} />
      )}
      {!editable && data?.submittedAt && (
        <Alert
          type="info"
          showIcon
          message={t("pilot.frozen", { at: dayjs(data.submittedAt).format("YYYY-MM-DD HH:mm") })}
          data-testid="pilot-frozen"
        />
      )}
      {data && batch.data && content && (
        <Card>
          <Tabs
            items={[
              {
                key: "documents",
                label: t("pilot.tab.documents"),
                children: <Documents application={data} content={content} editable={editable} />,
              },
              {
                key: "plan",
                label: t("pilot.tab.plan"),
                children: (
                  <Plan application={data} batch={batch.data} content={content} editable={editable} />
                ),
              },
              {
                key: "indicators",
                label: t("pilot.tab.indicators"),
                children: (
                  <IndicatorTable
                    application={data}
                    batch={batch.data}
                    values={content.indicators}
                    editable={editable}
                  />
                ),
              },
              {
                key: "declarations",
                label: t("pilot.tab.declarations"),
                children: (
                  <Declarations application={data} batch={batch.data} content={content} editable={editable} />
                ),
              },
              ...(editable
                ? [{ key: "review", label: t("pilot.tab.review"), children: <Submit application={data} /> }]
                : []),
            ]}
          />
        </Card>
      )}
    </>
  );
}

interface PartProps {
  application: PilotApplication;
  content: PilotContent;
  editable: boolean;
}

function Documents({ application, content, editable }: PartProps) {
  const { t } = useI18n();
  const upload = usePilotWrite(uploadDocument);
  return (
    <Space direction="vertical" style={{ width: "100%" }}>
      <ProblemAlert error={upload.error} />
      {editable && (
        <Space>
          {(["APPLICATION", "SUPPORTING"] as const).map((kind) => (
            <span key={kind} data-testid={`pilot-upload-${kind}`}>
              <Upload
                showUploadList={false}
                customRequest={({ file }) => upload.mutate({ id: application.id, kind, file: file as File })}
              >
                <Button icon={<UploadOutlined />} loading={upload.isPending}>
                  {t("pilot.doc.upload", { kind: t(`pilot.doc.${kind}`) })}
                </Button>
              </Upload>
            </span>
          ))}
        </Space>
      )}
      <List
        data-testid="pilot-documents"
        locale={{ emptyText: t("pilot.doc.none") }}
        dataSource={content.documents}
        renderItem={(document) => (
          <List.Item>
            {t(`pilot.doc.${document.kind}`)}:
            <Button type="link" onClick={() => downloadDocument(application.id, document.id)}>
              {document.filename}
            </Button>
          </List.Item>
        )}
      />
    </Space>
  );
}

function Plan({ application, batch, content, editable }: PartProps & { batch: PilotBatchDetail }) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const save = usePilotWrite(savePlan);
  const parents = new Set(batch.outline.map((section) => section.parentCode));
  const leaves = batch.outline.filter((section) => !parents.has(section.code));
  const initial = {
    periodStart: content.plan.periodStart ? dayjs(content.plan.periodStart) : undefined,
    periodEnd: content.plan.periodEnd ? dayjs(content.plan.periodEnd) : undefined,
    sections: content.plan.sections,
  };
  return (
    <Form
      layout="vertical"
      initialValues={initial}
      disabled={!editable}
      data-testid="pilot-plan"
      onFinish={(values: typeof initial) =>
        save.mutate(
          {
            id: application.id,
            input: {
              periodStart: values.periodStart?.format("YYYY-MM-DD") ?? null,
              periodEnd: values.periodEnd?.format("YYYY-MM-DD") ?? null,
              sections: Object.fromEntries(
                Object.entries(values.sections ?? {}).map(([code, text]) => [code, text ?? ""]),
              ),
            },
          },
          { onSuccess: () => message.success(t("pilot.saved")) },
        )
      }
    >
      <ProblemAlert error={save.error} />
      <Space>
        <Form.Item name="periodStart" label={t("pilot.plan.periodStart")}>
          <DatePicker data-testid="plan-period-start" />
        </Form.Item>
        <Form.Item name="periodEnd" label={t("pilot.plan.periodEnd")}>
          <DatePicker data-testid="plan-period-end" />
        </Form.Item>
      </Space>
      {leaves.map((section) => (
        <Form.Item
          key={section.code}
          name={["sections", section.code]}
          label={`${section.code} ${label(section.title)}${section.required ? " *" : ""}`}
          extra={label(section.guidance)}
        >
          <Input.TextArea rows={2} data-testid={`plan-section-${section.code}`} />
        </Form.Item>
      ))}
      {editable && (
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="plan-save">
          {t("pilot.save")}
        </Button>
      )}
    </Form>
  );
}

function Declarations({ application, batch, content, editable }: PartProps & { batch: PilotBatchDetail }) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const save = usePilotWrite(saveDeclarations);
  return (
    <Form
      layout="vertical"
      disabled={!editable}
      initialValues={{ strategies: content.strategies, bases: content.bases }}
      onFinish={(values: { strategies: string[]; bases: string[] }) =>
        save.mutate({ id: application.id, ...values }, { onSuccess: () => message.success(t("pilot.saved")) })
      }
    >
      <ProblemAlert error={save.error} />
      <Form.Item name="strategies" label={t("pilot.batch.strategies")}>
        <Checkbox.Group
          options={batch.strategies.map((item) => ({ value: item.code, label: label(item.name) }))}
          data-testid="pilot-strategies"
        />
      </Form.Item>
      <Form.Item name="bases" label={t("pilot.batch.bases")}>
        <Checkbox.Group
          options={batch.bases.map((item) => ({ value: item.code, label: label(item.name) }))}
        />
      </Form.Item>
      {editable && (
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="declarations-save">
          {t("pilot.save")}
        </Button>
      )}
    </Form>
  );
}

function Submit({ application }: { application: PilotApplication }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const submit = usePilotWrite(submitApplication);
  return (
    <Space direction="vertical" style={{ width: "100%" }}>
      <Alert type="info" message={t("pilot.submit.hint")} />
      <ProblemAlert error={submit.error} testId="pilot-submit-problems" />
      <Button
        type="primary"
        loading={submit.isPending}
        data-testid="pilot-submit"
        onClick={() =>
          submit.mutate(application.id, { onSuccess: () => message.success(t("pilot.submitted")) })
        }
      >
        {t("pilot.submit")}
      </Button>
    </Space>
  );
}

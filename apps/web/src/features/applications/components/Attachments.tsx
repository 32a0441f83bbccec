import {
  CheckCircleFilled,
  CloseCircleFilled,
  DownloadOutlined,
  PaperClipOutlined,
  UploadOutlined,
} from "@ant-design/icons";
import { APPLICATION_MATERIALS, type ApplicationMaterial } from "@chanrong/domain";
import { App, Button, Card, Empty, Flex, Table, Tooltip, Typography, Upload } from "antd";
import { isApiError } from "../../../shared/api/client";
import { dateTimeCell } from "../../../shared/components/Nowrap";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { useI18n } from "../../../shared/i18n";
import { useMaterialName } from "../../../shared/labels";
import {
  type Attachment,
  type AttachmentKind,
  downloadAttachment,
  useAttachments,
  useUploadAttachment,
} from "../api/attachments";
import { labelOr } from "./labels";

type UploadMutation = ReturnType<typeof useUploadAttachment>;

/** The picker offers what the server accepts; the server still checks every file's content. */
const ACCEPT = ".pdf,.png,.jpg,.jpeg,.xlsx,.docx";

/**
 * The parties' attachments. `visible` once the server has answered, and not for anyone else
 * (it answers them 404), so a bureau that is no party never sees the card flash up.
 */
export function usePartyAttachments(applicationId: string) {
  const query = useAttachments(applicationId);
  const notParty = isApiError(query.error) && query.error.status === 404;
  return { query, visible: !query.isPending && !notParty };
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Downloads through fetch, so a refusal is a message in the app rather than a broken tab. */
export function AttachmentLink({ attachment, children }: { attachment: Attachment; children?: string }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const onClick = async () => {
    try {
      await downloadAttachment(attachment);
    } catch (error) {
      message.error(error instanceof Error ? error.message : t("error.generic"));
    }
  };
  return (
    <Button
      type="link"
      size="small"
      icon={children ? <DownloadOutlined /> : <PaperClipOutlined />}
      onClick={onClick}
      data-testid="attachment-download"
      data-attachment-id={attachment.id}
      style={{ paddingInline: 0, maxWidth: "100%" }}
    >
      <Typography.Text ellipsis style={{ color: "inherit", maxWidth: 200 }}>
        {children ?? attachment.filename}
      </Typography.Text>
    </Button>
  );
}

/** A button that uploads one file of the given kind with the caller's mutation. */
export function UploadButton({
  upload,
  kind,
  label,
  testId,
  primary = false,
}: {
  upload: UploadMutation;
  kind: AttachmentKind;
  label: string;
  testId: string;
  primary?: boolean;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const busy = upload.isPending && upload.variables?.kind === kind;
  return (
    <span data-testid={testId}>
      <Upload
        accept={ACCEPT}
        multiple={false}
        showUploadList={false}
        disabled={upload.isPending}
        customRequest={({ file, onSuccess, onError }) => {
          upload.mutateAsync({ file: file as File, kind }).then(
            (row) => {
              message.success(t("attachment.uploaded", { name: row.filename }));
              onSuccess?.(row);
            },
            (error: Error) => onError?.(error),
          );
        }}
      >
        <Button
          type={primary ? "primary" : "link"}
          size={primary ? "middle" : "small"}
          icon={<UploadOutlined />}
          loading={busy}
          style={primary ? undefined : { paddingInline: 0 }}
        >
          {label}
        </Button>
      </Upload>
    </span>
  );
}

/** The server's reason for refusing the last upload (wrong type, too big, not a party). */
export function UploadRefusal({ upload, testId }: { upload: UploadMutation; testId: string }) {
  const { t } = useI18n();
  if (!upload.isError) return null;
  const title = isApiError(upload.error) ? upload.error.problem.title : t("error.generic");
  return (
    <ProblemAlert
      error={upload.error}
      title={`${t("attachment.refused", { name: upload.variables?.file.name ?? "" })}:${title}`}
      testId={testId}
      onClose={() => upload.reset()}
    />
  );
}

/** The programme's required materials, each uploaded or not, with its own upload button while missing. */
function MaterialsChecklist({
  materials,
  upload,
}: {
  materials: readonly { code: ApplicationMaterial; attached: boolean }[];
  upload: UploadMutation;
}) {
  const { t } = useI18n();
  const materialName = useMaterialName();
  return (
    <Flex vertical gap={4} style={{ marginBottom: 12 }} data-testid="materials-checklist">
      <Typography.Text strong>{t("attachment.materials")}</Typography.Text>
      {materials.map(({ code, attached }) => (
        <Flex
          key={code}
          gap={8}
          align="center"
          data-testid={`material-${code}`}
          data-attached={String(attached)}
        >
          {attached ? (
            <CheckCircleFilled style={{ color: "#389e0d" }} />
          ) : (
            <CloseCircleFilled style={{ color: "#cf1322" }} />
          )}
          <Typography.Text>{materialName(code)}</Typography.Text>
          <Typography.Text type={attached ? "success" : "danger"}>
            {t(attached ? "attachment.materialAttached" : "attachment.materialMissing")}
          </Typography.Text>
          {!attached && (
            <UploadButton
              upload={upload}
              kind={code}
              label={t("attachment.upload")}
              testId={`material-upload-${code}`}
            />
          )}
        </Flex>
      ))}
    </Flex>
  );
}

/**
 * 申请材料: every file attached to the application, the programme's required materials first; each
 * party may add documents.
 */
export function AttachmentsCard({
  applicationId,
  materials = [],
}: {
  applicationId: string;
  materials?: readonly { code: ApplicationMaterial; attached: boolean }[];
}) {
  const { t } = useI18n();
  const materialName = useMaterialName();
  const { query, visible } = usePartyAttachments(applicationId);
  const upload = useUploadAttachment(applicationId);
  if (!visible) return null;
  return (
    <Card
      title={t("attachment.card")}
      data-testid="attachments-card"
      extra={
        <UploadButton
          upload={upload}
          kind="DOCUMENT"
          label={t("attachment.upload")}
          testId="attachment-upload"
          primary
        />
      }
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {t("attachment.hint")}
      </Typography.Paragraph>
      {materials.length > 0 && <MaterialsChecklist materials={materials} upload={upload} />}
      <UploadRefusal upload={upload} testId="attachment-error" />
      {query.isError && <ProblemAlert error={query.error} />}
      <div data-testid="attachments">
        <Table<Attachment>
          rowKey="id"
          size="small"
          loading={query.isFetching}
          pagination={false}
          dataSource={query.data}
          locale={{
            emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("attachment.empty")} />,
          }}
          columns={[
            {
              key: "filename",
              title: t("attachment.name"),
              dataIndex: "filename",
              ellipsis: true,
            },
            {
              key: "kind",
              title: t("attachment.kind"),
              dataIndex: "kind",
              render: (kind: string) =>
                APPLICATION_MATERIALS.some((material) => material.code === kind)
                  ? materialName(kind)
                  : labelOr(t, `attachment.kind.${kind}`, kind),
            },
            {
              key: "size",
              title: t("attachment.size"),
              dataIndex: "size",
              align: "right",
              render: formatSize,
            },
            {
              key: "sha256",
              title: t("attachment.sha256"),
              dataIndex: "sha256",
              render: (sha256: string) => (
                <Tooltip title={sha256}>
                  <Typography.Text code copyable={{ text: sha256 }} data-testid="attachment-sha256">
                    {sha256.slice(0, 12)}
                  </Typography.Text>
                </Tooltip>
              ),
            },
            {
              key: "uploaded",
              title: t("attachment.uploadedBy"),
              render: (_, row) => (
                <>
                  <div>{row.uploadedBy}</div>
                  <Typography.Text type="secondary">{dateTimeCell(row.uploadedAt)}</Typography.Text>
                </>
              ),
            },
            {
              key: "download",
              title: t("common.actions"),
              render: (_, row) => (
                <AttachmentLink attachment={row}>{t("attachment.download")}</AttachmentLink>
              ),
            },
          ]}
        />
      </div>
    </Card>
  );
}

import {
  CLAIM_ACTION_TERMS,
  CLAIM_STATE_TERMS,
  type ClaimHistoryAction,
  COLLATERAL_KINDS,
  claimHistoryLine,
  DEMAND_ACTION_TERMS,
  DEMAND_KINDS,
  DEMAND_STATUS_TERMS,
  DEMAND_URGENCY_TERMS,
  type DemandStatus,
} from "@chanrong/domain";
import { App, Button, Card, Descriptions, Flex, Form, Input, Select, Timeline } from "antd";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { useSession } from "../../../app/session";
import type { FieldError } from "../../../shared/api/client";
import { PageHeader } from "../../../shared/components/PageHeader";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { formatYuan } from "../../../shared/format";
import { applyServerErrors } from "../../../shared/forms";
import { useI18n } from "../../../shared/i18n";
import { DemandMatchesCard } from "../../matching/components/DemandMatchesCard";
import { type DemandDetail, useCurate, useDemand } from "../api/demands";
import { ClaimsTable } from "../components/ClaimsTable";

/** A demand with its curation (for the bureau while it waits), the claims the caller may see and its history. */
export function DemandDetailPage() {
  const { id = "" } = useParams();
  const { t, label } = useI18n();
  const { access } = useSession();
  const demand = useDemand(id);
  const data = demand.data;
  return (
    <>
      <PageHeader
        title={data ? data.enterpriseName : t("demands.title")}
        subtitle={data && label(DEMAND_STATUS_TERMS[data.status])}
        backTo={access.financingDemands ? "/financing-demands" : "/financing-claims"}
        testId="demand-header"
      />
      <ProblemAlert error={demand.error} />
      {data && (
        <Flex vertical gap={16}>
          <Card>
            <Descriptions column={{ xs: 1, md: 3 }} size="small" data-testid="demand-particulars">
              {data.product && (
                <Descriptions.Item label={t("demands.product")}>
                  <Link to={`/product-supermarket/${data.product.id}`} data-testid="demand-product">
                    {data.product.name}
                  </Link>{" "}
                  · {data.product.institutionName}
                </Descriptions.Item>
              )}
              <Descriptions.Item label={t("demands.kind")}>
                {label(DEMAND_KINDS.find((kind) => kind.code === data.kind))}
              </Descriptions.Item>
              <Descriptions.Item label={t("demands.amount")}>{formatYuan(data.amount)}</Descriptions.Item>
              <Descriptions.Item label={t("demands.termMonths")}>{data.termMonths}</Descriptions.Item>
              <Descriptions.Item label={t("demands.purpose")}>{data.purpose}</Descriptions.Item>
              <Descriptions.Item label={t("demands.collateral")}>
                {data.collateral
                  .map((code) => label(COLLATERAL_KINDS.find((kind) => kind.code === code)))
                  .join("、")}
              </Descriptions.Item>
              <Descriptions.Item label={t("demands.keyProject")}>{data.keyProject}</Descriptions.Item>
              <Descriptions.Item label={t("demands.urgency")}>
                {label(DEMAND_URGENCY_TERMS[data.urgency])}
              </Descriptions.Item>
              <Descriptions.Item label={t("demands.status")}>
                <span data-testid="demand-status">{label(DEMAND_STATUS_TERMS[data.status])}</span>
              </Descriptions.Item>
              <Descriptions.Item label={t("demands.postedOn")}>{data.postedOn}</Descriptions.Item>
              <Descriptions.Item label={t("demands.officer")}>{data.officerName}</Descriptions.Item>
              <Descriptions.Item label={t("demands.policyNote")}>{data.policyNote}</Descriptions.Item>
              {data.declineReason && (
                <Descriptions.Item label={t("demands.declineReason")}>{data.declineReason}</Descriptions.Item>
              )}
              {data.productOmittedReason && (
                <Descriptions.Item label={t("demands.productOmittedReason")}>
                  {data.productOmittedReason}
                </Descriptions.Item>
              )}
              {data.batchNumber !== null && (
                <Descriptions.Item label={t("demands.batch")}>
                  {t("demands.batchNumber", { number: data.batchNumber })}
                </Descriptions.Item>
              )}
            </Descriptions>
          </Card>
          {data.curation && <CurationCard demand={data} curation={data.curation} />}
          {access.financingDemands && data.status !== "DECLINED" && <DemandMatchesCard demandId={data.id} />}
          {data.status === "ADMITTED" && (
            <Card title={t("demands.claims")}>
              <ClaimsTable claims={data.claims} showEnterprise={false} testId="demand-claims" />
            </Card>
          )}
          <Card title={t("demands.history")}>
            <Timeline
              data-testid="demand-history"
              items={data.history.map((event) => ({
                key: event.id,
                children: (
                  <span>
                    {event.businessDate} · {historyLabel(label, event.action, event.institutionName)}
                    {event.claimId && ` → ${stateLabel(label, event.toState)}`}
                    {/* A user's display name carries its organisation; the platform's own steps have neither. */}
                    {(event.actorName ?? event.actorOrgName) && ` · ${event.actorName ?? event.actorOrgName}`}
                    {event.note && ` · ${event.note}`}
                  </span>
                ),
              }))}
            />
          </Card>
        </Flex>
      )}
    </>
  );
}

type Label = ReturnType<typeof useI18n>["label"];

/** A demand's own step by its name; a claim's step naming its institution ("推送至 重庆银行"). */
function historyLabel(label: Label, action: string, institution: string | null): string {
  if (action in DEMAND_ACTION_TERMS)
    return label(DEMAND_ACTION_TERMS[action as "post" | "admit" | "decline"]);
  if (institution !== null && action in CLAIM_ACTION_TERMS)
    return label(claimHistoryLine(action as ClaimHistoryAction, institution));
  return label(CLAIM_ACTION_TERMS[action as ClaimHistoryAction], action);
}

function stateLabel(label: Label, state: string): string {
  return label(CLAIM_STATE_TERMS[state as keyof typeof CLAIM_STATE_TERMS], state);
}

interface CurationValues {
  note?: string;
  officerUserId?: string;
  targetOrgIds?: string[];
  productInstitutionOmittedReason?: string;
  reason?: string;
}

const CURATION_FIELDS = [
  "note",
  "officerUserId",
  "targetOrgIds",
  "productInstitutionOmittedReason",
  "reason",
] as const;

function CurationCard({
  demand,
  curation,
}: {
  demand: DemandDetail;
  curation: NonNullable<DemandDetail["curation"]>;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<CurationValues>();
  const mutation = useCurate(demand.id);
  // A demand asked for a product goes to its institution unless the bureau says why not.
  const productOrgId = demand.product?.orgId ?? null;
  const targets = Form.useWatch("targetOrgIds", form);
  const omitsProductInstitution = productOrgId !== null && !(targets ?? []).includes(productOrgId);
  const [leftover, setLeftover] = useState<FieldError[]>([]);
  const decide = async (action: "admit" | "decline") => {
    setLeftover([]);
    const values = form.getFieldsValue();
    try {
      const result = await mutation.mutateAsync(
        action === "admit"
          ? {
              action,
              version: demand.version,
              note: values.note,
              officerUserId: values.officerUserId,
              targetOrgIds: values.targetOrgIds ?? [],
              productInstitutionOmittedReason: omitsProductInstitution
                ? values.productInstitutionOmittedReason
                : undefined,
            }
          : { action, version: demand.version, reason: values.reason },
      );
      const status: DemandStatus = result.status;
      message.success(
        status === "ADMITTED"
          ? t("demands.admitted", { count: result.claims.length })
          : t("demands.declined"),
      );
    } catch (error) {
      setLeftover(applyServerErrors(form, error, CURATION_FIELDS));
    }
  };
  return (
    <Card title={t("demands.curation")} data-testid="demand-curation">
      <Form
        form={form}
        layout="vertical"
        initialValues={{ targetOrgIds: productOrgId ? [productOrgId] : [] }}
      >
        <Form.Item name="note" label={t("demands.policyNote")}>
          <Input.TextArea rows={2} data-testid="curation-note" />
        </Form.Item>
        <Form.Item name="officerUserId" label={t("demands.officer")}>
          <Select
            data-testid="curation-officer"
            showSearch={{ optionFilterProp: "label" }}
            options={curation.officers.map((officer) => ({ value: officer.id, label: officer.displayName }))}
          />
        </Form.Item>
        <Form.Item
          name="targetOrgIds"
          label={t("demands.targets")}
          extra={
            demand.product
              ? t("demands.productTargetHint", { institution: demand.product.institutionName })
              : t("demands.targetsHint")
          }
        >
          <Select
            mode="multiple"
            showSearch={{ optionFilterProp: "label" }}
            allowClear
            data-testid="curation-targets"
            options={curation.institutions.map((institution) => ({
              value: institution.id,
              label: institution.name,
            }))}
          />
        </Form.Item>
        {omitsProductInstitution && (
          <Form.Item name="productInstitutionOmittedReason" label={t("demands.productOmittedReason")}>
            <Input data-testid="curation-omitted-reason" />
          </Form.Item>
        )}
        <Form.Item name="reason" label={t("demands.declineReason")}>
          <Input data-testid="curation-reason" />
        </Form.Item>
        <Flex gap={8}>
          <Button
            type="primary"
            onClick={() => decide("admit")}
            loading={mutation.isPending}
            data-testid="curation-admit"
          >
            {t("demands.admit")}
          </Button>
          <Button
            danger
            onClick={() => decide("decline")}
            loading={mutation.isPending}
            data-testid="curation-decline"
          >
            {t("demands.decline")}
          </Button>
        </Flex>
      </Form>
      <ProblemAlert error={mutation.error} fieldErrors={leftover} />
    </Card>
  );
}

import { Alert, App, Form, Input, Modal, Select } from "antd";
import { useState } from "react";
import { useNavigate } from "react-router";
import { ApiError, type FieldError } from "../../../shared/api/client";
import { useRegions } from "../../../shared/api/reference";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { applyServerErrors } from "../../../shared/forms";
import { useI18n } from "../../../shared/i18n";
import { useCopyProgramme } from "../api/programmes";
import type { ProgrammeDetail } from "../api/types";
import { districtsWithin } from "./configText";
import { collapseListIndex, renameFieldErrors } from "./fieldErrors";
import { RegionDistrictSelect } from "./RegionDistrictSelect";

interface FormValues {
  code: string;
  name: string;
  regionCode: string;
  eligibleDistricts: string[];
}

const FIELD_NAMES = ["code", "name", "regionCode", "eligibleDistricts"] as const;
/** The server's own rule (route schema and domain): letters, digits, - and _, 2–40, not starting with - or _. */
const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{1,39}$/;

export interface CopyProgrammeModalProps {
  programme: ProgrammeDetail;
  open: boolean;
  onClose(): void;
}

/** Platform admin: a county adopts the programme under its own code and districts (seed 002 art. 18). */
export function CopyProgrammeModal({ programme, open, onClose }: CopyProgrammeModalProps) {
  const { t, locale, paren } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const regions = useRegions();
  const copy = useCopyProgramme(programme.code);
  const [form] = Form.useForm<FormValues>();
  const [problem, setProblem] = useState<{ error: unknown; leftover: FieldError[] } | null>(null);
  const regionCode = Form.useWatch("regionCode", form);

  const regionOptions = (regions.data ?? [])
    .filter((region) => region.level !== "country")
    .map((region) => ({
      value: region.code,
      label: `${locale === "zh" ? region.name : region.nameEn}${paren(region.code)}`,
    }));

  const submit = async (values: FormValues) => {
    setProblem(null);
    try {
      const created = await copy.mutateAsync({
        code: values.code.trim(),
        name: values.name.trim(),
        regionCode: values.regionCode,
        eligibleDistricts: values.eligibleDistricts,
      });
      message.success(t("programme.copied", { name: created.name }));
      onClose();
      form.resetFields();
      navigate(`/programmes/${encodeURIComponent(created.code)}`);
    } catch (error) {
      const renamed = renameFieldErrors(error, (field) =>
        collapseListIndex(field.replace(/^config\./, ""), "eligibleDistricts"),
      );
      const leftover = applyServerErrors(form, renamed, FIELD_NAMES);
      if (leftover.length || !(error instanceof ApiError) || error.fieldErrors.length === 0) {
        setProblem({ error, leftover });
      }
    }
  };

  return (
    <Modal
      open={open}
      title={t("programme.copy")}
      okText={t("common.save")}
      cancelText={t("common.cancel")}
      confirmLoading={copy.isPending}
      onOk={() => form.submit()}
      onCancel={() => {
        setProblem(null);
        onClose();
      }}
      okButtonProps={{ "data-testid": "programme-copy-submit" }}
      forceRender
    >
      <Alert type="info" showIcon title={t("programme.copyHint")} style={{ marginBottom: 16 }} />
      {problem && <ProblemAlert error={problem.error} fieldErrors={problem.leftover} />}
      <Form<FormValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ eligibleDistricts: [] }}
        data-testid="programme-copy-form"
      >
        <Form.Item
          name="regionCode"
          label={t("programme.copyRegion")}
          rules={[{ required: true, message: t("form.required") }]}
        >
          <Select<string>
            showSearch={{ optionFilterProp: "label" }}
            loading={regions.isPending}
            placeholder={t("form.choose")}
            options={regionOptions}
            onChange={(code) => {
              // A county has one district, itself: choose it; otherwise start afresh.
              const within = districtsWithin(regions.data, code);
              form.setFieldValue("eligibleDistricts", within.length === 1 ? within.map((d) => d.code) : []);
            }}
            data-testid="programme-copy-region"
          />
        </Form.Item>
        <Form.Item
          name="eligibleDistricts"
          label={t("programme.copyDistricts")}
          extra={regionCode ? t("programme.districtsHint") : t("programme.chooseRegionFirst")}
          rules={[{ required: true, type: "array", min: 1, message: t("form.required") }]}
        >
          <RegionDistrictSelect
            regionCode={regionCode}
            placeholder={t("form.choose")}
            data-testid="programme-copy-districts"
          />
        </Form.Item>
        <Form.Item
          name="code"
          label={t("programme.copyCode")}
          extra={t("programme.codeHint")}
          rules={[
            { required: true, message: t("form.required") },
            { pattern: CODE_PATTERN, message: t("programme.codePattern") },
          ]}
        >
          <Input maxLength={40} style={{ fontFamily: "monospace" }} data-testid="programme-copy-code" />
        </Form.Item>
        <Form.Item
          name="name"
          label={t("programme.copyName")}
          rules={[
            { required: true, whitespace: true, message: t("form.required") },
            { min: 2, max: 100 },
          ]}
        >
          <Input
            maxLength={100}
            placeholder={t("programme.copyNamePlaceholder")}
            data-testid="programme-copy-name"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

import { Alert } from "antd";
import type { ReactNode } from "react";
import { ApiError, type FieldError } from "../api/client";
import { useI18n } from "../i18n";

export interface ProblemAlertProps {
  error: unknown;
  /** Field errors that could not be shown on a form field. */
  fieldErrors?: FieldError[];
  title?: ReactNode;
  testId?: string;
  onClose?: () => void;
}

/** A server problem (or any error) as an Alert: the server's own words, then any field messages. */
export function ProblemAlert({ error, fieldErrors, title, testId, onClose }: ProblemAlertProps) {
  const { t } = useI18n();
  if (!error) return null;
  const apiError = error instanceof ApiError ? error : null;
  const errors = fieldErrors ?? [];
  const detail = apiError ? apiError.problem.detail : error instanceof Error ? error.message : String(error);
  // A form's validation problem is told field by field (on the fields, or listed below when a field
  // is not on the form), so the server's summary of the same messages would only repeat them.
  const toldByField = apiError?.code === "validation" && apiError.fieldErrors.length > 0 && fieldErrors;
  const shownDetail = toldByField ? null : detail;
  return (
    <Alert
      type="error"
      showIcon
      closable={onClose ? { onClose } : false}
      data-testid={testId}
      style={{ marginBottom: 16 }}
      title={
        title ??
        (apiError?.status === 409 ? t("error.conflict") : (apiError?.problem.title ?? t("error.generic")))
      }
      description={
        <>
          {shownDetail && <div>{shownDetail}</div>}
          {errors.length > 0 && (
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {errors.map((fieldError) => (
                <li key={`${fieldError.field}-${fieldError.rule}-${fieldError.message}`}>
                  {fieldError.field ? `${fieldError.field}: ` : ""}
                  {fieldError.message}
                </li>
              ))}
            </ul>
          )}
        </>
      }
    />
  );
}

import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Card, Col, Form, type FormItemProps, type FormListFieldData, Row } from "antd";
import type { ReactNode } from "react";
import { useI18n } from "../../../shared/i18n";

/** The building blocks of the enterprise form's grid and of its repeated rows. */

/** A field of the profile grid: one column (full width on a phone) holding one form item. */
export function FieldCol({ xs = 24, md, ...item }: FormItemProps & { xs?: number; md?: number }) {
  return (
    <Col xs={xs} md={md}>
      <Form.Item {...item} />
    </Col>
  );
}

/** Rows of a list are labelled once, on the first row. */
export const firstLabel = (field: FormListFieldData, label: ReactNode) =>
  field.name === 0 ? label : undefined;

/** A field of one row of a list, named within the row. */
export function ListFieldCol({
  field,
  name,
  label,
  xs,
  md,
  ...item
}: Omit<FormItemProps, "name" | "label"> & {
  field: FormListFieldData;
  name: string;
  label: ReactNode;
  xs: number;
  md: number;
}) {
  return (
    <Col xs={xs} md={md}>
      <Form.Item name={[field.name, name]} label={firstLabel(field, label)} {...item} />
    </Col>
  );
}

/** A card of repeated rows (revenues, tags, bank accounts): each row ends with its remove button; one button adds a row. */
export function ListCard({
  name,
  title,
  addLabel,
  addTestId,
  blank,
  removeCol,
  row,
  note,
}: {
  name: "revenues" | "tags" | "bankAccounts";
  title: string;
  /** Shown above the rows: what the card does not hold, and where that is kept. */
  note?: ReactNode;
  addLabel: string;
  addTestId: string;
  /** The values of a new row. */
  blank: () => object;
  removeCol: { xs: number; md: number };
  row: (field: FormListFieldData) => ReactNode;
}) {
  const { t } = useI18n();
  return (
    <Card title={title} style={{ marginBottom: 16 }}>
      {note}
      <Form.List name={name}>
        {(fields, { add, remove }, { errors }) => (
          <>
            {fields.map((field) => (
              <Row key={field.key} gutter={16} align="top">
                {row(field)}
                <Col {...removeCol}>
                  <Form.Item label={firstLabel(field, " ")}>
                    <Button
                      icon={<DeleteOutlined />}
                      onClick={() => remove(field.name)}
                      aria-label={t("common.remove")}
                    />
                  </Form.Item>
                </Col>
              </Row>
            ))}
            <Form.ErrorList errors={errors} />
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => add(blank())}
              data-testid={addTestId}
            >
              {addLabel}
            </Button>
          </>
        )}
      </Form.List>
    </Card>
  );
}

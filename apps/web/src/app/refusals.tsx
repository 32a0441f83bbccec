import { Button, Result } from "antd";
import { Link } from "react-router";
import { useI18n } from "../shared/i18n";

/** What Guard shows a role that may not open the page (loaded only then: Result carries its pictures). */
export function ForbiddenPage() {
  const { t } = useI18n();
  return (
    <Result
      status="403"
      title={t("error.forbiddenTitle")}
      subTitle={t("error.forbiddenPage")}
      extra={
        <Link to="/">
          <Button type="primary">{t("common.backHome")}</Button>
        </Link>
      }
    />
  );
}

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <Result
      status="404"
      title="404"
      subTitle={t("error.notFoundPage")}
      extra={
        <Link to="/">
          <Button type="primary">{t("common.backHome")}</Button>
        </Link>
      }
    />
  );
}

import { CalculatorOutlined, LockOutlined, UserOutlined } from "@ant-design/icons";
import { Alert, Button, Form, Input } from "antd";
import { useEffect, useState } from "react";
import { Link, Navigate, useNavigate, useSearchParams } from "react-router";
import { LanguageSwitch } from "../../../app/layout/LanguageSwitch";
import { useSession } from "../../../app/session";
import { ApiError } from "../../../shared/api/client";
import { type MessageKey, useI18n } from "../../../shared/i18n";

interface SignInValues {
  username: string;
  password: string;
}

/** Only same-site paths: "next" must never send someone to another site after signing in. */
function safeNext(next: string | null): string {
  if (!next?.startsWith("/") || next.startsWith("//") || next.startsWith("/sign-in")) return "/";
  return next;
}

export function SignInPage() {
  const { t } = useI18n();
  const { me, expired, signIn } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get("next"));
  const [error, setError] = useState<{ key?: MessageKey; title: string; detail: string } | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const pageTitle = `${t("signIn.title")} · ${t("app.name")}`;
  useEffect(() => {
    document.title = pageTitle;
  }, [pageTitle]);

  if (me && !submitting) return <Navigate to={next} replace />;

  const onFinish = async (values: SignInValues) => {
    setSubmitting(true);
    setError(null);
    try {
      await signIn(values.username.trim(), values.password);
      navigate(next, { replace: true });
    } catch (caught) {
      // Our own titles are kept as keys, so that they follow a language switch made while signing in.
      if (caught instanceof ApiError) {
        const key: MessageKey | undefined =
          caught.status === 423
            ? "signIn.locked"
            : caught.status === 429
              ? "signIn.rateLimited"
              : caught.status === 401
                ? "signIn.failed"
                : undefined;
        setError({ key, title: caught.problem.title, detail: caught.problem.detail });
      } else {
        setError({
          key: "signIn.failed",
          title: "",
          detail: caught instanceof Error ? caught.message : String(caught),
        });
      }
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <div className="sign-in-page">
      <div className="sign-in-top">
        <span />
        <LanguageSwitch />
      </div>
      <div className="sign-in-main">
        <div className="sign-in-intro">
          <h1>{t("app.name")}</h1>
          <p className="sign-in-tagline">{t("app.tagline")}</p>
          <p>{t("signIn.intro")}</p>
          <Link to="/calculators" data-testid="sign-in-calculators-link" style={{ color: "#ffd666" }}>
            <CalculatorOutlined /> {t("signIn.publicCalculators")}
          </Link>
        </div>
        {/* Plain elements rather than antd's Card and Typography: the first page anyone opens need not
            load Card's tabs, menu and dropdown, or Typography's tooltip and editor, to show a heading. */}
        <section className="sign-in-card">
          <h2 className="sign-in-card-title">{t("signIn.title")}</h2>
          <div className="sign-in-card-body">
            {expired && (
              <Alert
                type="warning"
                showIcon
                data-testid="sign-in-expired"
                style={{ marginBottom: 16 }}
                title={t("signIn.expired")}
              />
            )}
            {error && (
              <Alert
                type="error"
                showIcon
                data-testid="sign-in-error"
                style={{ marginBottom: 16 }}
                title={error.key ? t(error.key) : error.title}
                description={error.detail}
              />
            )}
            <Form<SignInValues>
              layout="vertical"
              size="large"
              onFinish={onFinish}
              requiredMark={false}
              data-testid="sign-in-form"
            >
              <Form.Item
                name="username"
                label={t("signIn.username")}
                rules={[{ required: true, whitespace: true, message: t("signIn.usernameRequired") }]}
              >
                <Input
                  prefix={<UserOutlined />}
                  autoComplete="username"
                  autoFocus
                  placeholder={t("signIn.usernamePlaceholder")}
                  data-testid="sign-in-username"
                />
              </Form.Item>
              <Form.Item
                name="password"
                label={t("signIn.password")}
                rules={[{ required: true, message: t("signIn.passwordRequired") }]}
              >
                <Input.Password
                  prefix={<LockOutlined />}
                  autoComplete="current-password"
                  data-testid="sign-in-password"
                />
              </Form.Item>
              <Button
                type="primary"
                htmlType="submit"
                block
                loading={submitting}
                data-testid="sign-in-submit"
              >
                {t("signIn.submit")}
              </Button>
            </Form>
          </div>
        </section>
      </div>
      <div className="sign-in-footer">{t("app.footer")}</div>
    </div>
  );
}

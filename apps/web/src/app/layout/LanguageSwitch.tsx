import { Segmented } from "antd";
import { type Locale, useI18n } from "../../shared/i18n";

/** 中文 / English; the choice is kept in localStorage ("chanrong.locale"). */
export function LanguageSwitch({ size = "middle" }: { size?: "small" | "middle" }) {
  const { locale, setLocale } = useI18n();
  return (
    <Segmented<Locale>
      data-testid="language-switch"
      size={size}
      value={locale}
      onChange={setLocale}
      options={[
        { value: "zh", label: <span data-testid="language-zh">中文</span> },
        { value: "en", label: <span data-testid="language-en">English</span> },
      ]}
    />
  );
}

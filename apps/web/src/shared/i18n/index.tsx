import dayjs from "dayjs";
import "dayjs/locale/zh-cn";
import "dayjs/locale/en";
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from "react";
import { setApiLanguage } from "../api/client";
import type { Labelled } from "../types";
import { en, type MessageKey, zh } from "./messages";

export type { MessageKey } from "./messages";
export type Locale = "zh" | "en";

const STORAGE_KEY = "chanrong.locale";
const DICTIONARIES: Record<Locale, Record<MessageKey, string>> = { zh, en };

function storedLocale(): Locale {
  try {
    return localStorage.getItem(STORAGE_KEY) === "en" ? "en" : "zh";
  } catch {
    return "zh";
  }
}

function applyLocale(locale: Locale): void {
  setApiLanguage(locale);
  dayjs.locale(locale === "zh" ? "zh-cn" : "en");
  document.documentElement.lang = locale === "zh" ? "zh-CN" : "en";
}

export type Params = Record<string, string | number>;

export interface I18n {
  locale: Locale;
  setLocale(locale: Locale): void;
  /** The text for a key in the current language; `{name}` placeholders are filled from params. */
  t(key: MessageKey, params?: Params): string;
  /** The label of a catalogue entry ({ zh, en }) in the current language. */
  label(item: Pick<Labelled, "zh" | "en"> | undefined, fallback?: string): string;
  /** A parenthetical in the current language's style: "(元)" in Chinese, " (yuan)" in English. */
  paren(text: string): string;
}

const I18nContext = createContext<I18n | null>(null);

export function translate(locale: Locale, key: MessageKey, params?: Params): string {
  const text = DICTIONARIES[locale][key] ?? key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() => {
    const initial = storedLocale();
    applyLocale(initial);
    return initial;
  });

  const setLocale = useCallback((next: Locale) => {
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // private mode: the choice lasts for this page only
    }
    applyLocale(next);
    setLocaleState(next);
  }, []);

  const value = useMemo<I18n>(
    () => ({
      locale,
      setLocale,
      t: (key, params) => translate(locale, key, params),
      label: (item, fallback = "") => (item ? item[locale] : fallback),
      paren: (text) => (locale === "zh" ? `(${text})` : ` (${text})`),
    }),
    [locale, setLocale],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const context = useContext(I18nContext);
  if (!context) throw new Error("useI18n outside I18nProvider");
  return context;
}

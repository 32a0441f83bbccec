import dayjs from "dayjs";
import "dayjs/locale/zh-cn";
import "dayjs/locale/en";
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from "react";
import { setApiLanguage } from "../api/client";
import type { Labelled } from "../types";
import type { MessageKey } from "./messages";

export type { MessageKey } from "./messages";
export type Locale = "zh" | "en";

/** Also read by index.html's preloader (vite.config.ts), which fetches the stored language's text early. */
const STORAGE_KEY = "chanrong.locale";

type Dictionary = Record<MessageKey, string>;

/** Each language's text is a chunk of its own: one reads the language chosen, the other on a switch. */
const LOADERS: Record<Locale, () => Promise<Dictionary>> = {
  zh: () => import("./messages").then((module) => module.zh),
  en: () => import("./messages.en").then((module) => module.en),
};
const dictionaries: Partial<Record<Locale, Dictionary>> = {};

async function loadDictionary(locale: Locale): Promise<void> {
  dictionaries[locale] ??= await LOADERS[locale]();
}

/** Loads the text of the language last chosen; the app renders once it is in (main.tsx). */
export function loadStoredLocale(): Promise<void> {
  return loadDictionary(storedLocale());
}

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
  const text = dictionaries[locale]?.[key] ?? key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() => {
    const initial = storedLocale();
    applyLocale(initial);
    return initial;
  });

  // The server answers in the new language at once (a form sent right after the click included); the
  // pages follow once the language's text has arrived. If it cannot be fetched, the server goes back.
  const setLocale = useCallback((next: Locale) => {
    const previous = document.documentElement.lang === "en" ? "en" : "zh";
    setApiLanguage(next);
    void loadDictionary(next).then(
      () => {
        try {
          localStorage.setItem(STORAGE_KEY, next);
        } catch {
          // private mode: the choice lasts for this page only
        }
        applyLocale(next);
        setLocaleState(next);
      },
      () => setApiLanguage(previous),
    );
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

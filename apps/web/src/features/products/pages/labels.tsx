import {
  CLUSTERS_33618,
  COLLATERAL_KINDS,
  ENTERPRISE_TAGS,
  PRODUCT_CATEGORIES,
  PRODUCT_VERSION_STATES,
  SIZE_CLASSES,
} from "@chanrong/domain";
import { Tag } from "antd";
import { useI18n } from "../../../shared/i18n";

type Entry = { code: string; zh: string; en: string };

export const PRODUCT_TYPES: readonly (Entry & { category: string })[] = PRODUCT_CATEGORIES.flatMap(
  (category) => category.types.map((type) => ({ ...type, category: category.code })),
);

export const LISTS = {
  category: PRODUCT_CATEGORIES as readonly Entry[],
  type: PRODUCT_TYPES,
  collateral: COLLATERAL_KINDS as readonly Entry[],
  tag: ENTERPRISE_TAGS as readonly Entry[],
  cluster: CLUSTERS_33618 as readonly Entry[],
  sizeClass: SIZE_CLASSES as readonly Entry[],
  state: PRODUCT_VERSION_STATES as readonly Entry[],
};

/** Options of a Select over one of the lists, in the reader's language. */
export const optionsOf = (list: readonly Entry[], locale: "zh" | "en") =>
  list.map((entry) => ({ value: entry.code, label: entry[locale] }));

/** The labels of codes, joined; `none` when there are none. */
export function labelsOf(
  list: readonly Entry[],
  codes: readonly string[],
  locale: "zh" | "en",
  none: string,
) {
  if (codes.length === 0) return none;
  return codes
    .map((code) => list.find((entry) => entry.code === code)?.[locale] ?? code)
    .join(locale === "zh" ? "、" : ", ");
}

/** A product version's state in the reader's language and its colour. */
export function ProductStateTag({ state, testId }: { state: string; testId?: string }) {
  const { locale } = useI18n();
  return (
    <Tag color={STATE_COLOURS[state]} data-testid={testId} data-state={state}>
      {labelsOf(LISTS.state, [state], locale, state)}
    </Tag>
  );
}

export const STATE_COLOURS: Record<string, string> = {
  DRAFT: "default",
  PENDING_REVIEW: "processing",
  RETURNED: "warning",
  LISTED: "success",
  SUPERSEDED: "default",
  DELISTED: "error",
};

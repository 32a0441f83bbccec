import { Space, Tag, Tooltip } from "antd";
import { useBusinessDate } from "../../../app/session";
import { findLabel, useCatalogue } from "../../../shared/api/reference";
import { useI18n } from "../../../shared/i18n";
import type { EnterpriseTag } from "../api/types";

const TAG_COLOURS: Record<string, string> = {
  LITTLE_GIANT: "red",
  SINGLE_CHAMPION: "volcano",
  CHAIN_LEADER: "gold",
  SRDI_CITY: "blue",
  SRDI_PROVINCE: "geekblue",
  HIGH_TECH: "cyan",
  TECH_SME: "green",
  GAZELLE: "lime",
  UNICORN: "purple",
  CITY_AUTO_KEY: "magenta",
  CLUSTER_33618: "orange",
};

const isTagCurrent = (tag: EnterpriseTag, today: string) =>
  tag.validFrom <= today && (tag.validTo === null || tag.validTo >= today);

/** Enterprise tags with their catalogue labels; expired (or not yet valid) ones greyed out. */
export function TagList({ tags, onlyCurrent = false }: { tags: EnterpriseTag[]; onlyCurrent?: boolean }) {
  const { t, label, paren } = useI18n();
  const catalogue = useCatalogue();
  const today = useBusinessDate();
  const shown = onlyCurrent ? tags.filter((tag) => isTagCurrent(tag, today)) : tags;
  if (shown.length === 0) return <span style={{ color: "#bfbfbf" }}>—</span>;
  return (
    <Space size={[0, 4]} wrap>
      {shown.map((tag) => {
        const current = isTagCurrent(tag, today);
        const entry = catalogue.data?.tags.find((item) => item.code === tag.tag);
        const text = label(findLabel(catalogue.data?.tags, tag.tag), tag.tag);
        const validity = `${t("enterprise.tagValidity")}: ${tag.validFrom} ~ ${tag.validTo ?? t("enterprise.tagOpenEnded")}`;
        // A derived tag says where it comes from: the bureau's list, not the registry.
        const period = entry?.derived ? `${t("enterprise.keySupportedTagSource")}; ${validity}` : validity;
        return (
          <Tooltip
            key={`${tag.tag}-${tag.validFrom}`}
            title={current ? period : `${period}${paren(t("enterprise.tagExpired"))}`}
          >
            <Tag
              data-testid={`enterprise-tag-${tag.tag}`}
              color={current ? (TAG_COLOURS[tag.tag] ?? "blue") : "default"}
              className={current ? undefined : "tag-expired"}
            >
              {text}
            </Tag>
          </Tooltip>
        );
      })}
    </Space>
  );
}

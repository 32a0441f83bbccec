import { Select, type SelectProps } from "antd";
import { useSession } from "../../../app/session";
import { groupRegions, groupsWithin, useRegions } from "../../../shared/api/reference";
import { useI18n } from "../../../shared/i18n";

export interface DistrictSelectProps extends Omit<SelectProps<string>, "options"> {
  /** Offer the city itself (all its districts) as an option too, for filtering. */
  includeCities?: boolean;
}

/** Districts grouped by city, from GET /api/v1/regions: those of the caller's city or province. */
export function DistrictSelect({ includeCities = false, ...props }: DistrictSelectProps) {
  const { t, locale } = useI18n();
  const { me } = useSession();
  const regions = useRegions();
  const name = (region: { name: string; nameEn: string }) => (locale === "zh" ? region.name : region.nameEn);
  const options = groupsWithin(groupRegions(regions.data), me?.organisation.regionCode).map(
    ({ parent, children }) => ({
      label: name(parent),
      title: name(parent),
      options: [
        ...(includeCities
          ? [{ value: parent.code, label: `${name(parent)} · ${t("enterprise.allDistricts")}` }]
          : []),
        ...children.map((child) => ({ value: child.code, label: name(child) })),
      ],
    }),
  );
  return (
    <Select<string>
      showSearch={{ optionFilterProp: "label" }}
      loading={regions.isPending}
      options={options}
      {...props}
    />
  );
}

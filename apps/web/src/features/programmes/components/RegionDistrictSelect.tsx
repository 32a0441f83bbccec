import { Select, type SelectProps } from "antd";
import { useRegions } from "../../../shared/api/reference";
import { useI18n } from "../../../shared/i18n";
import type { Region } from "../../../shared/types";
import { districtsWithin } from "./configText";

export interface RegionDistrictSelectProps extends Omit<SelectProps<string[]>, "options" | "mode"> {
  /** Only districts and zones this region covers are offered (a county offers itself). */
  regionCode: string | undefined;
}

/**
 * Several districts of one region, grouped by city: the eligible districts of a programme.
 * (DistrictSelect offers the caller's city or province; a programme may only name its own region's.)
 */
export function RegionDistrictSelect({ regionCode, ...props }: RegionDistrictSelectProps) {
  const { locale, paren } = useI18n();
  const regions = useRegions();
  const name = (region: Pick<Region, "name" | "nameEn">) => (locale === "zh" ? region.name : region.nameEn);
  const districts = districtsWithin(regions.data, regionCode);
  const parents = [...new Set(districts.map((district) => district.parentCode ?? ""))];
  const options = parents.map((parentCode) => {
    const parent = regions.data?.find((region) => region.code === parentCode);
    return {
      label: parent ? name(parent) : parentCode,
      title: parent ? name(parent) : parentCode,
      options: districts
        .filter((district) => (district.parentCode ?? "") === parentCode)
        .map((district) => ({ value: district.code, label: `${name(district)}${paren(district.code)}` })),
    };
  });
  return (
    <Select<string[]>
      mode="multiple"
      showSearch={{ optionFilterProp: "label" }}
      loading={regions.isPending}
      disabled={!regionCode}
      options={options}
      {...props}
    />
  );
}

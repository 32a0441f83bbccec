import { Select, type SelectProps } from "antd";
import { useEffect, useState } from "react";
import { useI18n } from "../../../shared/i18n";
import { useEnterprise, useEnterpriseSearch } from "../api/enterprises";

export interface EnterprisePickerProps
  extends Omit<SelectProps<string>, "options" | "onSearch" | "showSearch"> {
  /** Enterprises that may not be chosen (e.g. the one being edited). */
  exclude?: string[];
}

/** Choose an enterprise by typing part of its name or USCC (GET /api/v1/enterprises?q=). */
export function EnterprisePicker({ exclude = [], ...props }: EnterprisePickerProps) {
  const { paren } = useI18n();
  const [text, setText] = useState("");
  const [q, setQ] = useState("");
  useEffect(() => {
    const timer = setTimeout(() => setQ(text.trim()), 300);
    return () => clearTimeout(timer);
  }, [text]);
  const search = useEnterpriseSearch(q);
  const options = (search.data?.items ?? [])
    .filter((enterprise) => !exclude.includes(enterprise.id))
    .map((enterprise) => ({ value: enterprise.id, label: `${enterprise.name}${paren(enterprise.uscc)}` }));
  // A value chosen earlier (e.g. when editing) may not be among the search hits: name it anyway.
  const selectedId =
    typeof props.value === "string" && !options.some((o) => o.value === props.value) ? props.value : "";
  const selected = useEnterprise(selectedId || undefined);
  if (selected.data) {
    options.unshift({ value: selected.data.id, label: `${selected.data.name}${paren(selected.data.uscc)}` });
  }
  return (
    <Select<string>
      showSearch={{ filterOption: false, onSearch: setText }}
      loading={search.isFetching}
      options={options}
      {...props}
    />
  );
}

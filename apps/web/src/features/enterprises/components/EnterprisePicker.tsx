import { Select, type SelectProps } from "antd";
import { useEffect, useState } from "react";
import { useEnterpriseSearch } from "../api/enterprises";

export interface EnterprisePickerProps extends Omit<SelectProps<string>, "options" | "onSearch" | "showSearch"> {
  /** Enterprises that may not be chosen (e.g. the one being edited). */
  exclude?: string[];
}

/** Choose an enterprise by typing part of its name or USCC (GET /api/v1/enterprises?q=). */
export function EnterprisePicker({ exclude = [], ...props }: EnterprisePickerProps) {
  const [text, setText] = useState("");
  const [q, setQ] = useState("");
  useEffect(() => {
    const timer = setTimeout(() => setQ(text.trim()), 300);
    return () => clearTimeout(timer);
  }, [text]);
  const search = useEnterpriseSearch(q);
  const options = (search.data?.items ?? [])
    .filter((enterprise) => !exclude.includes(enterprise.id))
    .map((enterprise) => ({ value: enterprise.id, label: `${enterprise.name}(${enterprise.uscc})` }));
  return (
    <Select<string>
      showSearch={{ filterOption: false, onSearch: setText }}
      loading={search.isFetching}
      options={options}
      {...props}
    />
  );
}

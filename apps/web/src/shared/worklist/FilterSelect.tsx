import { Select, type SelectProps } from "antd";
import type { Worklist } from "./useWorklist";

type FilterSelectProps<Key extends string> = Omit<SelectProps<string>, "value" | "onChange"> & {
  worklist: Worklist<Key>;
  /** The filter it sets, as named in the URL. */
  field: Key;
};

/** One of a worklist's filters, chosen from a list and cleared with its ×. */
export function FilterSelect<Key extends string>({ worklist, field, ...select }: FilterSelectProps<Key>) {
  return (
    <Select<string>
      allowClear
      style={{ width: "100%" }}
      value={worklist.filter[field]}
      onChange={(value) => worklist.update({ [field]: value })}
      {...select}
    />
  );
}

import { percentToRate, rateAsPercent } from "@chanrong/domain";
import { Input, type InputProps } from "antd";
import { useState } from "react";

export type PercentInputProps = Omit<InputProps, "value" | "onChange" | "suffix"> & {
  /** The rate as the form holds it and the API takes it: a decimal fraction ("0.0345" = 3.45%). */
  value?: string | null;
  onChange?: (rate: string) => void;
  /** Decimal places the fraction may have: 6 for an actual annual rate, 12 (the default) for a share. */
  places?: number;
};

/**
 * The fraction for what was typed. Text that is no percentage is held as typed with a "%", which no
 * rate pattern accepts, so the field's rule refuses it instead of a wrong rate reaching the server.
 */
function rateFromTyped(typed: string, places: number | undefined): string {
  if (typed.trim() === "") return "";
  try {
    return percentToRate(typed, places);
  } catch {
    return `${typed.trim().replace(/\s*[%％]$/, "")}%`;
  }
}

const typedFromRate = (rate: string) => rateAsPercent(rate).replace(/%$/, "");

/** A rate typed as people write it, 3.45 with a "%" beside it, held by the form as "0.0345". */
export function PercentInput({ value, onChange, places, ...rest }: PercentInputProps) {
  const rate = value ?? "";
  const [text, setText] = useState({ rate, typed: typedFromRate(rate) });
  // The form set a rate the text does not mean (initial values, a reset): show that rate instead.
  if (text.rate !== rate) setText({ rate, typed: typedFromRate(rate) });
  const typed = text.rate === rate ? text.typed : typedFromRate(rate);

  return (
    <Input
      inputMode="decimal"
      autoComplete="off"
      {...rest}
      suffix="%"
      value={typed}
      onChange={(event) => {
        const next = rateFromTyped(event.target.value, places);
        setText({ rate: next, typed: event.target.value });
        onChange?.(next);
      }}
    />
  );
}

import { groupTypedAmount, ungroupTypedAmount } from "@chanrong/domain";
import { Input, type InputProps, type InputRef } from "antd";
import { useLayoutEffect, useRef } from "react";

export type AmountInputProps = Omit<InputProps, "value" | "onChange"> & {
  /** The amount as the form holds it and the API takes it: a decimal string without separators. */
  value?: string | null;
  onChange?: (amount: string) => void;
};

/** How many characters other than separators stand before `position`. */
const significantBefore = (text: string, position: number) =>
  ungroupTypedAmount(text.slice(0, position)).length;

/** The position in `shown` after `significant` characters other than separators. */
function positionAfter(shown: string, significant: number): number {
  let seen = 0;
  for (let index = 0; index < shown.length; index += 1) {
    if (seen === significant) return index;
    if (ungroupTypedAmount(shown.charAt(index)) !== "") seen += 1;
  }
  return shown.length;
}

/**
 * An amount (yuan or 万元) shown with thousands separators as it is typed ("1,234,567.89") while the
 * form keeps the plain decimal string ("1234567.89"), exact at any size: no number is ever made of it.
 * Separators typed or pasted are dropped; the caret keeps its place among the digits.
 */
export function AmountInput({ value, onChange, ...rest }: AmountInputProps) {
  const ref = useRef<InputRef>(null);
  const caret = useRef<number | null>(null);
  const shown = groupTypedAmount(value ?? "");

  // Re-grouping moves the digits under the caret; put it back after the same digit.
  useLayoutEffect(() => {
    const input = ref.current?.input;
    const significant = caret.current;
    caret.current = null;
    if (significant === null || !input || document.activeElement !== input) return;
    const position = positionAfter(shown, significant);
    input.setSelectionRange(position, position);
  });

  return (
    <Input
      ref={ref}
      inputMode="decimal"
      autoComplete="off"
      {...rest}
      value={shown}
      onChange={(event) => {
        const { value: typed, selectionStart } = event.target;
        caret.current = significantBefore(typed, selectionStart ?? typed.length);
        onChange?.(ungroupTypedAmount(typed));
      }}
    />
  );
}

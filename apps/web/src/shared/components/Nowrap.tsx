import type { ReactNode } from "react";
import { formatDate, formatDateTime } from "../format";

/**
 * A value that must not break mid-value in a narrow cell (a date at its hyphens, a phone number
 * after its area code): kept on one line, the column grows instead.
 */
export const Nowrap = ({ children }: { children: ReactNode }) => <span className="nowrap">{children}</span>;

/** A table cell or description of a date, on one line. */
export const dateCell = (value: string | null | undefined) => <Nowrap>{formatDate(value)}</Nowrap>;

/** A table cell or description of a timestamp, on one line. */
export const dateTimeCell = (value: string | null | undefined) => <Nowrap>{formatDateTime(value)}</Nowrap>;

import type { UseQueryResult } from "@tanstack/react-query";
import { Result, Spin } from "antd";
import type { ReactNode } from "react";
import { isApiError } from "../api/client";
import { ProblemAlert } from "../components/ProblemAlert";

/**
 * A detail page until its item arrives: a spinner while it loads, a 404 or 403 page when it does not
 * exist or is not the caller's to see, any other failure as the problem; then `children` with the item.
 */
export function DetailLoader<Item>({
  query,
  children,
}: {
  query: UseQueryResult<Item>;
  children: (item: Item) => ReactNode;
}) {
  if (query.isPending) return <Spin style={{ display: "block", margin: 48 }} />;
  if (query.isError) {
    const { error } = query;
    if (isApiError(error) && (error.status === 404 || error.status === 403)) {
      return <Result status={error.status === 404 ? "404" : "403"} subTitle={error.problem.detail} />;
    }
    return <ProblemAlert error={error} />;
  }
  return children(query.data);
}
